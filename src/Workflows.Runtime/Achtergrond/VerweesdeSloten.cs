using IdCyclus.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// Removes Hangfire's distributed locks left by a killed process from a SQLite database before this host's Hangfire
/// servers start. Hangfire.Storage.SQLite refreshes the expiry of a lock it is waiting for, so a lock whose owner died
/// (SIGKILL while the recurring-job scheduler held it) would otherwise keep the recurring jobs — and every due timer —
/// waiting for a minute or more. On SQLite one host serves one database file, so every lock found at start is orphaned.
/// </summary>
internal sealed class VerweesdeSloten(DatabaseOpties database, string verbinding) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = new SqliteConnection(verbinding);
        await db.OpenAsync(cancellationToken);
        await using var opdracht = db.CreateCommand();
        opdracht.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'DistributedLock'";
        if (Convert.ToInt32(await opdracht.ExecuteScalarAsync(cancellationToken)) == 1)
        {
            opdracht.CommandText = "DELETE FROM DistributedLock";
            await opdracht.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
