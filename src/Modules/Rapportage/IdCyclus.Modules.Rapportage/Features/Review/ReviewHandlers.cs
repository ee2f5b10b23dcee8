using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.TekstBewerken;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.Review;

internal sealed record ReviewStarten(int Jaar, DateOnly? Deadline, Actor Door);

/// <param name="Takenfout">Why the werkgroep's review tasks could not be started (the round itself is saved), or null.</param>
internal sealed record ReviewGestart(int Conceptnummer, string? Takenfout);

/// <summary>
/// Opens the werkgroep review until a deadline, on a newly recorded concept version, and asks the cycle for a review task
/// per werkgroep member (ADR 0017). The round is committed first; if starting the tasks fails, Bureau sees why and starts
/// them again with <see cref="ReviewtakenStartenHandler"/> (the start is idempotent per round).
/// </summary>
internal sealed class ReviewStartenHandler(RapportageDbContext db, ConceptVastleggenHandler concept, ReviewtakenStartenHandler taken, TimeProvider klok)
{
    public async Task<Resultaat<ReviewGestart>> VoerUitAsync(ReviewStarten opdracht, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        var lopende = rapportage is null ? null : await Reviewlezer.LaatsteAsync(db, rapportage.Id, ct);
        var fouten = Reviewregels.ControleerStart(opdracht.Deadline, klok.Vandaag(), lopende?.Deadline);
        if (fouten.Count > 0)
        {
            return Resultaat<ReviewGestart>.Mislukt(fouten);
        }

        if (rapportage is null)
        {
            return Resultaat<ReviewGestart>.Mislukt("Jaar", $"Rapportage {opdracht.Jaar} is nog niet gestart.");
        }

        var nummer = await concept.VoerUitAsync(new ConceptVastleggen(opdracht.Jaar, opdracht.Door), ct);
        if (!nummer.IsGelukt)
        {
            return Resultaat<ReviewGestart>.Mislukt(nummer.Fouten);
        }

        db.Reviewrondes.Add(new Reviewronde
        {
            Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Conceptnummer = nummer.Waarde, Deadline = opdracht.Deadline!.Value,
            GestartOpUtc = klok.GetUtcNow().UtcDateTime, Door = opdracht.Door.Naam,
        });
        await db.SaveChangesAsync(ct);
        var gestart = await taken.VoerUitAsync(new ReviewtakenStarten(opdracht.Jaar, opdracht.Door), ct);
        return Resultaat<ReviewGestart>.Gelukt(new ReviewGestart(nummer.Waarde, gestart.IsGelukt ? null : gestart.Fouten[0].Melding));
    }
}

internal sealed record OpmerkingPlaatsen(int Jaar, string? Sleutel, string? Tekst, Actor Door);

/// <summary>A werkgroep member comments on one block while the review is open.</summary>
internal sealed class OpmerkingPlaatsenHandler(RapportageDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<Guid>> VoerUitAsync(OpmerkingPlaatsen opdracht, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        var ronde = rapportage is null ? null : await Reviewlezer.LaatsteAsync(db, rapportage.Id, ct);
        var blokken = rapportage is null ? [] : await db.Tekstblokken.Where(b => b.RapportageId == rapportage.Id).Select(b => b.Sleutel).ToListAsync(ct);
        var fouten = Reviewregels.ControleerOpmerking(
            opdracht.Sleutel,
            opdracht.Tekst,
            blokken,
            ronde is not null && Reviewregels.IsOpen(ronde.Deadline, klok.Vandaag()));
        if (fouten.Count > 0)
        {
            return Resultaat<Guid>.Mislukt(fouten);
        }

        var opmerking = new Opmerking
        {
            Id = Guid.CreateVersion7(), RapportageId = rapportage!.Id, ReviewrondeId = ronde!.Id, Sleutel = opdracht.Sleutel!, Tekst = opdracht.Tekst!.Trim(),
            Door = opdracht.Door.Naam, GeplaatstOpUtc = klok.GetUtcNow().UtcDateTime,
        };
        db.Opmerkingen.Add(opmerking);
        await db.SaveChangesAsync(ct);
        return Resultaat<Guid>.Gelukt(opmerking.Id);
    }
}

internal sealed record OpmerkingAfhandelen(Guid Id, string? Afhandeling, int Versie, Actor Door);

/// <summary>Bureau resolves a comment with a note (what was done with it); the version token stops a double resolve.</summary>
internal sealed class OpmerkingAfhandelenHandler(RapportageDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<Guid>> VoerUitAsync(OpmerkingAfhandelen opdracht, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(opdracht.Afhandeling))
        {
            return Resultaat<Guid>.Mislukt("Afhandeling", "Schrijf kort wat er met de opmerking is gedaan.");
        }

        var opmerking = await db.Opmerkingen.FirstOrDefaultAsync(o => o.Id == opdracht.Id, ct);
        if (opmerking is null)
        {
            return Resultaat<Guid>.Mislukt("Afhandeling", "Deze opmerking bestaat niet.");
        }

        if (opmerking.Versie != opdracht.Versie || opmerking.IsAfgehandeld)
        {
            return Resultaat<Guid>.Mislukt(
                "Versie",
                $"Deze opmerking is intussen al afgehandeld{(opmerking.AfgehandeldDoor is { } door ? $" door {door}" : "")}.");
        }

        opmerking.Afhandeling = opdracht.Afhandeling.Trim();
        opmerking.AfgehandeldDoor = opdracht.Door.Naam;
        opmerking.AfgehandeldOpUtc = klok.GetUtcNow().UtcDateTime;
        opmerking.Versie++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Resultaat<Guid>.Mislukt("Versie", "Deze opmerking is tegelijk door iemand anders afgehandeld.");
        }

        return Resultaat<Guid>.Gelukt(opmerking.Id);
    }
}

internal static class Reviewlezer
{
    public static ReviewrondeGegevens Gegevens(int jaar, Reviewronde ronde) => new(jaar, ronde.Conceptnummer, ronde.Deadline, $"/rapportage/{jaar}/review");

    public static async Task<Reviewronde?> RondeAsync(RapportageDbContext db, int jaar, int conceptnummer, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        return rapportage is null
            ? null
            : await db.Reviewrondes.AsNoTracking().FirstOrDefaultAsync(r => r.RapportageId == rapportage.Id && r.Conceptnummer == conceptnummer, ct);
    }

    public static async Task<IReadOnlyList<Reviewafronding>> AfrondingenAsync(RapportageDbContext db, Guid rondeId, CancellationToken ct) =>
        await db.Reviewafrondingen.AsNoTracking().Where(a => a.ReviewrondeId == rondeId).ToListAsync(ct);

    public static Task<Reviewronde?> LaatsteAsync(RapportageDbContext db, Guid rapportageId, CancellationToken ct) =>
        db.Reviewrondes.AsNoTracking().Where(r => r.RapportageId == rapportageId).OrderByDescending(r => r.GestartOpUtc).FirstOrDefaultAsync(ct);

    public static async Task<IReadOnlyList<Opmerking>> OpmerkingenAsync(RapportageDbContext db, int jaar, string? sleutel, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        return rapportage is null
            ? []
            : (await db.Opmerkingen.AsNoTracking().Where(o => o.RapportageId == rapportage.Id && (sleutel == null || o.Sleutel == sleutel)).ToListAsync(ct))
                .OrderBy(o => o.GeplaatstOpUtc).ToList();
    }
}
