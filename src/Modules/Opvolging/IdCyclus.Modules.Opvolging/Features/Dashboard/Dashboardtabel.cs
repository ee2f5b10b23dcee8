using System.Globalization;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// One cell as the page, the CSV and the XLSX show it: the same text everywhere. <see cref="Getal"/> only where the
/// text is that number and nothing else, so the XLSX stores it as a number (a spreadsheet can sum it) without
/// showing anything the page does not. <see cref="Signaal"/> marks what needs the GMT's attention; the text says it
/// too, never the colour alone.
/// </summary>
internal sealed record Cel(string Tekst, decimal? Getal = null, bool Signaal = false);

/// <summary>
/// The dashboard as a table: the columns and every directie's cells. The page renders exactly these cells (with the
/// section as the caption of its table), and the exports write exactly these with the section as first column, so an
/// export is always what the filtered page shows.
/// </summary>
internal static class Dashboardtabel
{
    public const string SectieKolom = "Sectie";

    public static IReadOnlyList<string> Kolommen(int jaar, Urennorm norm) =>
    [
        "Directie",
        "Trekker",
        $"Trekker met minimaal {Systeemcontrole.Uren(norm.Uren)}",
        "Actieplan",
        "Laatst bijgewerkt",
        "Laatst goedgekeurd",
        $"Totaalscore {jaar}",
        $"Verandering t.o.v. {jaar - 1}",
        "Indicatoren onder streefcijfer",
        "Lopende afspraken",
        "Te laat",
        "Verschoven deadlines",
    ];

    public static IReadOnlyList<Cel> Cellen(Dashboardregel r, Urennorm norm) =>
    [
        new(r.Directie.Weergavenaam),
        new(r.Trekkers.Count == 0 ? "geen trekker" : string.Join("; ", r.Trekkers.Select(t => $"{t.Naam} ({Systeemcontrole.Uren(t.Uren)})"))),
        Urennorm(r.Trekkerstand, norm),
        new(r.Actieplan is { } p ? $"{p.Jaar}, versie {p.Versie}: {p.Versiestatus}" : "geen actieplan", Signaal: r.Actieplan is null),
        new(r.Actieplan is { } b ? Nederlands.Datum(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.LaatstBijgewerkt, Tijd.Amsterdam).DateTime)) : "—"),
        new(r.Actieplan?.LaatstGoedgekeurdOp is { } g ? Nederlands.Datum(g) : "nog nooit", Signaal: r.Actieplan?.LaatstGoedgekeurdOp is null),
        r.Score.Totaal is { } totaal ? new($"{totaal} van {r.Score.Max}") : new(r.Score.GeenVergelijking ?? "—"),
        Verandering(r.Score),
        Indicatoren(r.Indicatoren),
        new(r.Afspraken.Lopend.ToString(CultureInfo.InvariantCulture), r.Afspraken.Lopend),
        new(r.Afspraken.TeLaat.ToString(CultureInfo.InvariantCulture), r.Afspraken.TeLaat, r.Afspraken.TeLaat > 0),
        Verschoven(r.Verschuivingen),
    ];

    /// <summary>The flag names the recommendation's hours; where they come from is stated once above the table (<see cref="Urennorm.Herkomst"/>).</summary>
    public static Cel Urennorm(Trekkerstand stand, Urennorm norm) => stand switch
    {
        Trekkerstand.Voldoende => new("ja"),
        Trekkerstand.OnderNorm => new($"nee, minder dan {Systeemcontrole.Uren(norm.Uren)} per week", Signaal: true),
        _ => new("nee, geen trekker", Signaal: true),
    };

    /// <summary>"3 hoger", not "+3": a leading plus or minus is a formula to a spreadsheet, and words read better aloud.</summary>
    public static Cel Verandering(Scorebeeld score) => score.Verschil switch
    {
        null => new(score.GeenVergelijking ?? "—"),
        0 => new($"gelijk ({Vragen(score.VergelekenVragen)})"),
        > 0 and var v => new($"{v} hoger ({Vragen(score.VergelekenVragen)})"),
        var v => new($"{-v} lager ({Vragen(score.VergelekenVragen)})", Signaal: true),
    };

    public static Cel Indicatoren(Indicatorbeeld beeld) => beeld switch
    {
        { Gemeten: 0 } => new("geen cijfers met streefcijfer"),
        { Grootste: null } => new($"0 van {beeld.Gemeten}"),
        _ => new($"{beeld.Achterstanden.Count} van {beeld.Gemeten}: {string.Join("; ", beeld.Achterstanden.Select(Achterstand))}",
            Signaal: true),
    };

    public static Cel Verschoven(IReadOnlyList<Verschuiving> verschuivingen) => verschuivingen.Count == 0
        ? new("0", 0)
        : new($"{verschuivingen.Count}: {string.Join("; ", verschuivingen.Select(v => $"{v.Titel} {Dagen(v.Dagen)} later"))}", Signaal: true);

    private static string Achterstand(Indicatorachterstand a) => $"{a.Naam} {Getal(a.Waarde, a.Eenheid)} (streefcijfer {Getal(a.Streefcijfer, a.Eenheid)})";

    private static string Getal(decimal waarde, string eenheid) =>
        eenheid == "procent" ? $"{waarde.ToString("0.#", Nederlands.Cultuur)} %" : $"{waarde.ToString("0.##", Nederlands.Cultuur)} {eenheid}";

    private static string Vragen(int aantal) => aantal == 1 ? "1 vraag" : $"{aantal} vragen";

    private static string Dagen(int dagen) => dagen == 1 ? "1 dag" : $"{dagen} dagen";
}
