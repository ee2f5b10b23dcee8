using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Rapportage.Features.Review;

internal sealed record ReviewtakenStarten(int Jaar, Actor Door);

/// <summary>
/// Asks the cycle for the review tasks of the year's open round. Idempotent (the cycle starts a round once), so Bureau
/// may press it again when the first start failed.
/// </summary>
internal sealed class ReviewtakenStartenHandler(
    RapportageDbContext db,
    IWerkgroepreview werkgroepreview,
    TimeProvider klok,
    ILogger<ReviewtakenStartenHandler> log)
{
    public async Task<Resultaat<int>> VoerUitAsync(ReviewtakenStarten opdracht, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        var ronde = rapportage is null ? null : await Reviewlezer.LaatsteAsync(db, rapportage.Id, ct);
        if (ronde is null || !Reviewregels.IsOpen(ronde.Deadline, klok.Vandaag()))
        {
            return Resultaat<int>.Mislukt("Deadline", "Er loopt geen review; start eerst een review met een deadline.");
        }

        try
        {
            await werkgroepreview.StartAsync(Reviewlezer.Gegevens(opdracht.Jaar, ronde), opdracht.Door.Naam, ct);
        }
        catch (Exception fout) when (fout is not OperationCanceledException)
        {
            log.LogError(fout, "Reviewtaken voor Rapportage {Jaar}, conceptversie {Concept} niet gestart", opdracht.Jaar, ronde.Conceptnummer);
            return Resultaat<int>.Mislukt("Deadline",
                "De review is vastgelegd, maar de reviewtaken voor de werkgroep zijn niet aangemaakt: "
                + $"{fout.Message} Probeer het opnieuw met ‘Reviewtaken aanmaken’.");
        }

        return Resultaat<int>.Gelukt(ronde.Conceptnummer);
    }
}

/// <summary>
/// A werkgroep member completed the review task (ADR 0017; the pattern of ADR 0009). One row per member and round is
/// the idempotency key here instead of the shared inbox: completing twice (two deliveries, or a retried task) must
/// record one completion, whatever the event key. A redelivery finds it and changes nothing. A round that does not exist
/// throws, so the event stays in the outbox as an incident Bureau sees instead of being lost.
/// </summary>
internal sealed class ReviewAfgerondHandler(RapportageDbContext db) : IIntegratieHandler<ReviewAfgerond>
{
    public async Task VerwerkAsync(string sleutel, ReviewAfgerond afgerond, CancellationToken cancellationToken)
    {
        var ronde = await Reviewlezer.RondeAsync(db, afgerond.Jaar, afgerond.Conceptnummer, cancellationToken)
            ?? throw new InvalidOperationException($"Niet verwerkt: Rapportage {afgerond.Jaar} heeft geen review op conceptversie {afgerond.Conceptnummer}.");
        if (await db.Reviewafrondingen.AnyAsync(a => a.ReviewrondeId == ronde.Id && a.PersoonId == afgerond.PersoonId, cancellationToken))
        {
            return;
        }

        db.Reviewafrondingen.Add(new Reviewafronding
        {
            Id = Guid.CreateVersion7(), ReviewrondeId = ronde.Id, PersoonId = afgerond.PersoonId, Naam = afgerond.Naam, AfgerondOpUtc = afgerond.Op.UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The task page and the background round may deliver the same event at the same moment: then the other one
            // won and there is nothing left to do. Any other failure stays an exception (the event is retried).
            if (!await IsVastgelegdAsync(ronde.Id, afgerond.PersoonId, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> IsVastgelegdAsync(Guid rondeId, Guid persoonId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Reviewafrondingen.AnyAsync(a => a.ReviewrondeId == rondeId && a.PersoonId == persoonId, ct);
    }
}
