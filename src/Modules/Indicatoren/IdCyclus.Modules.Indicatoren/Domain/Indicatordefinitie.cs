namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>The levels an indicator is measured at; a cluster without kokers is a cluster and a report section at once.</summary>
[Flags]
internal enum Niveaus
{
    Geen = 0,
    Gemeente = 1,
    Cluster = 2,
    Rapportsectie = 4,
    Directie = 8,
}

/// <summary>What kind of figure: it decides which values are valid and how the gap to a target is expressed.</summary>
internal enum Waardesoort
{
    /// <summary>0–100; the gap is in percentage points.</summary>
    Percentage,

    /// <summary>A whole number, never negative (sessions, staff).</summary>
    Aantal,

    /// <summary>Jobs of 25,5 paid hours a week: fractions allowed (quota 86,11), never negative.</summary>
    Banen,

    /// <summary>ja / nee / nvt (groeipanel participation).</summary>
    JaNee,
}

/// <summary>
/// An indicator as defined for a report year. Definitions are data: a later year gets its own row when its name, target
/// or classification changes, and a year without its own row uses the latest earlier one.
/// </summary>
internal sealed class Indicatordefinitie
{
    public int Id { get; set; }

    /// <summary>The first report year this definition applies to.</summary>
    public int Jaar { get; set; }

    public required string IndicatorId { get; set; }

    public required string Naam { get; set; }

    public Waardesoort Soort { get; set; }

    public Niveaus Niveaus { get; set; }

    public required string Eenheid { get; set; }

    /// <summary>Who delivers the figures (CBS Barometer Culturele Diversiteit, P&amp;O, Bureau I&amp;D).</summary>
    public required string Bron { get; set; }

    /// <summary>Figures per month (jjjj-mm) instead of per year (jjjj).</summary>
    public bool PerMaand { get; set; }

    /// <summary>How many years before the report year the figures are measured (1: the 2024 report shows 2023's CBS figure).</summary>
    public int Peiljaarverschil { get; set; }

    /// <summary>The CBS classification the figures use; a trend across a change of classification is a break.</summary>
    public string? Classificatie { get; set; }

    public decimal? Streefcijfer { get; set; }

    public string? StreefcijferBron { get; set; }

    /// <summary>The indicator whose value for the same unit and year is this one's target (realised jobs against the quota).</summary>
    public string? DoelIndicatorId { get; set; }

    /// <summary>Section figures add up to the municipality's (quota, jobs): checked, never corrected.</summary>
    public bool TeltOp { get; set; }

    public string? Toelichting { get; set; }

    public bool HeeftDoel => Streefcijfer is not null || DoelIndicatorId is not null;
}
