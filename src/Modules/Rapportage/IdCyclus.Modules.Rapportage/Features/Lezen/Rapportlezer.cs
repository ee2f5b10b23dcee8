using System.Text.Json;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.Lezen;

internal sealed record Momentopnameregel(Guid Id, int Nummer, string Hash, DateTime GenomenOpUtc, string Door, IReadOnlyList<string> Wijzigingen);

internal sealed record Publicatieregel(Guid Id, int Nummer, string HtmlHash, string? PdfHash, Guid? PdfTaakId, DateTime GepubliceerdOpUtc, string Door);

internal sealed record Conceptregel(int Nummer, DateTime GemaaktOpUtc, string Door, int MomentopnameNummer);

/// <summary>The state of a year's report for Bureau's pages: snapshots, blocks, concept versions and publications.</summary>
internal sealed record Rapportstand(
    Persistence.Rapportage Rapportage,
    IReadOnlyList<Momentopnameregel> Momentopnamen,
    IReadOnlyList<Tekstblok> Blokken,
    IReadOnlyList<Conceptregel> Concepten,
    IReadOnlyList<Publicatieregel> Publicaties)
{
    public Momentopnameregel Huidige => Momentopnamen.First(m => m.Id == Rapportage.HuidigeMomentopnameId);

    public bool AllesDefinitief => Blokken.All(b => b.Staat == Blokstaat.Definitief);
}

internal sealed class Rapportlezer(RapportageDbContext db, TimeProvider klok)
{
    public async Task<IReadOnlyList<(int Jaar, int Snapshots, int Publicaties)>> JarenAsync(CancellationToken ct)
    {
        var rapportages = await db.Rapportages.AsNoTracking().OrderByDescending(r => r.Jaar).ToListAsync(ct);
        var lijst = new List<(int, int, int)>();
        foreach (var r in rapportages)
        {
            lijst.Add((
                r.Jaar,
                await db.Momentopnamen.CountAsync(m => m.RapportageId == r.Id, ct),
                await db.Publicaties.CountAsync(p => p.RapportageId == r.Id, ct)));
        }

        return lijst;
    }

    public async Task<Rapportstand?> StandAsync(int jaar, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        if (rapportage is null)
        {
            return null;
        }

        var momentopnamen = (await db.Momentopnamen.AsNoTracking().Where(m => m.RapportageId == rapportage.Id)
                .Select(m => new { m.Id, m.Nummer, m.Hash, m.GenomenOpUtc, m.Door, m.WijzigingenJson }).ToListAsync(ct))
            .OrderByDescending(m => m.Nummer)
            .Select(m => new Momentopnameregel(
                m.Id, m.Nummer, m.Hash, m.GenomenOpUtc, m.Door, JsonSerializer.Deserialize<List<string>>(m.WijzigingenJson) ?? []))
            .ToList();
        var nummers = momentopnamen.ToDictionary(m => m.Id, m => m.Nummer);
        var blokken = await db.Tekstblokken.AsNoTracking().Where(b => b.RapportageId == rapportage.Id).ToListAsync(ct);
        var concepten = (await db.Conceptversies.AsNoTracking().Where(c => c.RapportageId == rapportage.Id)
                .Select(c => new { c.Nummer, c.GemaaktOpUtc, c.Door, c.MomentopnameId }).ToListAsync(ct))
            .OrderByDescending(c => c.Nummer)
            .Select(c => new Conceptregel(c.Nummer, c.GemaaktOpUtc, c.Door, nummers.GetValueOrDefault(c.MomentopnameId)))
            .ToList();
        var publicaties = (await db.Publicaties.AsNoTracking().Where(p => p.RapportageId == rapportage.Id)
                .Select(p => new Publicatieregel(p.Id, p.Nummer, p.HtmlHash, p.PdfHash, p.PdfTaakId, p.GepubliceerdOpUtc, p.Door)).ToListAsync(ct))
            .OrderByDescending(p => p.Nummer).ToList();
        return new Rapportstand(rapportage, momentopnamen, blokken, concepten, publicaties);
    }

    /// <summary>The report as it reads now: the current snapshot with the blocks' current text.</summary>
    public async Task<Rapportinhoud?> ConceptAsync(int jaar, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        if (rapportage is null)
        {
            return null;
        }

        var rij = await db.Momentopnamen.AsNoTracking().FirstAsync(m => m.Id == rapportage.HuidigeMomentopnameId, ct);
        var blokken = await db.Tekstblokken.AsNoTracking().Where(b => b.RapportageId == rapportage.Id).ToListAsync(ct);
        var concept = await db.Conceptversies.AsNoTracking().Where(c => c.RapportageId == rapportage.Id).MaxAsync(c => (int?)c.Nummer, ct);
        return new Rapportinhoud(Momentopname.VanJson(rij.InhoudJson), rij.Nummer, rij.Hash,
            blokken.ToDictionary(b => b.Sleutel, b => new Blokinhoud(b.Markdown, b.Staat)),
            concept is null ? "Concept" : $"Concept (na conceptversie {concept})", klok.Vandaag(), IsConcept: true);
    }

    /// <summary>
    /// A recorded concept version as it was: its snapshot and the blocks' text at that moment (the werkgroep reviews
    /// this, not the live text). The blocks' states were not recorded, so none are shown.
    /// </summary>
    public async Task<Rapportinhoud?> ConceptversieInhoudAsync(int jaar, int nummer, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        var versie = rapportage is null ? null : await db.Conceptversies.AsNoTracking().FirstOrDefaultAsync(
            c => c.RapportageId == rapportage.Id && c.Nummer == nummer,
            ct);
        if (versie is null)
        {
            return null;
        }

        var rij = await db.Momentopnamen.AsNoTracking().FirstAsync(m => m.Id == versie.MomentopnameId, ct);
        var blokken = JsonSerializer.Deserialize<Dictionary<string, string>>(versie.BlokkenJson) ?? [];
        return new Rapportinhoud(Momentopname.VanJson(rij.InhoudJson), rij.Nummer, rij.Hash,
            blokken.ToDictionary(b => b.Key, b => new Blokinhoud(b.Value, Blokstaat.Concept)),
            $"Conceptversie {nummer}", DateOnly.FromDateTime(Tijd.InAmsterdam(versie.GemaaktOpUtc)), IsConcept: false);
    }

    public Task<Sectiebron?> SectiebronAsync(int jaar, CancellationToken ct) => Sectiebron.VanAsync(this, db, jaar, ct);

    public Task<Reviewronde?> ReviewrondeAsync(int jaar, int conceptnummer, CancellationToken ct) => Review.Reviewlezer.RondeAsync(db, jaar, conceptnummer, ct);

    /// <summary>Per werkgroep member of today whether they completed the review task of the round.</summary>
    public async Task<IReadOnlyList<Reviewerstand>> ReviewerstandAsync(Reviewronde ronde, IEnumerable<(Guid Id, string Naam)> leden, CancellationToken ct) =>
        Reviewregels.Stand(leden, (await Review.Reviewlezer.AfrondingenAsync(db, ronde.Id, ct)).Select(a => (a.PersoonId, a.Naam, a.AfgerondOpUtc)));

    /// <summary>The newest recorded concept version's number, or null.</summary>
    public async Task<int?> LaatsteConceptnummerAsync(int jaar, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        return rapportage is null ? null : await db.Conceptversies.AsNoTracking().Where(c => c.RapportageId == rapportage.Id).MaxAsync(c => (int?)c.Nummer, ct);
    }

    /// <summary>A published version (the newest without a number), with its stored HTML.</summary>
    public Task<Publicatie?> PublicatieAsync(int jaar, int? nummer, CancellationToken ct) =>
        db.Publicaties.AsNoTracking().Where(p => p.Jaar == jaar && (nummer == null || p.Nummer == nummer))
            .OrderByDescending(p => p.Nummer).FirstOrDefaultAsync(ct);

    /// <summary>The latest werkgroep review round (or null) and every comment of the year, optionally for one block.</summary>
    public async Task<(Reviewronde? Ronde, IReadOnlyList<Opmerking> Opmerkingen)> ReviewAsync(int jaar, string? sleutel, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        return rapportage is null
            ? (null, [])
            : (await Review.Reviewlezer.LaatsteAsync(db, rapportage.Id, ct), await Review.Reviewlezer.OpmerkingenAsync(db, jaar, sleutel, ct));
    }

    public async Task<IReadOnlyDictionary<string, string>> ConceptversieAsync(int jaar, int nummer, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        var versie = rapportage is null ? null : await db.Conceptversies.AsNoTracking().FirstOrDefaultAsync(
            c => c.RapportageId == rapportage.Id && c.Nummer == nummer,
            ct);
        return versie is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(versie.BlokkenJson) ?? [];
    }
}
