using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>/health: can every module reach its database, and is its schema up to date?</summary>
internal sealed class DatabaseGezondheid(IServiceProvider services, DatabaseOpties settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var gegevens = new Dictionary<string, object> { ["provider"] = settings.Provider.ToString() };
        var gezond = true;
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            try
            {
                var verbonden = await db.Database.CanConnectAsync(cancellationToken);
                var openstaand = verbonden ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count() : -1;
                gegevens[module.Module] = !verbonden ? "geen verbinding" : openstaand == 0 ? "ok" : $"{openstaand} migratie(s) open";
                gezond &= verbonden && openstaand == 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                gegevens[module.Module] = "fout: " + ex.Message;
                gezond = false;
            }
        }

        return gezond
            ? HealthCheckResult.Healthy("De database is bereikbaar en bijgewerkt.", gegevens)
            : HealthCheckResult.Unhealthy("De database is niet bereikbaar of niet bijgewerkt.", data: gegevens);
    }
}
