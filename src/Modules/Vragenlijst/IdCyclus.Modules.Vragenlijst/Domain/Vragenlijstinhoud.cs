namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>Whether an item is scored (0..max) or an open, qualitative question.</summary>
internal enum VraagSoort
{
    Score,
    Open,
}

/// <summary>The report's two groups of scored items: randvoorwaarden (1–10) and thema's (11–15).</summary>
internal enum Rapportgroep
{
    Randvoorwaarde,
    Thema,
}

/// <summary>
/// How an item relates to last year's questionnaire. Only <see cref="Zelfde"/> items are compared between years:
/// a changed question measures something else, so comparing its scores would mislead the GMT.
/// </summary>
internal enum Koppeling
{
    Zelfde,
    Gewijzigd,
    Nieuw,
}

internal sealed record Antwoordoptie(int Score, string Tekst);

/// <summary>One item of a questionnaire version ("1", "14a", "16").</summary>
internal sealed record Vraag
{
    public required string Nummer { get; init; }

    public required string Sectie { get; init; }

    public required string Tekst { get; init; }

    public required VraagSoort Soort { get; init; }

    public IReadOnlyList<Antwoordoptie> Opties { get; init; } = [];

    /// <summary>Highest score (3; 2 for visie/ambitie). Null for open questions.</summary>
    public int? Max { get; init; }

    /// <summary>For a randvoorwaarde: the score from which it is "op orde" (the item's highest score).</summary>
    public int? OpOrdeVanaf { get; init; }

    public Rapportgroep? Groep { get; init; }

    /// <summary>Short name in the report's charts ("uren trekker", "BIWS").</summary>
    public string? Label { get; init; }

    public Koppeling Koppeling { get; init; } = Koppeling.Zelfde;

    /// <summary>Last year's item number this item is compared with (usually the same number).</summary>
    public string? VorigNummer { get; init; }

    /// <summary>
    /// Why the item is or is not comparable with last year, with its source where the documents give one. Null when
    /// Bureau set the koppeling by hand (the page then shows the koppeling alone).
    /// </summary>
    public string? KoppelingToelichting { get; init; }

    /// <summary>A remark from the source documents (e.g. overlapping option boundaries), shown to the user.</summary>
    public string? Opmerking { get; init; }

    public bool IsGescoord => Soort == VraagSoort.Score;
}

/// <summary>
/// A named band of score levels used to summarise the thema's ("gestart" = 2). The 2024 report uses the words but
/// never states the mapping, so Bureau sets it per version and the pages show it.
/// </summary>
internal sealed record Themagroep(string Naam, int Van, int Tot);

/// <summary>The content of a questionnaire version: frozen once published.</summary>
internal sealed record Vragenlijstinhoud
{
    public required IReadOnlyList<Vraag> Vragen { get; init; }

    public IReadOnlyList<Themagroep> Themagroepen { get; init; } = StandaardThemagroepen;

    /// <summary>Items of last year's version that were dropped (not asked this year).</summary>
    public IReadOnlyList<string> Vervallen { get; init; } = [];

    public static IReadOnlyList<Themagroep> StandaardThemagroepen { get; } =
    [
        new("nog niet of beperkt begonnen", 0, 1),
        new("gestart", 2, 2),
        new("eerste resultaten behaald", 3, 3),
    ];

    public IEnumerable<Vraag> GescoordeVragen => Vragen.Where(v => v.IsGescoord);

    public Vraag? Zoek(string nummer) => Vragen.FirstOrDefault(v => v.Nummer == nummer);
}
