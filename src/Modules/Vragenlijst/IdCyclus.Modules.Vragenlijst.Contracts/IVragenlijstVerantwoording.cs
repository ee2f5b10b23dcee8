namespace IdCyclus.Modules.Vragenlijst.Contracts;

/// <summary>
/// What the report's title page, its page 3 per section (the change against last year) and its bijlage 2
/// (verantwoording) need of a year's interviews: whether they are fictional demo data, which items are comparable with
/// last year and why, and per directie the comparison or the reason there is none.
/// </summary>
public interface IVragenlijstVerantwoording
{
    /// <summary>Null when there is no questionnaire version for the year.</summary>
    Task<VragenlijstVerantwoordingGegevens?> VerantwoordingAsync(int jaar, CancellationToken cancellationToken = default);
}

/// <param name="AantalDefinitief">Final interviews of the year: the only ones a report counts.</param>
/// <param name="AantalFictief">Of those, the fictional demo interviews; a report with any must say so on its title page.</param>
/// <param name="VorigeVersieNaam">Last year's questionnaire, or null when there is none to compare with.</param>
public sealed record VragenlijstVerantwoordingGegevens(
    int Jaar,
    int AantalDefinitief,
    int AantalFictief,
    string? VorigeVersieNaam,
    IReadOnlyList<VraagKoppelingGegevens> Vragen,
    IReadOnlyList<DirectieVergelijkingGegevens> Directies)
{
    public bool BevatFictieveGegevens => AantalFictief > 0;
}

public enum VraagKoppeling
{
    /// <summary>Same question as last year's <see cref="VraagKoppelingGegevens.VorigNummer"/>: compared.</summary>
    Zelfde,

    /// <summary>Changed since last year: not compared.</summary>
    Gewijzigd,

    /// <summary>New this year: not compared.</summary>
    Nieuw,
}

/// <param name="Toelichting">Why it is (not) comparable, with the source where there is one; null when Bureau set it by hand.</param>
public sealed record VraagKoppelingGegevens(string Nummer, bool Gescoord, VraagKoppeling Koppeling, string? VorigNummer, string? Toelichting)
{
    /// <summary>Counted in the change against last year: a scored item that is the same question.</summary>
    public bool Vergelijkbaar => Gescoord && Koppeling == VraagKoppeling.Zelfde;
}

/// <summary>
/// A directie with a final interview this year: the sums over the comparable items this year and last year, or, when
/// it has no comparable score, <see cref="Reden"/> (no interview last year and why, or incomplete answers).
/// </summary>
public sealed record DirectieVergelijkingGegevens(
    Guid DirectieId,
    string Directie,
    bool Fictief,
    int? SomNu,
    int? SomVorig,
    int AantalVergelekenVragen,
    string? Reden)
{
    public bool IsVergelijkbaar => Reden is null;

    public int? Verschil => SomNu - SomVorig;
}
