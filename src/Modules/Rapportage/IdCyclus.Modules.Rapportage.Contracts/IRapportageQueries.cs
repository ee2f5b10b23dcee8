namespace IdCyclus.Modules.Rapportage.Contracts;

/// <summary>What other modules may ask of the report: the definitive version, a review round, a clusterdirecteur's own section.</summary>
public interface IRapportageQueries
{
    /// <summary>The newest published version of a year's report, or null when none is published.</summary>
    Task<PublicatieGegevens?> GepubliceerdAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>The werkgroep review round on concept version <paramref name="conceptnummer"/> of the year, or null when there is none.</summary>
    Task<ReviewrondeGegevens?> ReviewrondeAsync(int jaar, int conceptnummer, CancellationToken cancellationToken = default);

    /// <summary>
    /// The report sections a clusterdirecteur may read before publication: the sections of their own cluster(s), once
    /// Bureau has recorded a concept version (every review round records one); after publication every section, from the
    /// definitive report. Empty when there is nothing to show yet. The duidingsgesprek (issue 14) links to <see cref="SectieGegevens.Pad"/>.
    /// </summary>
    Task<IReadOnlyList<SectieGegevens>> SectiesVoorClusterdirecteurAsync(
        int jaar,
        IReadOnlyCollection<string> clusterIds,
        CancellationToken cancellationToken = default);
}

/// <param name="Pad">The web page of the definitive report.</param>
/// <param name="PdfHash">SHA-256 of the stored PDF (hex), or null while it is still being printed.</param>
public sealed record PublicatieGegevens(int Jaar, int Versie, DateTimeOffset GepubliceerdOp, string Pad, string HtmlHash, string? PdfHash);

/// <summary>A werkgroep review: the concept version it reads, open until and including <see cref="Deadline"/>.</summary>
/// <param name="Pad">The review page (the recorded concept text with the comment form).</param>
public sealed record ReviewrondeGegevens(int Jaar, int Conceptnummer, DateOnly Deadline, string Pad);

/// <summary>One report section's three pages as a clusterdirecteur may read them now.</summary>
/// <param name="Bron">What the pages are read from: "conceptversie 3" or "definitieve versie 1".</param>
/// <param name="Pad">The page with the section's three pages.</param>
public sealed record SectieGegevens(int Jaar, string SectieId, string Naam, string ClusterId, string Bron, string Pad);
