using System.Text.Json;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.TekstBewerken;

/// <param name="Versie">The block's version the writer started from: a save over someone else's newer text is refused.</param>
internal sealed record BlokOpslaan(int Jaar, string Sleutel, string? Markdown, int Versie, Actor Door);

/// <summary>Saves a block's Markdown. A block in review or definitief goes back to concept: changed text is read again.</summary>
internal sealed class BlokOpslaanHandler(RapportageDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(BlokOpslaan opdracht, CancellationToken ct)
    {
        var fouten = Tekstblokken.ControleerTekst(opdracht.Markdown);
        if (fouten.Count > 0)
        {
            return Resultaat<int>.Mislukt(fouten);
        }

        var blok = await Blokken.ZoekAsync(db, opdracht.Jaar, opdracht.Sleutel, ct);
        if (blok is null)
        {
            return Resultaat<int>.Mislukt("Sleutel", $"Tekstblok '{opdracht.Sleutel}' bestaat niet in Rapportage {opdracht.Jaar}.");
        }

        if (blok.Versie != opdracht.Versie)
        {
            return Blokken.Gewijzigd<int>(blok);
        }

        var tekst = (opdracht.Markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (tekst == blok.Markdown)
        {
            return Resultaat<int>.Gelukt(blok.Versie);
        }

        blok.Markdown = tekst;
        blok.Staat = Blokstaat.Concept;
        return await Blokken.BewaarAsync(db, blok, opdracht.Door, klok, ct);
    }
}

internal sealed record BlokstaatWijzigen(int Jaar, string Sleutel, Blokstaat Naar, int Versie, Actor Door);

internal sealed class BlokstaatWijzigenHandler(RapportageDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(BlokstaatWijzigen opdracht, CancellationToken ct)
    {
        var blok = await Blokken.ZoekAsync(db, opdracht.Jaar, opdracht.Sleutel, ct);
        if (blok is null)
        {
            return Resultaat<int>.Mislukt("Sleutel", $"Tekstblok '{opdracht.Sleutel}' bestaat niet in Rapportage {opdracht.Jaar}.");
        }

        if (blok.Versie != opdracht.Versie)
        {
            return Blokken.Gewijzigd<int>(blok);
        }

        if (Tekstblokken.ControleerOvergang(blok.Staat, opdracht.Naar) is { } fout)
        {
            return Resultaat<int>.Mislukt([fout]);
        }

        blok.Staat = opdracht.Naar;
        return await Blokken.BewaarAsync(db, blok, opdracht.Door, klok, ct);
    }
}

internal sealed record ConceptVastleggen(int Jaar, Actor Door);

/// <summary>Records every block's current text as the next numbered concept, against the current snapshot.</summary>
internal sealed class ConceptVastleggenHandler(RapportageDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(ConceptVastleggen opdracht, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        if (rapportage is null)
        {
            return Resultaat<int>.Mislukt("Jaar", $"Rapportage {opdracht.Jaar} is nog niet gestart.");
        }

        var blokken = await db.Tekstblokken.AsNoTracking().Where(b => b.RapportageId == rapportage.Id).ToListAsync(ct);
        var nummer = (await db.Conceptversies.Where(c => c.RapportageId == rapportage.Id).MaxAsync(c => (int?)c.Nummer, ct) ?? 0) + 1;
        db.Conceptversies.Add(new Conceptversie
        {
            Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Nummer = nummer, MomentopnameId = rapportage.HuidigeMomentopnameId,
            BlokkenJson = JsonSerializer.Serialize(blokken.OrderBy(b => b.Sleutel, StringComparer.Ordinal).ToDictionary(b => b.Sleutel, b => b.Markdown)),
            GemaaktOpUtc = klok.GetUtcNow().UtcDateTime, Door = opdracht.Door.Naam,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Resultaat<int>.Mislukt("Jaar", "Er is tegelijk een andere conceptversie vastgelegd. Probeer het opnieuw.");
        }

        return Resultaat<int>.Gelukt(nummer);
    }
}

internal static class Blokken
{
    public static async Task<Tekstblok?> ZoekAsync(RapportageDbContext db, int jaar, string sleutel, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        return rapportage is null ? null : await db.Tekstblokken.FirstOrDefaultAsync(b => b.RapportageId == rapportage.Id && b.Sleutel == sleutel, ct);
    }

    public static Resultaat<T> Gewijzigd<T>(Tekstblok blok) => Resultaat<T>.Mislukt("Versie",
        $"Dit tekstblok is intussen gewijzigd door {blok.GewijzigdDoor}. Uw tekst is niet opgeslagen; kopieer hem, laad de pagina opnieuw en voeg hem samen.");

    /// <summary>Saves with the version as concurrency token: two saves of the same version cannot both succeed.</summary>
    public static async Task<Resultaat<int>> BewaarAsync(RapportageDbContext db, Tekstblok blok, Actor door, TimeProvider klok, CancellationToken ct)
    {
        blok.Versie++;
        blok.GewijzigdDoor = door.Naam;
        blok.GewijzigdOpUtc = klok.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Resultaat<int>.Mislukt(
                "Versie",
                "Dit tekstblok is tegelijk door iemand anders gewijzigd. Uw tekst is niet opgeslagen; laad de pagina opnieuw.");
        }

        return Resultaat<int>.Gelukt(blok.Versie);
    }
}
