using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Starts the definitions that repeat (<c>opties.herhaling</c>) once per period, as soon as the period has begun in
/// Amsterdam. The start carries the key of the definition and the period, so however often this runs, on however many
/// hosts, each period gets one instance: the engine's unique key refuses the rest. A host that was down at the turn of
/// the quarter starts it on its first run afterwards; a period that has passed entirely is not started late.
/// </summary>
internal sealed class HerhaaldeStarts(WorkflowDbContext db, WorkflowMotor motor, TimeProvider klok, ILogger<HerhaaldeStarts> logger)
{
    /// <summary>Starts what is due now; returns how many instances it started.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        var vandaag = klok.Vandaag();
        var gestart = 0;
        foreach (var (definitieId, herhaling) in await HerhalendeAsync(ct))
        {
            var sleutel = Herhalingen.Sleutel(definitieId, Herhalingen.Periode(herhaling, vandaag)!);

            // The engine checks the key again inside its serializable transaction (that check is what holds); this plain
            // read only spares that transaction on the minutely runs of a period that has already started.
            if (await db.Instanties.AsNoTracking().AnyAsync(i => i.UniekeSleutel == sleutel, ct))
            {
                continue;
            }

            var resultaat = await motor.StartAsync(definitieId, null, klok.GetUtcNow(), Handelende.Systeem, ct, sleutel);
            if (resultaat.IsGelukt)
            {
                gestart++;
                logger.LogInformation("Herhaalde workflow {Definitie} gestart voor {Sleutel}", definitieId, sleutel);
            }
        }

        return gestart;
    }

    /// <summary>The newest published version of every definition, where that version repeats.</summary>
    private async Task<List<(string DefinitieId, Herhaling Herhaling)>> HerhalendeAsync(CancellationToken ct)
    {
        var versies = await db.Definities.AsNoTracking().Select(d => new { d.DefinitieId, d.Versie }).ToListAsync(ct);
        var nieuwste = versies.GroupBy(d => d.DefinitieId).Select(g => (Id: g.Key, Versie: g.Max(d => d.Versie))).ToList();
        var herhalend = new List<(string, Herhaling)>();
        foreach (var (id, versie) in nieuwste)
        {
            var plan = await motor.DefinitieAsync(id, versie, ct);
            if (plan?.Opties.Herhaling is { } herhaling and not Herhaling.Geen)
            {
                herhalend.Add((id, herhaling));
            }
        }

        return herhalend;
    }
}
