using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IdCyclus.Shared.Persistence;

public static class ModuleDbContextOptions
{
    public const string SqliteMigrationsAssembly = "IdCyclus.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "IdCyclus.Migrations.Postgres";
    public const string SqlServerMigrationsAssembly = "IdCyclus.Migrations.SqlServer";

    /// <summary>
    /// Points a module's DbContext at the configured provider. Each module keeps its own migrations history table so
    /// that modules migrate independently; the migrations themselves live in one assembly per provider (docs/adr/0003).
    /// </summary>
    public static DbContextOptionsBuilder UseModuleDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, string schema)
    {
        var history = $"__migrations_{schema}";
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .MigrationsHistoryTable(history));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql
                    .MigrationsAssembly(PostgresMigrationsAssembly)
                    .MigrationsHistoryTable(history, schema));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sqlServer => sqlServer
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .MigrationsHistoryTable(history, schema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        // Every write renews the database's change stamp once committed, so cached read models see it (ADR 0030).
        options.AddInterceptors(Wijzigingsstempels.MelderVoor(provider, connectionString));

        // Pending-model-changes is checked by a test per provider instead of failing every start-up.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }
}
