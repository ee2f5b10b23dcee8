using System.ComponentModel;
using Hangfire;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Shared.Integratie;

/// <summary>One module's outbox, as the shared delivery sees it.</summary>
public interface IModuleOutbox
{
    Task<int> BezorgAsync(int maximum, CancellationToken ct);

    /// <summary>The rows that failed every attempt, oldest first.</summary>
    Task<IReadOnlyList<ModuleOutboxIncident>> IncidentenAsync(int maximum, CancellationToken ct);

    /// <summary>
    /// Puts a failed row back for the next delivery round with fresh attempts; false when this outbox has no failed row
    /// with that id (another module's, delivered meanwhile, or already put back).
    /// </summary>
    Task<bool> OpnieuwAsync(Guid id, CancellationToken ct);
}

/// <summary>
/// Delivers a module's outbox rows to the handlers of their type, at least once: a failing handler is retried on the
/// next round, up to <see cref="MaxPogingen"/> times; after that the row stays as an incident with its last error.
/// </summary>
public sealed class ModuleOutbox<TContext>(TContext db, IServiceScopeFactory scopes, TimeProvider klok, ILogger<ModuleOutbox<TContext>> logger)
    : IModuleOutbox
    where TContext : DbContext
{
    public const int MaxPogingen = 5;

    public async Task<int> BezorgAsync(int maximum, CancellationToken ct)
    {
        var regels = await db.Set<OutboxRegel>().Where(o => o.VerwerktOpUtc == null && o.Pogingen < MaxPogingen)
            .OrderBy(o => o.AangemaaktOpUtc).ThenBy(o => o.Id).Take(maximum).ToListAsync(ct);
        var bezorgd = 0;
        foreach (var regel in regels)
        {
            // Each event in a scope of its own: a receiver's DbContext never carries one event's changes into the next.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var ontvangers = await Integratieverdeling.VerdeelAsync(scope.ServiceProvider, regel.Type, regel.Sleutel, regel.Json, ct);
                regel.VerwerktOpUtc = klok.GetUtcNow().UtcDateTime;
                regel.LaatsteFout = ontvangers == 0 ? $"Geen ontvanger geregistreerd voor '{regel.Type}'." : null;
                bezorgd++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                regel.Pogingen++;
                regel.LaatsteFout = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogWarning(ex, "Outboxregel {Sleutel} ({Type}) mislukt, poging {Pogingen}", regel.Sleutel, regel.Type, regel.Pogingen);
            }

            await db.SaveChangesAsync(ct);
        }

        return bezorgd;
    }

    public async Task<IReadOnlyList<ModuleOutboxIncident>> IncidentenAsync(int maximum, CancellationToken ct)
    {
        var module = ModuleRegistratie.ModuleNaam(typeof(TContext).Assembly.GetName().Name!);
        var regels = await db.Set<OutboxRegel>().AsNoTracking()
            .Where(o => o.VerwerktOpUtc == null && o.Pogingen >= MaxPogingen)
            .OrderBy(o => o.AangemaaktOpUtc).ThenBy(o => o.Id)
            .Take(maximum)
            .ToListAsync(ct);
        return regels.Select(o => new ModuleOutboxIncident(module, o.Id, o.Type, o.Sleutel, o.AangemaaktOpUtc, o.Pogingen, o.LaatsteFout)).ToList();
    }

    // One conditional update: two people pressing the button at once put the row back once, and a row that was
    // delivered in between is left alone. The last error stays until the next attempt replaces it.
    public async Task<bool> OpnieuwAsync(Guid id, CancellationToken ct) =>
        await db.Set<OutboxRegel>()
            .Where(o => o.Id == id && o.VerwerktOpUtc == null && o.Pogingen >= MaxPogingen)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Pogingen, 0), ct) == 1;
}

/// <summary>
/// The one background delivery of every module outbox: a Hangfire recurring job, like the runtime's own rounds. Tests
/// and <c>simulate</c> call <see cref="BezorgAsync"/> themselves.
/// </summary>
public sealed class ModuleOutboxTaak(IServiceScopeFactory scopes)
{
    public const string Naam = "module-outbox";

    /// <summary>The queue the runtime's frequent-work server listens to; a job on any other queue would never run.</summary>
    public const string Wachtrij = "workflow";

    public const int Partij = 200;

    [DisplayName("Modules: gebeurtenissen bezorgen")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> BezorgAsync(CancellationToken ct)
    {
        var bezorgd = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var outbox in scope.ServiceProvider.GetServices<IModuleOutbox>())
        {
            bezorgd += await outbox.BezorgAsync(Partij, ct);
        }

        return bezorgd;
    }
}

public static class ModuleOutboxRegistratie
{
    /// <summary>A module that raises events registers its outbox here (its DbContext maps it with <c>AddBerichtentabellen(outbox: true)</c>).</summary>
    public static IServiceCollection AddModuleOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddScoped<IModuleOutbox, ModuleOutbox<TContext>>();
        services.TryAddModuleOutboxTaak();
        return services;
    }

    private static void TryAddModuleOutboxTaak(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ModuleOutboxTaak)))
        {
            return;
        }

        services.AddTransient<ModuleOutboxTaak>();
        services.AddScoped<ModuleOutboxIncidenten>();
        services.AddHostedService<ModuleOutboxPlanning>();
    }

    /// <summary>
    /// Registers the recurring job (idempotently, on every host; Hangfire keeps one schedule in the database). Where no
    /// Hangfire server runs (tests, <c>simulate</c>) the schedule is stored but nothing picks it up.
    /// </summary>
    private sealed class ModuleOutboxPlanning(IServiceProvider diensten) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            diensten.GetService<IRecurringJobManager>()?.AddOrUpdate<ModuleOutboxTaak>(
                ModuleOutboxTaak.Naam, ModuleOutboxTaak.Wachtrij, t => t.BezorgAsync(CancellationToken.None), "*/5 * * * * *");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
