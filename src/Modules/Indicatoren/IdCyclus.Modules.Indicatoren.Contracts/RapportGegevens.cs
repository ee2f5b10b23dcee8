namespace IdCyclus.Modules.Indicatoren.Contracts;

/// <summary>An indicator as defined for a report year (bijlage 1a of the report).</summary>
/// <param name="Peiljaarverschil">Years between the report year and the year measured (1 for the CBS figure).</param>
public sealed record IndicatordefinitieGegevens(
    string IndicatorId,
    string Naam,
    string Eenheid,
    string Bron,
    bool PerMaand,
    int Peiljaarverschil,
    string? Classificatie,
    decimal? Streefcijfer,
    string? StreefcijferBron,
    string? DoelIndicatorId,
    string? Toelichting);

/// <summary>
/// One current figure. <see cref="EenheidId"/> is "gemeente", a cluster's or report section's id, or a directie's guid.
/// <see cref="Symbool"/> carries x / . (CBS gaps) and ja / nee / nvt.
/// </summary>
public sealed record IndicatorwaardeGegevens(
    string IndicatorId,
    string EenheidId,
    string EenheidNaam,
    string Periode,
    int Jaar,
    decimal? Getal,
    string? Symbool,
    string? Toelichting);
