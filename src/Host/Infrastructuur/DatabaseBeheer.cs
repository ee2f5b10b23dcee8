using IdCyclus.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>Migrates and seeds every module's database, in the order the modules were registered.</summary>
internal static class DatabaseBeheer
{
    public static async Task MigreerAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (context.Database.IsSqlite())
            {
                await ZetSqliteOpAsync(context, cancellationToken);
            }

            var openstaand = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            await module.NaMigratieAsync(scope.ServiceProvider, cancellationToken);
            logger.LogInformation("Module {Module}: {Aantal} migratie(s) toegepast", module.Module, openstaand.Count);
        }
    }

    /// <summary>The post-migration steps alone (built-in definitions), e.g. after a test emptied the tables.</summary>
    public static async Task NaMigratieAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            await module.NaMigratieAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public static async Task VulDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            await module.SeedDemoDataAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    /// <summary>WAL lets pages read while a form saves; the data folder is created on first run.</summary>
    private static async Task ZetSqliteOpAsync(DbContext context, CancellationToken cancellationToken)
    {
        var bestand = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(bestand)) is { } map)
        {
            Directory.CreateDirectory(map);
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
