using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Delivers outbox events to the module handlers registered for their type. At-least-once: a handler that fails is
/// retried with backoff; handlers are idempotent on the event key (their inbox), so redelivery changes nothing.
/// </summary>
internal sealed class OutboxBezorger(
    WorkflowDbContext db, IServiceProvider diensten, TimeProvider klok, IOptions<WorkflowOpties> opties, ILogger<OutboxBezorger> logger)
{
    public async Task<int> BezorgAsync(int maximum, CancellationToken ct)
    {
        var berichten = await db.Outbox.Where(o => o.VerwerktOpUtc == null && o.Pogingen < opties.Value.MaxPogingen)
            .OrderBy(o => o.AangemaaktOpUtc).ThenBy(o => o.Id).Take(maximum).ToListAsync(ct);
        var bezorgd = 0;
        foreach (var bericht in berichten)
        {
            await using var scope = diensten.CreateAsyncScope();
            try
            {
                var ontvangers = await Integratieverdeling.VerdeelAsync(scope.ServiceProvider, bericht.Type, bericht.Sleutel, bericht.Json, ct);

                Crashpunt.Bereikt("outbox-verwerkt");

                bericht.VerwerktOpUtc = klok.GetUtcNow().UtcDateTime;
                bericht.LaatsteFout = ontvangers == 0 ? $"Geen ontvanger geregistreerd voor '{bericht.Type}'." : null;
                bezorgd++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                bericht.Pogingen++;
                bericht.LaatsteFout = ex.Message;
                logger.LogWarning(ex, "Outboxbericht {Sleutel} ({Type}) mislukt, poging {Pogingen}", bericht.Sleutel, bericht.Type, bericht.Pogingen);
            }

            await db.SaveChangesAsync(ct);
        }

        return bezorgd;
    }

    /// <summary>Bureau retries an event that failed too often (an incident), after fixing what blocked it.</summary>
    public async Task<bool> OpnieuwAsync(Guid id, CancellationToken ct) =>
        await db.Outbox.Where(o => o.Id == id && o.VerwerktOpUtc == null && o.Pogingen >= opties.Value.MaxPogingen)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Pogingen, 0), ct) == 1;
}
