using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;

namespace IdCyclus.Modules.Vragenlijst.Tests.Demo;

/// <summary>
/// The fictional demo interviews hold what the 2024 report (VGR2024) states. The sections and their directies are
/// written out here from the report's respondent lines, independent of the demo tables.
/// </summary>
public sealed class DemoInterviewsTests
{
    private static readonly Dictionary<string, string[]> Secties = new()
    {
        ["Bedrijfsvoering"] = ["Com", "BIA", "JB", "FB", "VGA", "F&I", "P&O"],
        ["Bestuur en Organisatie"] = ["OOV", "BMA", "BI", "DMC", "JZ"],
        ["Digitalisering, Innovatie en Informatie"] = ["D&I", "DV", "Stadsarchief", "Data", "DSI"],
        ["Ruimte en Economie"] = ["G&O", "Wonen", "GV", "Zuidas", "UI&E", "R&D", "IB", "V&OR", "PMB", "EZC"],
        ["Sociaal"] = ["S&B", "WPI", "OJZD", "GGD", "SIS"],
        ["Stadsdelen"] = ["Centrum", "Noord", "Oost", "West", "Nieuw-West", "Zuidoost", "Zuid"],
        ["Beheer en Dienstverlening"] = ["THOR", "A&G", "Belastingen", "DVL", "SW"],
    };

    private static readonly Vragenlijstinhoud Inhoud2023 = Seed2023.Lees();

    private static readonly Vragenlijstinhoud Inhoud2024 = Seed2023.Koppel2024(Seed2024.Lees());

    private static readonly Dictionary<string, Dictionary<string, Antwoord>> Antwoorden2024 =
        DemoInterviews.Jaar2024.ToDictionary(d => d.Directie, d => DemoInterviews.Antwoorden(d, Inhoud2024));

    private static readonly Dictionary<string, Dictionary<string, Antwoord>> Antwoorden2023 =
        DemoInterviews.Jaar2023.ToDictionary(d => d.Directie, d => DemoInterviews.Antwoorden(d, Inhoud2023));

    private static int? Totaal(string directie) => Scoring.Bereken(Inhoud2024, Antwoorden2024[directie]).Totaal;

    private static int Score(string directie, string vraag) => Antwoorden2024[directie][vraag].Score!.Value;

    [Fact]
    public void Elke_directie_van_het_rapport_2024_heeft_precies_een_demo_interview_over_2024()
    {
        Assert.Equal(44, Secties.Values.Sum(d => d.Length));
        Assert.Equal(
            Secties.Values.SelectMany(d => d).Order(StringComparer.Ordinal),
            DemoInterviews.Jaar2024.Select(d => d.Directie).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Het_gemiddelde_per_sectie_ligt_rond_de_30_en_geen_directie_haalt_47()
    {
        // "De gemiddelde score ligt rond de 30" and "Geen van de directies heeft 47 punten gescoord": band ±5 per
        // section, ±2 for the whole municipality, over the complete totals (an incomplete one is no total).
        foreach (var (sectie, directies) in Secties)
        {
            var totalen = directies.Select(Totaal).OfType<int>().ToList();
            Assert.InRange(totalen.Average(), 25, 35);
        }

        var alle = DemoInterviews.Jaar2024.Select(d => Totaal(d.Directie)).OfType<int>().ToList();
        Assert.InRange(alle.Average(), 28, 32);
        Assert.True(alle.Max() < 47, $"Hoogste totaal {alle.Max()}");
    }

    [Fact]
    public void Zuidoost_mist_biws_toegankelijkheid_leren_en_sociale_veiligheid_en_heeft_geen_totaal()
    {
        Assert.Equal(["12", "13", "14a", "14b", "15"], Scoring.Bereken(Inhoud2024, Antwoorden2024["Zuidoost"]).Ontbreekt);
        Assert.Single(DemoInterviews.Jaar2024, d => Totaal(d.Directie) is null);
    }

    [Fact]
    public void Twee_directies_hebben_geen_interview_over_2023_met_de_reden_uit_het_rapport()
    {
        string[] zonder = ["UI&E", "V&OR"];

        Assert.Equal(
            zonder,
            DemoInterviews.Jaar2024.Select(d => d.Directie).Except(DemoInterviews.Jaar2023.Select(d => d.Directie)).Order(StringComparer.Ordinal));
        Assert.Equal(zonder, DemoInterviews.Ontbrekend2023.Select(o => o.Directie).Order(StringComparer.Ordinal));
        Assert.Contains("geen data beschikbaar is over 2023", DemoInterviews.Ontbrekend2023.Single(o => o.Directie == "V&OR").Reden, StringComparison.Ordinal);
        Assert.Contains("niet deel", DemoInterviews.Ontbrekend2023.Single(o => o.Directie == "UI&E").Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Alleen_vor_uie_en_zuidoost_hebben_geen_vergelijkbare_score_tussen_2023_en_2024()
    {
        var nietVergelijkbaar = DemoInterviews.Jaar2024
            .Where(d =>
            {
                var vergelijking = Antwoorden2023.TryGetValue(d.Directie, out var vorig)
                    ? Scoring.VergelijkMetVorigJaar(Inhoud2024, Antwoorden2024[d.Directie], Inhoud2023, vorig)
                    : null;
                return Jaarvergelijking.WaaromNiet(vergelijking, 2024, null) is not null;
            })
            .Select(d => d.Directie)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["UI&E", "V&OR", "Zuidoost"], nietVergelijkbaar);
    }

    [Theory]
    [InlineData("FB", 1)]
    [InlineData("F&I", -1)]
    [InlineData("P&O", 1)]
    [InlineData("JZ", -1)]
    [InlineData("BI", 1)]
    [InlineData("Data", 1)]
    [InlineData("DV", 1)]
    [InlineData("DSI", 1)]
    [InlineData("Stadsarchief", -1)]
    [InlineData("Zuidas", 1)]
    [InlineData("GV", -1)]
    [InlineData("IB", 1)]
    [InlineData("R&D", 1)]
    [InlineData("GGD", 1)]
    [InlineData("OJZD", -1)]
    [InlineData("West", -1)]
    [InlineData("Oost", 1)]
    [InlineData("Noord", 1)]
    [InlineData("Nieuw-West", 1)]
    [InlineData("A&G", 1)]
    [InlineData("Belastingen", 1)]
    public void De_opvallende_veranderingen_van_een_jaar_later_gaan_de_kant_op_die_het_rapport_noemt(string directie, int richting)
    {
        var vergelijking = Scoring.VergelijkMetVorigJaar(Inhoud2024, Antwoorden2024[directie], Inhoud2023, Antwoorden2023[directie]);

        Assert.Equal(richting, Math.Sign(vergelijking.Verschil!.Value));
    }

    [Fact]
    public void De_gemeentebrede_beelden_kloppen_met_de_tekst_van_het_rapport()
    {
        int Aantal(string vraag, Func<int, bool> voorwaarde) =>
            Antwoorden2024.Values.Count(a => a.TryGetValue(vraag, out var antwoord) && voorwaarde(antwoord.Score!.Value));

        // "De helft van de directies heeft een geformaliseerde werkgroep waarbij leden tijd hebben."
        Assert.InRange(Aantal("3", s => s == 3), 18, 26);
        // "Bij ongeveer de helft van de directies zijn de eerste resultaten behaald op ... Bewustwording en BIWS"
        Assert.InRange(Aantal("11", s => s == 3), 17, 27);
        Assert.InRange(Aantal("12", s => s == 3), 17, 27);
        // "Slechts een klein aantal directies laat resultaten zien op de andere thema's"
        Assert.All(new[] { "13", "14a", "14b", "15" }, v => Assert.InRange(Aantal(v, s => s == 3), 0, 5));
        // "72% van de directie is hier [Leren en Ontwikkelen] nog niet of beperkt begonnen" (scores 0–1, 14a and 14b)
        var beantwoord = Aantal("14a", _ => true) + Aantal("14b", _ => true);
        var beperkt = Aantal("14a", s => s <= 1) + Aantal("14b", s => s <= 1);
        Assert.InRange(100m * beperkt / beantwoord, 68m, 76m);
        // "De meeste directies hebben een trekker": only P&O, Stadsarchief and UI&E have none.
        Assert.Equal(["P&O", "Stadsarchief", "UI&E"], Antwoorden2024.Where(a => a.Value["1"].Score == 0).Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Feiten_per_directie_uit_de_clusterpaginas()
    {
        // Bedrijfsvoering: "Alle trekkers, behalve FB, hebben relatief weinig uur"; first results on BIWS and Bewustwording everywhere.
        Assert.All(new[] { "Com", "BIA", "JB", "VGA", "F&I" }, d => Assert.True(Score(d, "2") < 3, d));
        Assert.Equal(3, Score("FB", "2"));
        Assert.All(Secties["Bedrijfsvoering"], d => Assert.Equal((3, 3), (Score(d, "11"), Score(d, "12"))));
        // B&O: "OOV heeft als enige directie een meerjaren-visie/ambitie opgesteld".
        Assert.Equal(["OOV"], Secties["Bestuur en Organisatie"].Where(d => Score(d, "6") == 2));
        // R&E: "Bij alle directies, behalve bij EZC, zijn de randvoorwaarden op orde. PMB mist wel een meerjaren visie/ambitie."
        Assert.All(new[] { "R&D", "IB", "V&OR" }, d => Assert.All(Scoring.Bereken(Inhoud2024, Antwoorden2024[d]).OpOrde.Values, o => Assert.True(o)));
        Assert.Equal(["6"], Scoring.Bereken(Inhoud2024, Antwoorden2024["PMB"]).OpOrde.Where(o => o.Value != true).Select(o => o.Key));
        // Stadsdelen: "In Zuid is er geen actieplan"; Beheer en Dienstverlening: Belastingen "uren voor de trekker" ontbreken.
        Assert.Equal(0, Score("Zuid", "5"));
        Assert.Equal(0, Score("Belastingen", "2"));
    }

    [Fact]
    public void De_respondenttypen_volgen_de_respondentregels_van_het_rapport()
    {
        var typen = DemoInterviews.Jaar2024.ToDictionary(d => d.Directie, d => d.Respondenttype);

        Assert.Equal(Respondenttype.WaarnemendMtLid, typen["P&O"]);
        Assert.Equal(Respondenttype.Directeur, typen["R&D"]);
        Assert.Equal(Respondenttype.TijdelijkContactpersoonMtLid, typen["UI&E"]);
        Assert.All(new[] { "Data", "DSI", "G&O", "GV", "EZC", "Belastingen", "SW" }, d => Assert.Equal(Respondenttype.TrekkerMtLid, typen[d]));
        Assert.All(
            Secties["Sociaal"].Concat(Secties["Stadsdelen"]).Concat(Secties["Bestuur en Organisatie"]),
            d => Assert.Equal(Respondenttype.Trekker, typen[d]));
    }
}
