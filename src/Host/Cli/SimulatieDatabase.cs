using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IdCyclus.Host.Cli;

/// <summary>
/// The throwaway SQLite database of one <c>simulate</c> run (ADR 0028). It holds no one's data: it is created in a temp
/// folder, filled with the demo organisation and deleted at the end of the run. So it skips the one guarantee that
/// costs most and that it does not need, durability against a power cut: every connection sets
/// <c>synchronous=OFF</c>, and a commit no longer waits for the disk; and <c>temp_store=MEMORY</c>, so SQLite's own
/// temporary files (about two thousand at 10×, created and deleted in /var/tmp) stay in memory. Transactions, claims and
/// the order of writes are unchanged, so each effect still happens exactly once and the timeline stays the same.
/// </summary>
internal static class SimulatieDatabase
{
    public static string Verbinding(string bestand) => $"Data Source={bestand}";

    /// <summary>
    /// Sets the journal mode of a database file on a connection of its own, outside the pool: WAL for a run's copied
    /// start database (as a migration would), DELETE for a kept database that must be one file.
    /// </summary>
    public static void ZetJournaal(string bestand, string modus)
    {
        using var verbinding = new SqliteConnection($"Data Source={bestand};Pooling=False");
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"PRAGMA journal_mode={modus};";
        opdracht.ExecuteNonQuery();
    }

    /// <summary>Adds the pragmas to every module's DbContext that is registered so far.</summary>
    public static void ZonderSchijfwachten(IServiceCollection services)
    {
        var contexten = services
            .Where(s => s.ServiceType.IsGenericType && s.ServiceType.GetGenericTypeDefinition() == typeof(IDbContextOptionsConfiguration<>))
            .Select(s => s.ServiceType.GetGenericArguments()[0])
            .Distinct()
            .ToList();
        foreach (var context in contexten)
        {
            Configureer.MakeGenericMethod(context).Invoke(null, [services]);
        }
    }

    private static readonly MethodInfo Configureer =
        typeof(SimulatieDatabase).GetMethod(nameof(ConfigureerContext), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void ConfigureerContext<TContext>(IServiceCollection services)
        where TContext : DbContext =>
        services.ConfigureDbContext<TContext>(o => o.AddInterceptors(Pragma.Instantie), ServiceLifetime.Singleton);

    private sealed class Pragma : DbConnectionInterceptor
    {
        public static readonly Pragma Instantie = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Zet(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken)
        {
            Zet(connection);
            return Task.CompletedTask;
        }

        // A pragma holds for the physical connection, which the pool hands out again and again (almost every query opens
        // one): set it once per SQLite handle instead of as an extra statement on every open.
        private static readonly ConditionalWeakTable<object, object> Gezet = [];

        private static void Zet(DbConnection connection)
        {
            var handle = (connection as SqliteConnection)?.Handle;
            if (handle is not null && Gezet.TryGetValue(handle, out _))
            {
                return;
            }

            using var opdracht = connection.CreateCommand();
            opdracht.CommandText = "PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;";
            opdracht.ExecuteNonQuery();
            if (handle is not null)
            {
                Gezet.AddOrUpdate(handle, handle);
            }
        }
    }
}
