using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using IdCyclus.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// Hangfire with its storage in the application's own database: SQLite (its own unprefixed tables in the same file),
/// PostgreSQL and SQL Server (schema "hangfire"). Two servers per host: one for the runtime's frequent jobs and one for
/// long work (<see cref="IAchtergrondTaken"/>), so a long report can never hold up a due timer.
/// </summary>
internal static class HangfireRegistratie
{
    public const string Schema = "hangfire";
    public const string WorkflowWachtrij = "workflow";
    public const string LangWachtrij = "lang";

    // How often Hangfire looks for due recurring jobs and for enqueued work. With the one-second trigger this keeps a
    // timer's delay under two seconds (docs/adr/0011-hangfire-als-trigger.md); each poll is one indexed query.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static void VoegOpslagToe(IServiceCollection services, DatabaseOpties database, string connectionString) =>
        services.AddHangfire((diensten, configuratie) =>
        {
            // Hangfire's log provider is process-wide: set this host's own logger factory first, so a storage that logs
            // while it is built (SQL Server) never reaches the disposed factory of an earlier host in the same process.
            // Hosts that run side by side (the tests) still overwrite each other's, so the provider survives a disposed one.
            configuratie.UseLogProvider(new Hangfirelogboek(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                    .GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(diensten)))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    configuratie.UseSQLiteStorage(new SqliteConnectionStringBuilder(connectionString).DataSource,
                        new SQLiteStorageOptions { QueuePollInterval = Poll });
                    break;
                case DatabaseProvider.Postgres:
                    configuratie.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString),
                        new PostgreSqlStorageOptions
                        {
                            SchemaName = Schema, QueuePollInterval = Poll, PrepareSchemaIfNecessary = true,
                            // A lock of a killed host is removed after this long instead of 10 minutes, so the recurring
                            // jobs of the other hosts resume quickly. Locks are held for milliseconds (one scheduler poll).
                            DistributedLockTimeout = TimeSpan.FromSeconds(20),
                        });
                    break;
                case DatabaseProvider.SqlServer:
                    configuratie.UseSqlServerStorage(connectionString,
                        new SqlServerStorageOptions { SchemaName = Schema, QueuePollInterval = Poll, PrepareSchemaIfNecessary = true });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(database), database.Provider, null);
            }
        });

    public static void VoegServersToe(IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        // Registered first: hosted services start in order, so the orphaned locks are gone before a server starts.
        services.AddHostedService(_ => new VerweesdeSloten(database, connectionString));
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:workflow";
            o.Queues = [WorkflowWachtrij];
            o.WorkerCount = 3;
            o.SchedulePollingInterval = Poll;
        });
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:lang";
            o.Queues = [LangWachtrij];
            o.WorkerCount = 2;
            o.SchedulePollingInterval = Poll;
        });
        services.AddHostedService<Achtergrondplanning>();
    }
}
