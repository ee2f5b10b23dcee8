namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// The answer to one item: a score for a scored item, a text for an open one, and an optional note. An item without
/// an answer is simply absent from the answers: "ontbreekt", never 0.
/// </summary>
internal sealed record Antwoord(int? Score = null, string? Tekst = null, string? Notitie = null);

/// <summary>Who answered for the directie (VGR2024, bijlage 2.3.1 and the cluster pages).</summary>
internal enum Respondenttype
{
    Trekker,
    TrekkerMtLid,
    WaarnemendMtLid,
    Directeur,
    TijdelijkContactpersoonMtLid,
}

internal static class RespondenttypeTekst
{
    /// <summary>Every type with its import key and its Dutch label as the report writes it.</summary>
    public static IReadOnlyList<(Respondenttype Type, string Sleutel, string Label)> Alle { get; } =
    [
        (Respondenttype.Trekker, "trekker", "trekker"),
        (Respondenttype.TrekkerMtLid, "trekker-mt-lid", "trekker = MT-lid"),
        (Respondenttype.WaarnemendMtLid, "waarnemend-mt-lid", "MT-lid (waarnemend, bij directies zonder trekker)"),
        (Respondenttype.Directeur, "directeur", "directeur"),
        (Respondenttype.TijdelijkContactpersoonMtLid, "tijdelijk-contactpersoon-mt-lid", "geen trekker, tijdelijk contactpersoon + MT-lid"),
    ];

    public static string Label(this Respondenttype type) => Alle.First(a => a.Type == type).Label;

    public static string Sleutel(this Respondenttype type) => Alle.First(a => a.Type == type).Sleutel;

    /// <summary>
    /// Reads an import key or a report label, ignoring case, spaces and punctuation: Bureau's spreadsheets write
    /// "trekker = MT-lid", "waarnemend MT-lid" or "tijdelijk contactpersoon + MT-lid" as well as the keys.
    /// </summary>
    public static bool ProbeerLees(string? tekst, out Respondenttype type)
    {
        var gezocht = Normaliseer(tekst);
        var gevonden = Alle.FirstOrDefault(a => gezocht.Length > 0 && (Normaliseer(a.Sleutel) == gezocht || Normaliseer(a.Label) == gezocht));
        type = gevonden.Type;
        return gevonden.Sleutel is not null;
    }

    private static string Normaliseer(string? tekst) =>
        new((tekst ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
