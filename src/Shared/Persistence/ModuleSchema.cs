using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Shared.Persistence;

public static class ModuleSchema
{
    /// <summary>
    /// Gives every table of a module its own namespace: a PostgreSQL schema, or a "schema_" table prefix on SQLite,
    /// which has no schemas. Call it last in OnModelCreating so that it sees every table.
    /// </summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(schema);
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && entity.BaseType is null && !table.StartsWith(schema + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{schema}_{table}");
                entity.SetSchema(null);
            }
        }
    }
}
