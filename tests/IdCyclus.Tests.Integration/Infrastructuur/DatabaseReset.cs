using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// Empties every module's tables between tests. The order is derived from the EF model's foreign keys (dependents
/// before principals), so a new table or relation needs no hand-kept list (what Respawn would do for us).
/// </summary>
public static class DatabaseReset
{
    public static async Task LeegAsync(IServiceProvider services)
    {
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var sql = db.GetService<ISqlGenerationHelper>();
#pragma warning disable EF1002 // Table and column names come from the EF model, not from input.
            foreach (var tabel in Volgorde(db.Model.GetRelationalModel().Tables))
            {
                var naam = sql.DelimitIdentifier(tabel.Name, tabel.Schema);
                // SQLite checks a self-reference row by row (e.g. a directie merged into another): cut those links first.
                foreach (var kolom in tabel.ForeignKeyConstraints.Where(fk => fk.PrincipalTable == tabel).SelectMany(fk => fk.Columns))
                {
                    await db.Database.ExecuteSqlRawAsync($"UPDATE {naam} SET {sql.DelimitIdentifier(kolom.Name)} = NULL");
                }

                await db.Database.ExecuteSqlRawAsync($"DELETE FROM {naam}");
            }
#pragma warning restore EF1002
        }
    }

    /// <summary>Topological order: a table comes after every table that references it.</summary>
    public static IReadOnlyList<ITable> Volgorde(IEnumerable<ITable> tabellen)
    {
        var resterend = tabellen.ToList();
        var volgorde = new List<ITable>();
        while (resterend.Count > 0)
        {
            var vrij = resterend
                .Where(t => !resterend.Any(ander => ander != t && ander.ForeignKeyConstraints.Any(fk => fk.PrincipalTable == t)))
                .ToList();
            if (vrij.Count == 0)
            {
                throw new InvalidOperationException(
                    "Kringverwijzing tussen tabellen: " + string.Join(", ", resterend.Select(t => t.Name)));
            }

            volgorde.AddRange(vrij);
            resterend.RemoveAll(vrij.Contains);
        }

        return volgorde;
    }
}
