using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>Stored by name, so never renumber.</summary>
internal enum Blokstaat
{
    Concept,
    InReview,
    Definitief,
}

/// <summary>A narrative block of the report: where it stands and what it is called on the edit page.</summary>
internal sealed record Blokdefinitie(string Sleutel, string Titel, string? SectieId);

/// <summary>
/// The report's narrative blocks: aanleiding and samenvatting for the whole report, and per section the five the seed's
/// leeswijzer names (context, duiding randvoorwaarden, duiding thema's, een jaar later, aanbevelingen).
/// </summary>
internal static class Tekstblokken
{
    public const string Aanleiding = "aanleiding";
    public const string Samenvatting = "samenvatting";

    public static readonly IReadOnlyList<(string Soort, string Titel)> Sectiesoorten =
    [
        ("context", "Context"),
        ("randvoorwaarden", "Randvoorwaarden, wat valt op?"),
        ("themas", "Thema's, wat valt op?"),
        ("eenjaarlater", "Een jaar later, wat valt op?"),
        ("aanbevelingen", "Aanbevelingen"),
    ];

    public static string Sleutel(string sectieId, string soort) => $"{sectieId}:{soort}";

    public static IReadOnlyList<Blokdefinitie> Voor(IEnumerable<Sectie> secties) =>
    [
        new(Aanleiding, "Aanleiding en doel", null),
        new(Samenvatting, "Samenvatting: algemene conclusies", null),
        .. secties.SelectMany(s => Sectiesoorten.Select(k => new Blokdefinitie(Sleutel(s.Id, k.Soort), $"{s.Naam}: {k.Titel}", s.Id))),
    ];

    public static string Naam(this Blokstaat staat) => staat switch
    {
        Blokstaat.Concept => "concept",
        Blokstaat.InReview => "in review",
        Blokstaat.Definitief => "definitief",
        _ => staat.ToString(),
    };

    /// <summary>
    /// Concept → in review → definitief; review can send a block back to concept, and Bureau can reopen a definitive
    /// block (it becomes concept again). Skipping the review is refused: the werkgroep reads every block first.
    /// </summary>
    public static Fout? ControleerOvergang(Blokstaat van, Blokstaat naar) => (van, naar) switch
    {
        (Blokstaat.Concept, Blokstaat.InReview) or (Blokstaat.InReview, Blokstaat.Definitief)
            or (Blokstaat.InReview, Blokstaat.Concept) or (Blokstaat.Definitief, Blokstaat.Concept) => null,
        _ when van == naar => new Fout("Staat", $"Het blok is al {naar.Naam()}."),
        _ => new Fout("Staat", $"Een blok gaat niet van {van.Naam()} naar {naar.Naam()}: eerst in review, dan definitief."),
    };

    public const int MaxLengte = 20_000;

    public static IReadOnlyList<Fout> ControleerTekst(string? markdown) =>
        (markdown?.Length ?? 0) > MaxLengte
            ? [new Fout("Tekst", $"De tekst is {markdown!.Length} tekens; het maximum is {MaxLengte}.")]
            : [];
}
