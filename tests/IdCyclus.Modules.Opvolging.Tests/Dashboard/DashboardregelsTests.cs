using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Dashboard;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Opvolging.Tests.Domain;

namespace IdCyclus.Modules.Opvolging.Tests.Dashboard;

public class DashboardregelsTests
{
    private static readonly Guid Directie = Voorbeelden.Directie;

    [Theory]
    [InlineData(new double[0], "Geen")]
    [InlineData(new[] { 4.0 }, "OnderNorm")]
    [InlineData(new[] { 4.0, 4.0 }, "OnderNorm")]
    [InlineData(new[] { 7.5 }, "OnderNorm")]
    [InlineData(new[] { 8.0 }, "Voldoende")]
    [InlineData(new[] { 2.0, 12.0 }, "Voldoende")]
    public void Een_trekker_met_minimaal_de_norm_telt_twee_halve_niet(double[] uren, string verwacht)
    {
        Assert.Equal(Enum.Parse<Trekkerstand>(verwacht), Dashboardregels.Beoordeel(uren.Select(u => (decimal)u).ToList(), 8m));
    }

    private static VraagGegevens Vraag(string nummer, int max, string koppeling = "zelfde", string? vorig = null, bool gescoord = true) =>
        new(nummer, "A", "Vraag " + nummer, gescoord, gescoord ? max : null, null, null, null, koppeling, vorig, []);

    private static VragenlijstGegevens Lijst(int jaar, params VraagGegevens[] vragen) => new(jaar, $"Vragenlijst {jaar}", null, true, vragen, []);

    private static InterviewscoresGegevens Scores(params (string Nummer, int Score)[] scores) =>
        new(Directie, "DV", "sociaal", "trekker", scores.ToDictionary(s => s.Nummer, s => s.Score), null);

    [Fact]
    public void De_verandering_telt_alleen_vragen_die_in_beide_jaren_hetzelfde_zijn_gesteld_en_beantwoord()
    {
        var nu = Lijst(2024, Vraag("1", 3), Vraag("2", 3, "gewijzigd"), Vraag("3", 3, vorig: "4"), Vraag("5", 3), Vraag("9", 0, gescoord: false));
        var vorig = Lijst(2023, Vraag("1", 3), Vraag("2", 3), Vraag("4", 3));

        var score = Dashboardregels.Score(2024, nu, Scores(("1", 3), ("2", 3), ("3", 2), ("5", 1)), vorig, Scores(("1", 1), ("2", 0), ("4", 2)));

        // Total over every scored item of 2024; change over 1 (3 vs 1) and 3↔4 (2 vs 2) only: 2 is changed, 5 is new.
        Assert.Equal(new Scorebeeld(9, 12, 2, 2, null), score);
    }

    [Fact]
    public void Zonder_vergelijkbaar_interview_is_er_een_totaal_en_de_reden_waarom_geen_verandering()
    {
        var nu = Lijst(2024, Vraag("1", 3));

        Assert.Equal(new Scorebeeld(null, null, null, 0, "geen definitief interview in 2024"), Dashboardregels.Score(2024, nu, null, nu, Scores(("1", 1))));
        Assert.Equal("geen definitief interview in 2023", Dashboardregels.Score(2024, nu, Scores(("1", 2)), Lijst(2023, Vraag("1", 3)), null).GeenVergelijking);
        Assert.Equal("geen vragenlijst van 2023", Dashboardregels.Score(2024, nu, Scores(("1", 2)), null, null).GeenVergelijking);
        var anders = Dashboardregels.Score(2024, Lijst(2024, Vraag("1", 3, "nieuw")), Scores(("1", 2)), Lijst(2023, Vraag("1", 3)), Scores(("1", 1)));
        Assert.Equal((2, (int?)null), (anders.Totaal!.Value, anders.Verschil));
        Assert.Equal("geen vraag in beide jaren op dezelfde manier gesteld", anders.GeenVergelijking);
    }

    private static IndicatordefinitieGegevens Definitie(string id, decimal? streef, int peiljaarverschil = 0, string eenheid = "procent") =>
        new(id, id, eenheid, "bron", false, peiljaarverschil, null, streef, null, null, null);

    private static IndicatorwaardeGegevens Waarde(string id, string periode, decimal? getal, string? symbool = null) =>
        new(id, Directie.ToString(), "DV", periode, int.Parse(periode[..4], System.Globalization.CultureInfo.InvariantCulture), getal, symbool, null);

    [Fact]
    public void Indicatoren_onder_hun_streefcijfer_tellen_in_het_peiljaar_grootste_achterstand_eerst()
    {
        IndicatordefinitieGegevens[] definities =
        [
            Definitie("jongeren", 20), Definitie("migratie", 30, peiljaarverschil: 1), Definitie("vrouwen", 50),
            Definitie("medewerkers", null, eenheid: "medewerkers"),
            Definitie("leeg", 10),
        ];
        IndicatorwaardeGegevens[] waarden =
        [
            Waarde("jongeren", "2024", 18), Waarde("jongeren", "2023", 5),
            Waarde("migratie", "2023", 12), Waarde("migratie", "2024", 40),
            Waarde("vrouwen", "2024", 50),
            Waarde("medewerkers", "2024", 3),
            Waarde("leeg", "2024", null, "x"),
        ];

        var beeld = Dashboardregels.Indicatoren(2024, definities, waarden);

        Assert.Equal(3, beeld.Gemeten);
        Assert.Equal(["migratie", "jongeren"], beeld.Achterstanden.Select(a => a.IndicatorId));
        Assert.Equal(-18, beeld.Grootste!.Verschil);
    }

    [Fact]
    public void Een_maandindicator_telt_met_de_laatste_maand_van_het_peiljaar()
    {
        var beeld = Dashboardregels.Indicatoren(
            2024,
            [Definitie("banen", 10)],
            [Waarde("banen", "2024-03", 12), Waarde("banen", "2024-11", 9), Waarde("banen", "2024-02", 4)]);

        Assert.Equal(9, Assert.Single(beeld.Achterstanden).Waarde);
    }

    private static Afspraakweergave Weergave(Afspraak afspraak, string titel = "Werkgroep instellen")
    {
        var rij = new Afspraakrij
        {
            DirectieNaam = "DV", ClusterId = "sociaal", EigenaarNaam = "Directeur", VastgelegdDoor = "Bureau", Soort = Afspraaksoort.Overig,
            Omschrijving = titel, OorspronkelijkeDeadline = afspraak.OorspronkelijkeDeadline, HuidigeDeadline = afspraak.HuidigeDeadline,
        };
        return new Afspraakweergave(rij, afspraak, afspraak.Status(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Verschoven_deadlines_met_dagen_ook_als_de_afspraak_daarna_is_gedaan_naar_voren_telt_niet()
    {
        var later = Voorbeelden.Overige().Verschoven(new DateOnly(2025, 6, 11), op: new DateOnly(2025, 5, 1));
        var veelLater = Voorbeelden.Overige().Verschoven(new DateOnly(2025, 9, 1), op: new DateOnly(2025, 5, 1)).Gesloten(gedaan: true);
        var naarVoren = Voorbeelden.Overige().Verschoven(new DateOnly(2025, 5, 1), op: new DateOnly(2025, 4, 1));
        var terug = Voorbeelden.Overige()
            .Verschoven(new DateOnly(2025, 7, 1), op: new DateOnly(2025, 4, 1))
            .Verschoven(Voorbeelden.Deadline, op: new DateOnly(2025, 5, 1));

        var verschuivingen = Dashboardregels.Verschuivingen([Weergave(later, "A"), Weergave(veelLater, "B"), Weergave(naarVoren, "C"), Weergave(terug, "D")]);

        Assert.Equal([("B", 92, Afspraakstatus.Gedaan), ("A", 10, Afspraakstatus.TeLaat)], verschuivingen.Select(v => (v.Titel, v.Dagen, v.Status)));
    }
}
