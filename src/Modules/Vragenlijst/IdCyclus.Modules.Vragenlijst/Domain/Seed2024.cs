using System.Text.Json;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// The 2024 questionnaire as the report prints it (VGR2024, bijlage 1b), read from the reference file embedded as-is,
/// so the seed can never drift from the source of truth.
/// </summary>
internal static class Seed2024
{
    private const string Resource = "vragenlijst-2024.json";

    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly Lazy<(Vragenlijstinhoud Inhoud, string Naam, DateOnly Van, DateOnly Tot)> Gelezen = new(LeesBestand);

    public static string Naam => Gelezen.Value.Naam;

    /// <summary>"maart 2023 tot en met maart 2024", as the leeswijzer words it.</summary>
    public static string Meetperiode => $"{Maand(MeetperiodeVan)} tot en met {Maand(MeetperiodeTot)}";

    /// <summary>First day of the measurement period (the source names months only).</summary>
    public static DateOnly MeetperiodeVan => Gelezen.Value.Van;

    /// <summary>Last day of the period's last month: "tot en met maart 2024" includes all of March.</summary>
    public static DateOnly MeetperiodeTot => Gelezen.Value.Tot;

    public static Vragenlijstinhoud Lees() => Gelezen.Value.Inhoud;

    private static string Maand(DateOnly datum) => $"{Maanden[datum.Month - 1]} {datum.Year}";

    private static (Vragenlijstinhoud, string, DateOnly, DateOnly) LeesBestand()
    {
        using var stroom = typeof(Seed2024).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from the module assembly.");
        using var document = JsonDocument.Parse(stroom);
        var root = document.RootElement;

        var vragen = root.GetProperty("vragen").EnumerateArray().Select(LeesVraag).ToList();

        var periode = root.GetProperty("meetperiode");
        var van = DateOnly.ParseExact(periode.GetProperty("van").GetString() + "-01", "yyyy-MM-dd");
        var totMaand = DateOnly.ParseExact(periode.GetProperty("tot_en_met").GetString() + "-01", "yyyy-MM-dd");

        // Themagroepen stay the defaults: the report uses the three phrases but never maps them to scores
        // ("themas_opgepakt_grafiek.categorieen" is null), so Bureau may still change them per version.
        var inhoud = new Vragenlijstinhoud { Vragen = vragen };
        return (inhoud, root.GetProperty("naam").GetString()!, van, totMaand.AddMonths(1).AddDays(-1));
    }

    private static Vraag LeesVraag(JsonElement vraag)
    {
        var nummer = vraag.GetProperty("nummer").GetString()!;
        var soort = vraag.GetProperty("type").GetString() switch
        {
            "score" => VraagSoort.Score,
            "open" => VraagSoort.Open,
            var anders => throw new InvalidOperationException($"Item {nummer}: unknown type '{anders}' in {Resource}."),
        };
        var opties = vraag.GetProperty("antwoordopties") is { ValueKind: JsonValueKind.Array } lijst
            ? lijst.EnumerateArray().Select(o => new Antwoordoptie(o.GetProperty("score").GetInt32(), o.GetProperty("tekst").GetString()!)).ToList()
            : [];
        var groep = Tekst(vraag, "rapportgroep") switch
        {
            null => (Rapportgroep?)null,
            "randvoorwaarden" => Rapportgroep.Randvoorwaarde,
            "thema's" => Rapportgroep.Thema,
            var anders => throw new InvalidOperationException($"Item {nummer}: unknown rapportgroep '{anders}' in {Resource}."),
        };

        return new Vraag
        {
            Nummer = nummer,
            Sectie = vraag.GetProperty("sectie").GetString()!,
            Tekst = vraag.GetProperty("tekst").GetString()!,
            Soort = soort,
            Opties = opties,
            Max = Getal(vraag, "max_score"),
            OpOrdeVanaf = Getal(vraag, "score_op_orde"),
            Groep = groep,
            Label = Tekst(vraag, "label_in_rapport"),
            Opmerking = Tekst(vraag, "opmerking"),
            // The reference has no link to 2023 ("wijzigingen_tov_2023.specifieke_wijzigingen" is null): the file is read
            // as it is, and VersieSeed links it to the reconstructed 2023 version with each item's reason (Seed2023).
            Koppeling = Koppeling.Nieuw,
            VorigNummer = null,
        };
    }

    private static string? Tekst(JsonElement element, string naam) =>
        element.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.String ? waarde.GetString() : null;

    private static int? Getal(JsonElement element, string naam) =>
        element.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.Number ? waarde.GetInt32() : null;
}
