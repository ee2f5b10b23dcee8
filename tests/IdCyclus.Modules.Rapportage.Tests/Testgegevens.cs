using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Rapportage.Tests;

/// <summary>
/// A small snapshot to compute with: two sections (Bedrijfsvoering with BIA, F&amp;I, Com; Sociaal with GGD), the 2024
/// questionnaire's scored items (1–10 randvoorwaarden, 6 at most 2; 11–13, 14a, 14b, 15 thema's: max 47) and a 2023
/// version in which item 4 was asked differently.
/// </summary>
internal static class Testgegevens
{
    public static readonly Sectie Bedrijfsvoering = new("bedrijfsvoering", "Bedrijfsvoering", null, "bedrijfsvoering");
    public static readonly Sectie Sociaal = new("sociaal", "Sociaal", null, "sociaal");
    public static readonly Directie Bia = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), "BIA", null, "bedrijfsvoering");
    public static readonly Directie Fi = new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "F&I", null, "bedrijfsvoering");
    public static readonly Directie Com = new(Guid.Parse("00000000-0000-0000-0000-000000000003"), "Com", "Communicatie", "bedrijfsvoering");
    public static readonly Directie Ggd = new(Guid.Parse("00000000-0000-0000-0000-000000000004"), "GGD", null, "sociaal");

    public static readonly string[] Nummers = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14a", "14b", "15"];

    public static VragenlijstGegevens Vragenlijstversie(int jaar, params (string Nummer, string Koppeling)[] koppelingen) =>
        new(jaar, $"Vragenlijst {jaar}", "maart tot maart", true,
            Nummers.Select(n => new VraagGegevens(n, int.Parse(new string(n.TakeWhile(char.IsDigit).ToArray())) <= 3 ? "A" : "B", $"Vraag {n}", true,
                    n == "6" ? 2 : 3, null, int.Parse(new string(n.TakeWhile(char.IsDigit).ToArray())) <= 10 ? "randvoorwaarde" : "thema", $"label {n}",
                    koppelingen.FirstOrDefault(k => k.Nummer == n).Koppeling ?? "zelfde", null, []))
                .Append(new VraagGegevens("16", "C", "Open vraag", false, null, null, null, null, "zelfde", null, []))
                .ToList(),
            [new("nog niet of beperkt begonnen", 0, 1), new("gestart", 2, 2), new("eerste resultaten behaald", 3, 3)]);

    /// <summary>Every scored item at <paramref name="score"/> (item 6 at most 2), without the listed items.</summary>
    public static InterviewscoresGegevens Interview(Directie d, int score, string respondent = "trekker", params string[] zonder) =>
        new(d.Id, d.Afkorting, d.SectieId, respondent,
            Nummers.Where(n => !zonder.Contains(n)).ToDictionary(n => n, n => n == "6" ? Math.Min(score, 2) : score), null);

    public static InterviewscoresGegevens Met(this InterviewscoresGegevens interview, string nummer, int score) =>
        interview with { Scores = new Dictionary<string, int>(interview.Scores) { [nummer] = score } };

    public static IndicatorwaardeGegevens Waarde(
        string indicator, string eenheid, string periode, decimal? getal, string? symbool = null, string? toelichting = null) =>
        new(indicator, eenheid, eenheid, periode, int.Parse(periode[..4]), getal, symbool, toelichting);

    public static readonly IReadOnlyList<IndicatordefinitieGegevens> Definities =
    [
        new("migratieachtergrond_schaal12plus", "Migratieachtergrond", "procent", "CBS", false, 1, null, 30, null, null, null),
        new("jongeren", "Jongeren", "procent", "P&O", false, 0, null, 20, null, null, null),
    ];

    public static Momentopname Momentopname(
        IEnumerable<InterviewscoresGegevens>? interviews = null,
        IEnumerable<InterviewscoresGegevens>? vorige = null,
        IEnumerable<IndicatorwaardeGegevens>? waarden = null,
        VragenlijstGegevens? vorigeVragenlijst = null,
        IEnumerable<ActieplanSamenvatting>? plannen = null) =>
        new(2024, false, [Bedrijfsvoering, Sociaal], [Bia, Fi, Com, Ggd],
            Vragenlijstversie(2024, ("4", "gewijzigd")), vorigeVragenlijst ?? Vragenlijstversie(2023),
            (interviews ?? []).ToList(), (vorige ?? []).ToList(), Definities, (waarden ?? []).ToList(), (plannen ?? []).ToList());
}
