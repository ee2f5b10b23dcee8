namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>The plan's status on the scale of questionnaire item 5; the number is the item's score.</summary>
internal enum PlanStatus
{
    GeenStartGemaakt = 0,
    StartGemaakt = 1,
    ConceptPlan = 2,
    VolledigPlanGeaccordeerd = 3,
}

internal enum ActieStatus
{
    NietGestart,
    Loopt,
    Vertraagd,
    Afgerond,
    Vervallen,
}

/// <summary>
/// One version of a directie's plan as a document: what the trekker edits, the directeur approves and the import and
/// export read and write. Action progress (status, note) is not part of it: that is living data kept per action key,
/// so a quarterly update never needs a new version.
/// </summary>
internal sealed record Planinhoud
{
    public string? Titel { get; init; }

    public PlanStatus Status { get; init; }

    public Tekstpaar Visie { get; init; } = new(null, null);

    public Tekstpaar Ambitie { get; init; } = new(null, null);

    public IReadOnlyList<string> Dimensies { get; init; } = [];

    /// <summary>Numbers of the themes of the Bestuursopdracht 2024–2028 (1–8, see <see cref="Themas"/>).</summary>
    public IReadOnlyList<int> Themas { get; init; } = [];

    /// <summary>Dates that relative terms count from, by name ("aanvang van het project"); "goedkeuring" is set on approval.</summary>
    public IReadOnlyDictionary<string, DateOnly> Ankers { get; init; } = new Dictionary<string, DateOnly>();

    public IReadOnlyList<Doel> Doelen { get; init; } = [];

    public IReadOnlyList<Werkgroeplid> Werkgroep { get; init; } = [];

    public Begroting Begroting { get; init; } = new([], []);

    /// <summary>Remarks on the source document (inconsistencies found while migrating), shown with the plan.</summary>
    public IReadOnlyList<string> Bronopmerkingen { get; init; } = [];

    public IEnumerable<Actie> AlleActies() => Doelen.SelectMany(d => d.Acties);
}

/// <summary>A text for one year and one for several years (questionnaire item 6 scores them separately).</summary>
internal sealed record Tekstpaar(string? EenJaar, string? Meerjarig);

internal sealed record Doel(string Titel, int? Thema, IReadOnlyList<Actie> Acties);

internal sealed record Smart(string? Specifiek, string? Meetbaar, string? Acceptabel, string? Realistisch, string? Tijdsgebonden)
{
    public static Smart Leeg { get; } = new(null, null, null, null, null);

    public bool IsVolledig => new[] { Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdsgebonden }.All(t => !string.IsNullOrWhiteSpace(t));
}

/// <param name="Sleutel">Stable within the plan across versions: progress and the history of changes hang on it.</param>
/// <param name="Kwartaal">Planned quarter as "2024-Q2".</param>
/// <param name="Termijn">Due date as written: a date (2024-06-30) or a relative term ("binnen 3 maanden na goedkeuring").</param>
internal sealed record Actie(string Sleutel, string? Nummer, string Titel, Smart Smart, string? Eigenaar, string? Kwartaal, string? Termijn);

internal sealed record Werkgroeplid(string Naam, string? Rol, decimal? UrenPerWeek);

/// <param name="Formule">Optional parts the amount is computed from (hours per week × rate × weeks × number).</param>
/// <param name="IsWerkgroep">The line pays for werkgroep time: its hours are compared with the werkgroep's own hours.</param>
internal sealed record Begrotingsregel(string Post, string? Doelgroep, long? BedragCent, Formule? Formule, bool IsWerkgroep);

internal sealed record Formule(decimal UrenPerWeek, long TariefCent, decimal Weken, decimal Aantal = 1)
{
    public long UitkomstCent => (long)Math.Round(UrenPerWeek * TariefCent * Weken * Aantal, MidpointRounding.AwayFromZero);
}

/// <summary>A total as the source document states it, with the amount it was read as (null when it cannot be read unambiguously).</summary>
internal sealed record GesteldTotaal(string Tekst, string? Bron, long? BedragCent);

internal sealed record Begroting(IReadOnlyList<Begrotingsregel> Regels, IReadOnlyList<GesteldTotaal> GesteldeTotalen);

/// <summary>The themes of the Bestuursopdracht Inclusie en Diversiteit 2024–2028 (reference/themas.json).</summary>
internal static class Themas
{
    public static IReadOnlyDictionary<int, string> Bestuursopdracht2024 { get; } = new Dictionary<int, string>
    {
        [1] = "Toegankelijkheid",
        [2] = "Sociale veiligheid en antidiscriminatie",
        [3] = "Bewustzijn",
        [4] = "Maatwerkondersteuning",
        [5] = "Leiderschap",
        [6] = "Representatie",
        [7] = "Doorstroom en doorgroei",
        [8] = "Sturen en monitoring",
    };

    public static string Naam(int nummer) => Bestuursopdracht2024.TryGetValue(nummer, out var naam) ? $"{nummer}. {naam}" : $"thema {nummer}";
}
