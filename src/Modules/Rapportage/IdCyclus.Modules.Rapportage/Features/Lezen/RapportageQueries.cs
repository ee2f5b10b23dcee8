using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Review;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.Lezen;

internal sealed class RapportageQueries(Rapportlezer lezer) : IRapportageQueries
{
    public async Task<PublicatieGegevens?> GepubliceerdAsync(int jaar, CancellationToken cancellationToken = default) =>
        await lezer.PublicatieAsync(jaar, null, cancellationToken) is { } p
            ? new PublicatieGegevens(
                p.Jaar,
                p.Nummer,
                new DateTimeOffset(p.GepubliceerdOpUtc, TimeSpan.Zero),
                $"/rapportage/{p.Jaar}/definitief",
                p.HtmlHash,
                p.PdfHash)
            : null;

    public async Task<ReviewrondeGegevens?> ReviewrondeAsync(int jaar, int conceptnummer, CancellationToken cancellationToken = default) =>
        await lezer.ReviewrondeAsync(jaar, conceptnummer, cancellationToken) is { } ronde ? Reviewlezer.Gegevens(jaar, ronde) : null;

    public async Task<IReadOnlyList<SectieGegevens>> SectiesVoorClusterdirecteurAsync(
        int jaar, IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken = default) =>
        await lezer.SectiebronAsync(jaar, cancellationToken) is { } bron
            ? bron.Momentopname.Secties.Where(s => clusterIds.Contains(s.ClusterId)).Select(s => bron.Gegevens(jaar, s)).ToList()
            : [];
}

/// <summary>
/// Where a section's pages come from before and after publication (ADR 0017): the newest publication when there is one
/// (its snapshot; the page links into the definitive report), else the newest recorded concept version — Bureau's own
/// act of fixing a text (every review round records one) — never the live text being edited. Null: nothing to show yet.
/// </summary>
/// <param name="Concept">The recorded concept version the pages are rendered from; null after publication.</param>
internal sealed record Sectiebron(Momentopname Momentopname, int? Publicatie, int? Conceptnummer, Rapportinhoud? Concept)
{
    public string Tekst => Publicatie is { } p ? $"definitieve versie {p}" : $"conceptversie {Conceptnummer}";

    public string Pad(int jaar, Sectie sectie) =>
        Publicatie is null ? $"/rapportage/{jaar}/sectie/{sectie.Id}" : $"/rapportage/{jaar}/definitief#{Sectieweergave.Anker(sectie)}";

    public SectieGegevens Gegevens(int jaar, Sectie sectie) => new(jaar, sectie.Id, sectie.Naam, sectie.ClusterId, Tekst, Pad(jaar, sectie));

    public static async Task<Sectiebron?> VanAsync(Rapportlezer lezer, RapportageDbContext db, int jaar, CancellationToken ct)
    {
        if (await lezer.PublicatieAsync(jaar, null, ct) is { } publicatie)
        {
            var rij = await db.Momentopnamen.AsNoTracking().FirstAsync(m => m.Id == publicatie.MomentopnameId, ct);
            return new Sectiebron(Momentopname.VanJson(rij.InhoudJson), publicatie.Nummer, null, null);
        }

        return await lezer.LaatsteConceptnummerAsync(jaar, ct) is { } nummer && await lezer.ConceptversieInhoudAsync(jaar, nummer, ct) is { } inhoud
            ? new Sectiebron(inhoud.Momentopname, null, nummer, inhoud)
            : null;
    }
}
