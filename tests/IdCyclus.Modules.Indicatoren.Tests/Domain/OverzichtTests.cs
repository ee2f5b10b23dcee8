using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using static IdCyclus.Modules.Indicatoren.Tests.Testorganisatie;

namespace IdCyclus.Modules.Indicatoren.Tests.Domain;

/// <summary>The gap and check rules of a report year, on the 2024 figures of the report.</summary>
public sealed class OverzichtTests
{
    private static readonly string Wpi = Testorganisatie.Wpi.Id.ToString();
    private static readonly string Fi = Testorganisatie.Fi.Id.ToString();

    private static Indicatorwaarde W(string indicator, string eenheid, string periode, decimal? getal, string? symbool = null, string? onder = null) => new()
    {
        Id = Guid.NewGuid(),
        IndicatorId = indicator,
        EenheidId = eenheid,
        EenheidNaam = eenheid,
        Periode = periode,
        Jaar = int.Parse(periode[..4], System.Globalization.CultureInfo.InvariantCulture),
        Getal = getal,
        Symbool = symbool,
        OnderSectieId = onder,
        GewijzigdDoor = "test",
        Versie = 1,
    };

    private static readonly Indicatorwaarde[] Quota2024 =
    [
        W("banenafspraak_quotum", "gemeente", "2024", 667.5m),
        W("banenafspraak_quotum", "bedrijfsvoering", "2024", 86.11m),
        W("banenafspraak_quotum", "bestuur_en_organisatie", "2024", 21.29m),
        W("banenafspraak_quotum", "sociaal", "2024", 166.34m),
        W("banenafspraak_quotum", "stadsdelen", "2024", 61.61m),
        W("banenafspraak_quotum", "stadswerken_en_beheer", "2024", 143.45m),
    ];

    private static Overzicht Bereken(int jaar, params Indicatorwaarde[] waarden) => Bereken(jaar, Definities, waarden);

    private static Overzicht Bereken(int jaar, Definitieset definities, params Indicatorwaarde[] waarden) =>
        Indicatoroverzicht.Bereken(jaar, definities, waarden, Register);

    private static Overzichtsregel Regel(Overzicht o, string indicator, string eenheid) =>
        o.Regels.Single(r => r.Definitie.IndicatorId == indicator && r.Eenheid.Id == eenheid);

    [Fact]
    public void Het_gemeentequotum_wordt_getoetst_aan_de_som_van_de_sectiequota_en_niet_gecorrigeerd()
    {
        // The five sections of the test organisation: 86,11 + 21,29 + 166,34 + 61,61 + 143,45 = 478,80.
        var o = Bereken(2024, Quota2024);

        var controle = Assert.Single(o.Controles, c => c.Soort == "som-secties");
        Assert.Equal(667.5m, controle.Totaal);
        Assert.Equal(478.80m, controle.SomOnderdelen);
        Assert.Equal(188.70m, controle.Verschil);
        Assert.Equal("Gemeente", controle.Eenheid);
        Assert.Equal(667.5m, Regel(o, "banenafspraak_quotum", "gemeente").Waarde.Getal);
    }

    [Fact]
    public void Met_alle_secties_is_het_verschil_dat_van_het_rapport_667_5_tegen_663_29()
    {
        var secties = new[] { ("a", 86.11m), ("b", 21.29m), ("c", 42.05m), ("d", 142.44m), ("e", 166.34m), ("f", 61.61m), ("g", 143.45m) };
        var register = new Eenhedenregister(
            [], secties.Select(s => new IdCyclus.Modules.Organisatie.Contracts.RapportsectieGegevens(s.Item1, s.Item1, null, s.Item1, null)), []);
        var waarden = secties.Select(s => W("banenafspraak_quotum", s.Item1, "2024", s.Item2))
            .Append(W("banenafspraak_quotum", "gemeente", "2024", 667.5m))
            .ToList();

        var controle = Assert.Single(Indicatoroverzicht.Bereken(2024, Definities, waarden, register).Controles);

        Assert.Equal((667.5m, 663.29m, 4.21m), (controle.Totaal!.Value, controle.SomOnderdelen!.Value, controle.Verschil!.Value));
        Assert.Equal(
            "Quotum Wet banenafspraak 2024: het gemeentetotaal is 667,5, de som van 7 rapportsecties is 663,29 (verschil 4,21). "
            + "De cijfers worden niet aangepast: leg vast welke juist is.",
            controle.Tekst);
    }

    [Fact]
    public void Sluitende_quota_geven_geen_controle()
    {
        var o = Bereken(2024, W("banenafspraak_quotum", "gemeente", "2024", 10m), W("banenafspraak_quotum", "bedrijfsvoering", "2024", 2m),
            W("banenafspraak_quotum", "bestuur_en_organisatie", "2024", 2m), W("banenafspraak_quotum", "sociaal", "2024", 2m),
            W("banenafspraak_quotum", "stadsdelen", "2024", 2m), W("banenafspraak_quotum", "stadswerken_en_beheer", "2024", 2m));

        Assert.Empty(o.Controles);
    }

    [Fact]
    public void Het_rapport_2024_toont_het_migratiecijfer_van_2023_tegen_het_streefcijfer_in_procentpunten()
    {
        var regel = Regel(Bereken(2024, W("migratieachtergrond_schaal12plus", "sociaal", "2023", 13m)), "migratieachtergrond_schaal12plus", "sociaal");

        Assert.Equal(new Periode(2023, null), regel.Periode);
        Assert.Equal(30m, regel.Streefcijfer);
        Assert.Equal(-17m, regel.Verschil);
        Assert.Equal(Voldoet.Nee, regel.Voldoet);
    }

    [Fact]
    public void Gerealiseerde_banen_gebruiken_de_laatste_maand_van_het_jaar_tegen_het_quotum_van_dat_jaar()
    {
        var o = Bereken(2024, [
            .. Quota2024, W("banenafspraak_gerealiseerd", "sociaal", "2024-01", 191m), W("banenafspraak_gerealiseerd", "sociaal", "2024-04", 194m),
            W("banenafspraak_gerealiseerd", "bedrijfsvoering", "2024-01", 53m), W("banenafspraak_gerealiseerd", "bedrijfsvoering", "2024-04", 50m)]);

        var sociaal = Regel(o, "banenafspraak_gerealiseerd", "sociaal");
        Assert.Equal(
            (new Periode(2024, 4), 194m, 166.34m, 27.66m, Voldoet.Ja),
            (sociaal.Periode, sociaal.Waarde.Getal!.Value, sociaal.Streefcijfer!.Value, sociaal.Verschil!.Value, sociaal.Voldoet!.Value));
        var bedrijfsvoering = Regel(o, "banenafspraak_gerealiseerd", "bedrijfsvoering");
        Assert.Equal((-36.11m, Voldoet.Nee), (bedrijfsvoering.Verschil!.Value, bedrijfsvoering.Voldoet!.Value));
        var reeks = o.Reeksen.Single(r => r.Eenheid.Id == "sociaal");
        Assert.Equal(["2024-01", "2024-04"], reeks.Punten.Select(p => p.Periode.ToString()));
    }

    [Fact]
    public void Zonder_quotum_of_met_een_cbs_teken_is_voldoet_onbekend_en_er_is_geen_verschil()
    {
        var o = Bereken(2024,
            W("banenafspraak_gerealiseerd", "sociaal", "2024-01", 191m),
            W("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2023", null, "x"),
            W("migratieachtergrond_schaal12plus", "sociaal", "2023", null, "."));

        Assert.All(o.Regels, r => Assert.Equal((Voldoet.Onbekend, (decimal?)null), (r.Voldoet!.Value, r.Verschil)));
        Assert.Equal("x", Regel(o, "migratieachtergrond_schaal12plus", "bedrijfsvoering").Waarde.Tekst);
    }

    [Fact]
    public void Een_indicator_zonder_doel_heeft_geen_voldoet()
    {
        var regel = Regel(Bereken(2024, W("dialoogsessies", Wpi, "2024", 3m)), "dialoogsessies", Wpi);

        Assert.Null(regel.Voldoet);
        Assert.Null(regel.Streefcijfer);
    }

    [Theory]
    [InlineData(20, "Ja", 0)]
    [InlineData(19.9, "Nee", -0.1)]
    [InlineData(35, "Ja", 15)]
    public void Jongeren_voldoen_vanaf_twintig_procent(decimal waarde, string verwacht, decimal verschil)
    {
        var voldoet = Enum.Parse<Voldoet>(verwacht);
        var regel = Regel(Bereken(2024, W("jongeren", Wpi, "2024", waarde)), "jongeren", Wpi);

        Assert.Equal((voldoet, verschil), (regel.Voldoet!.Value, regel.Verschil!.Value));
    }

    [Fact]
    public void Een_sectiecijfer_zonder_uitsplitsing_per_directie_wordt_gemeld()
    {
        var o = Bereken(2024, W("jongeren", "bestuur_en_organisatie", "2024", 22m), W("jongeren", "sociaal", "2024", 21m), W("jongeren", Wpi, "2024", 19m));

        var controle = Assert.Single(o.Controles);
        Assert.Equal(("geen-directie-uitsplitsing", "Bestuur en Organisatie"), (controle.Soort, controle.Eenheid));
        Assert.Equal(
            "Percentage jongeren (medewerkers tot 35 jaar): voor Bestuur en Organisatie is alleen een cijfer op sectieniveau (22, 2024), "
            + "geen uitsplitsing per directie.",
            controle.Tekst);
    }

    [Fact]
    public void Een_directie_onder_een_sectie_waar_ze_niet_bij_hoort_wordt_gemeld_en_niet_verplaatst()
    {
        var o = Bereken(2024, W("jongeren", Wpi, "2024", 19m, onder: "bedrijfsvoering"), W("jongeren", Fi, "2024", 25m, onder: "bedrijfsvoering"));

        var controle = Assert.Single(o.Controles);
        Assert.Equal("directie-onder-andere-sectie", controle.Soort);
        Assert.Equal(
            "Percentage jongeren (medewerkers tot 35 jaar): Werk, Participatie en Inkomen (WPI) is aangeleverd onder Bedrijfsvoering, "
            + "maar hoort volgens Organisatie bij Sociaal.",
            controle.Tekst);
        Assert.Equal("sociaal", Regel(o, "jongeren", Wpi).Eenheid.SectieId);
    }

    [Fact]
    public void De_trend_vergelijkt_met_het_cijfer_van_vorig_jaar()
    {
        var o = Bereken(2024, W("jongeren", Wpi, "2023", 18m), W("jongeren", Wpi, "2024", 21m), W("jongeren", Fi, "2024", 21m),
            W("jongeren", "sociaal", "2023", 20m),
            W("migratieachtergrond_schaal12plus", "sociaal", "2022", 12m),
            W("migratieachtergrond_schaal12plus", "sociaal", "2023", 13m));

        var wpi = Regel(o, "jongeren", Wpi).Trend;
        Assert.Equal((Trendsoort.Hoger, 3m, new Periode(2023, null)), (wpi.Soort, wpi.Verschil!.Value, wpi.VorigePeriode!.Value));
        Assert.Equal("geen eerder cijfer", Regel(o, "jongeren", Fi).Trend.Toelichting);
        Assert.Equal("geen nieuw cijfer sinds vorig jaar", Regel(o, "jongeren", "sociaal").Trend.Toelichting);
        var migratie = Regel(o, "migratieachtergrond_schaal12plus", "sociaal");
        Assert.Equal(
            (new Periode(2023, null), Trendsoort.Hoger, new Periode(2022, null)),
            (migratie.Periode, migratie.Trend.Soort, migratie.Trend.VorigePeriode!.Value));
    }

    [Fact]
    public void Een_nieuwe_cbs_indeling_breekt_de_trend()
    {
        var herkomst = DefinitieSeed.Lees().Select(d => d).ToList();
        var oud = herkomst.Single(d => d.IndicatorId == "migratieachtergrond_schaal12plus");
        herkomst.Add(new Indicatordefinitie
        {
            Jaar = 2026, IndicatorId = oud.IndicatorId, Naam = "Percentage medewerkers met herkomst buiten Europa (schaal 12 en hoger)", Soort = oud.Soort,
            Niveaus = oud.Niveaus, Eenheid = oud.Eenheid, Bron = oud.Bron, Peiljaarverschil = 1, Classificatie = "herkomst Nederland / Europa / buiten Europa",
        });
        var definities = new Definitieset(herkomst);

        var o = Bereken(
            2026, definities, W("migratieachtergrond_schaal12plus", "sociaal", "2024", 14m), W("migratieachtergrond_schaal12plus", "sociaal", "2025", 19m));

        var regel = Regel(o, "migratieachtergrond_schaal12plus", "sociaal");
        Assert.Equal(Trendsoort.Breuk, regel.Trend.Soort);
        Assert.Null(regel.Trend.Verschil);
        Assert.Null(regel.Streefcijfer);
        Assert.Null(regel.Voldoet);
        Assert.Equal("herkomst Nederland / Europa / buiten Europa", definities.Voor("migratieachtergrond_schaal12plus", 2025).Classificatie);
        Assert.Equal("westers / niet-westers", definities.Voor("migratieachtergrond_schaal12plus", 2024).Classificatie);
    }
}
