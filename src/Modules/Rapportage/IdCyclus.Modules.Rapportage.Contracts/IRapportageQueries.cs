namespace IdCyclus.Modules.Rapportage.Contracts;

/// <summary>What other modules may ask of the report: is there a definitive Voortgangsrapportage for a year, and where.</summary>
public interface IRapportageQueries
{
    /// <summary>The newest published version of a year's report, or null when none is published.</summary>
    Task<PublicatieGegevens?> GepubliceerdAsync(int jaar, CancellationToken cancellationToken = default);
}

/// <param name="Pad">The web page of the definitive report.</param>
/// <param name="PdfHash">SHA-256 of the stored PDF (hex), or null while it is still being printed.</param>
public sealed record PublicatieGegevens(int Jaar, int Versie, DateTimeOffset GepubliceerdOp, string Pad, string HtmlHash, string? PdfHash);
