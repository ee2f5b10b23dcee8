using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Tests.Testdata;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class ScoringTests
{
    private static readonly Vragenlijstinhoud Inhoud = Seed2024.Lees();

    [Fact]
    public void Alle_vragen_maximaal_geeft_totaal_47_en_alles_volledig()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Bouw());

        Assert.Equal(47, uitslag.Totaal);
        Assert.Equal(47, uitslag.Som);
        Assert.Equal(47, uitslag.Max);
        Assert.Equal(29, uitslag.Randvoorwaarden);
        Assert.Equal(29, uitslag.RandvoorwaardenMax);
        Assert.Equal(18, uitslag.Themas);
        Assert.Equal(18, uitslag.ThemasMax);
        Assert.True(uitslag.IsVolledig);
        Assert.Empty(uitslag.Ontbreekt);
        Assert.All(uitslag.OpOrde.Values, w => Assert.True(w));
    }

    [Fact]
    public void Volledige_antwoorden_geven_de_som_als_totaal_en_sectiesommen()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Alles(2).Bouw());

        Assert.Equal(32, uitslag.Totaal);
        Assert.Equal(
            [
                new Sectiescore("Organisatorische randvoorwaarden", 6, 9, true),
                new Sectiescore("Commitment management", 14, 20, true),
                new Sectiescore("Inhoudelijk", 12, 18, true),
            ],
            uitslag.Secties);
    }

    [Fact]
    public void Een_ontbrekende_vraag_geeft_geen_totaal_maar_wel_de_som_van_de_rest()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Alles(2).Zonder("5").Bouw());

        Assert.Null(uitslag.Totaal);
        Assert.Equal(30, uitslag.Som);
        Assert.Equal(["5"], uitslag.Ontbreekt);
        Assert.False(uitslag.IsVolledig);
        Assert.False(uitslag.RandvoorwaardenVolledig);
        Assert.True(uitslag.ThemasVolledig);
        Assert.Equal(new Sectiescore("Commitment management", 12, 20, false), uitslag.Secties[1]);
        Assert.True(uitslag.Secties[0].Volledig);
    }

    [Fact]
    public void Een_antwoord_met_alleen_een_notitie_telt_als_ontbrekend_niet_als_0()
    {
        var antwoorden = new Dictionary<string, Antwoord>(Antwoordenbouwer.AllesMaximaal().Bouw())
        {
            ["3"] = new Antwoord(Notitie: "werkgroep wordt opnieuw opgezet"),
        };

        var uitslag = Scoring.Bereken(Inhoud, antwoorden);

        Assert.Null(uitslag.Totaal);
        Assert.Equal(44, uitslag.Som);
        Assert.Equal(["3"], uitslag.Ontbreekt);
        Assert.Null(uitslag.OpOrde["3"]);
    }

    [Fact]
    public void Open_vragen_tellen_nooit_mee_en_ontbreken_nooit()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Alles(1).Bouw());

        Assert.Equal(16, uitslag.Totaal);
        Assert.DoesNotContain("16", uitslag.Ontbreekt);
        Assert.DoesNotContain(uitslag.Secties, s => s.Sectie == "Kwalitatieve vragen");
    }

    [Fact]
    public void Zonder_antwoorden_ontbreken_alle_16_gescoorde_vragen_in_vragenlijstvolgorde()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Leeg().Bouw());

        Assert.Null(uitslag.Totaal);
        Assert.Equal(0, uitslag.Som);
        Assert.Equal(Inhoud.GescoordeVragen.Select(v => v.Nummer), uitslag.Ontbreekt);
        Assert.All(uitslag.OpOrde.Values, w => Assert.Null(w));
    }

    [Fact]
    public void Rapport_2024_directie_zonder_BIWS_Toeg_LO_en_SV_heeft_volledige_randvoorwaarden_en_onvolledige_themas()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Alles(3).Zonder("12", "13", "14a", "14b", "15").Bouw());

        Assert.Null(uitslag.Totaal);
        Assert.True(uitslag.RandvoorwaardenVolledig);
        Assert.Equal(29, uitslag.Randvoorwaarden);
        Assert.False(uitslag.ThemasVolledig);
        Assert.Equal(3, uitslag.Themas);
        Assert.Equal(32, uitslag.Som);
        Assert.Equal(["12", "13", "14a", "14b", "15"], uitslag.Ontbreekt);
    }

    [Theory]
    [InlineData("1", 3, true)]
    [InlineData("1", 2, false)]
    [InlineData("2", 3, true)]
    [InlineData("5", 3, true)]
    [InlineData("5", 2, false)]
    [InlineData("6", 2, true)]
    [InlineData("6", 1, false)]
    [InlineData("7", 3, true)]
    [InlineData("10", 3, true)]
    [InlineData("10", 0, false)]
    public void Op_orde_vanaf_de_hoogste_score_van_de_vraag(string nummer, int score, bool opOrde)
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.Alles(0).Met(nummer, score).Bouw());

        Assert.Equal(opOrde, uitslag.OpOrde[nummer]);
    }

    [Fact]
    public void Op_orde_geldt_alleen_voor_randvoorwaarden_en_is_null_bij_een_ontbrekend_antwoord()
    {
        var uitslag = Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Zonder("8").Bouw());

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], uitslag.OpOrde.Keys.OrderBy(int.Parse));
        Assert.Null(uitslag.OpOrde["8"]);
    }

    [Fact]
    public void Een_score_buiten_het_bereik_is_een_programmeerfout()
    {
        Assert.Throws<ArgumentException>(() => Scoring.Bereken(Inhoud, Antwoordenbouwer.Leeg().Met("6", 3).Bouw()));
    }

    [Fact]
    public void Controleer_aanvaardt_geldige_antwoorden_met_open_teksten_en_notities()
    {
        var antwoorden = new Dictionary<string, Antwoord>(Antwoordenbouwer.AllesMaximaal().Bouw())
        {
            ["16"] = new Antwoord(Tekst: "inclusieve inkoop"),
            ["4"] = new Antwoord(Notitie: "nog navragen"),
        };

        Assert.Empty(Scoring.Controleer(Inhoud, antwoorden));
    }

    [Theory]
    [InlineData("20", 1, null, "Antwoorden[20]", "Vraag 20 bestaat niet in deze vragenlijst.")]
    [InlineData("16", 2, null, "Antwoorden[16]", "Vraag 16 is een open vraag en krijgt geen score; vul een tekst in.")]
    [InlineData("3", null, "goed", "Antwoorden[3]", "Vraag 3 vraagt om een score, niet om een tekst; kies 0 tot en met 3.")]
    [InlineData("6", 3, null, "Antwoorden[6]", "Vraag 6: score 3 bestaat niet; kies 0 tot en met 2.")]
    [InlineData("1", -1, null, "Antwoorden[1]", "Vraag 1: score -1 bestaat niet; kies 0 tot en met 3.")]
    [InlineData("14a", 4, null, "Antwoorden[14a]", "Vraag 14a: score 4 bestaat niet; kies 0 tot en met 3.")]
    public void Controleer_meldt_elke_fout_in_het_Nederlands_bij_het_veld(string nummer, int? score, string? tekst, string veld, string melding)
    {
        var antwoorden = new Dictionary<string, Antwoord> { [nummer] = new Antwoord(score, tekst) };

        var fout = Assert.Single(Scoring.Controleer(Inhoud, antwoorden));

        Assert.Equal(veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Controleer_meldt_alle_fouten_in_vragenlijstvolgorde()
    {
        var antwoorden = new Dictionary<string, Antwoord>
        {
            ["x"] = new Antwoord(1),
            ["6"] = new Antwoord(5),
            ["1"] = new Antwoord(9),
        };

        Assert.Equal(["Antwoorden[1]", "Antwoorden[6]", "Antwoorden[x]"], Scoring.Controleer(Inhoud, antwoorden).Select(f => f.Veld));
    }

    [Fact]
    public void OpOrde_telt_per_randvoorwaarde_op_orde_niet_op_orde_en_ontbrekend()
    {
        var uitslagen = new[]
        {
            Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Bouw()),
            Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Met("1", 2).Bouw()),
            Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Met("1", 0).Bouw()),
            Scoring.Bereken(Inhoud, Antwoordenbouwer.AllesMaximaal().Zonder("1", "6").Bouw()),
        };

        var overzicht = Scoring.OpOrde(Inhoud, uitslagen);

        Assert.Equal(10, overzicht.Regels.Count);
        var trekker = overzicht.Regels[0];
        Assert.Equal(new OpOrdeRegel("1", "trekker", 1, 2, 1), trekker);
        Assert.Equal(100m / 3, trekker.PercentageOpOrde);
        var visie = overzicht.Regels.Single(r => r.Nummer == "6");
        Assert.Equal((3, 0, 1), (visie.OpOrde, visie.NietOpOrde, visie.Ontbreekt));
        Assert.Equal(100m, visie.PercentageOpOrde);
    }

    [Fact]
    public void OpOrde_percentage_is_null_als_niemand_de_vraag_beantwoordde()
    {
        var overzicht = Scoring.OpOrde(Inhoud, [Scoring.Bereken(Inhoud, Antwoordenbouwer.Leeg().Bouw())]);

        Assert.All(overzicht.Regels, r =>
        {
            Assert.Null(r.PercentageOpOrde);
            Assert.Equal(1, r.Ontbreekt);
        });
    }

    [Fact]
    public void OpOrde_van_een_lege_verzameling_heeft_nullen_en_geen_percentage()
    {
        var overzicht = Scoring.OpOrde(Inhoud, []);

        Assert.All(overzicht.Regels, r => Assert.Equal(new OpOrdeRegel(r.Nummer, r.Label, 0, 0, 0), r));
        Assert.All(overzicht.Regels, r => Assert.Null(r.PercentageOpOrde));
    }

    [Fact]
    public void Themaverdeling_telt_per_score_met_de_eigen_optietekst_en_per_standaardgroep()
    {
        var directies = new[]
        {
            Antwoordenbouwer.Alles(0).Bouw(),
            Antwoordenbouwer.Alles(1).Bouw(),
            Antwoordenbouwer.Alles(2).Bouw(),
            Antwoordenbouwer.Alles(3).Bouw(),
            Antwoordenbouwer.Alles(3).Zonder("12", "13", "14a", "14b", "15").Bouw(),
        };

        var verdeling = Scoring.Themas(Inhoud, directies);

        Assert.Equal(["11", "12", "13", "14a", "14b", "15"], verdeling.Regels.Select(r => r.Nummer));
        var biws = verdeling.Regels[1];
        Assert.Equal("BIWS", biws.Label);
        Assert.Equal(4, biws.Beantwoord);
        Assert.Equal(1, biws.Ontbreekt);
        Assert.Equal(new Themaniveau(1, "de directie is voornemens BIWS in te zetten", 1, 25m), biws.Niveaus[1]);
        Assert.Equal(
            [
                new Themagroeptelling("nog niet of beperkt begonnen", 0, 1, 2, 50m),
                new Themagroeptelling("gestart", 2, 2, 1, 25m),
                new Themagroeptelling("eerste resultaten behaald", 3, 3, 1, 25m),
            ],
            biws.Groepen);
        var bewustwording = verdeling.Regels[0];
        Assert.Equal(5, bewustwording.Beantwoord);
        Assert.Equal(new Themaniveau(3, "meerdere activiteiten zijn door het jaar heen georganiseerd", 2, 40m), bewustwording.Niveaus[3]);
    }

    [Fact]
    public void Themaverdeling_volgt_een_eigen_groepsindeling()
    {
        var inhoud = Inhoud with { Themagroepen = [new("niet", 0, 0), new("bezig", 1, 3)] };

        var verdeling = Scoring.Themas(inhoud, [Antwoordenbouwer.Alles(0).Bouw(), Antwoordenbouwer.Alles(1).Bouw(), Antwoordenbouwer.Alles(3).Bouw()]);

        var regel = verdeling.Regels.Single(r => r.Nummer == "15");
        Assert.Equal([new Themagroeptelling("niet", 0, 0, 1, 100m / 3), new Themagroeptelling("bezig", 1, 3, 2, 200m / 3)], regel.Groepen);
        Assert.Equal(inhoud.Themagroepen, verdeling.Themagroepen);
    }

    [Fact]
    public void Themaverdeling_zonder_antwoorden_heeft_geen_percentages()
    {
        var regel = Scoring.Themas(Inhoud, [Antwoordenbouwer.Leeg().Bouw()]).Regels[0];

        Assert.Equal(0, regel.Beantwoord);
        Assert.Equal(1, regel.Ontbreekt);
        Assert.All(regel.Niveaus, n => Assert.Null(n.Percentage));
        Assert.All(regel.Groepen, g => Assert.Null(g.Percentage));
    }

    [Fact]
    public void Vergelijking_neemt_alleen_zelfde_vragen_mee_die_beide_jaren_beantwoord_zijn()
    {
        var nu = Inhoud with
        {
            Vragen = Inhoud.Vragen.Select(v => v.Nummer switch
            {
                "2" => v with { Koppeling = Koppeling.Gewijzigd, VorigNummer = "2" },
                "3" => v,
                _ => v with { Koppeling = Koppeling.Zelfde, VorigNummer = v.Nummer },
            }).ToList(),
        };
        var antwoordenNu = Antwoordenbouwer.AllesMaximaal().Zonder("4").Bouw();
        var antwoordenVorig = Antwoordenbouwer.Alles(1).Zonder("5").Bouw();

        var vergelijking = Scoring.VergelijkMetVorigJaar(nu, antwoordenNu, Inhoud, antwoordenVorig);

        Assert.Equal(
            ["1", "6", "7", "8", "9", "10", "11", "12", "13", "14a", "14b", "15"],
            vergelijking.Vergeleken.Select(v => v.Nummer));
        Assert.Equal(3 + 2 + 3 * 10, vergelijking.SomNu);
        Assert.Equal(12, vergelijking.SomVorig);
        Assert.Equal(35 - 12, vergelijking.Verschil);
        Assert.Equal(
            [("2", Weglaatreden.Gewijzigd), ("3", Weglaatreden.Nieuw), ("4", Weglaatreden.OntbreektNu), ("5", Weglaatreden.OntbreektVorigJaar)],
            vergelijking.Weggelaten.Select(w => (w.Nummer, w.Reden)));
        Assert.True(vergelijking.IsVergelijkbaar);
        Assert.Null(vergelijking.Melding);
    }

    [Fact]
    public void Vergelijking_volgt_het_vorige_nummer_bij_een_hernummerde_vraag()
    {
        var vorig = new Vragenlijstinhoud { Vragen = [Vraag("7", 3)] };
        var nu = new Vragenlijstinhoud { Vragen = [Vraag("9", 3) with { Koppeling = Koppeling.Zelfde, VorigNummer = "7" }] };

        var vergelijking = Scoring.VergelijkMetVorigJaar(
            nu,
            new Dictionary<string, Antwoord> { ["9"] = new(3) },
            vorig,
            new Dictionary<string, Antwoord> { ["7"] = new(1) });

        Assert.Equal(new VergelekenVraag("9", "7", 3, 1), Assert.Single(vergelijking.Vergeleken));
        Assert.Equal(2, vergelijking.Verschil);
    }

    [Fact]
    public void Vergelijking_met_een_vorige_versie_zonder_die_vraag_laat_hem_weg()
    {
        var nu = new Vragenlijstinhoud { Vragen = [Vraag("9", 3) with { Koppeling = Koppeling.Zelfde }] };

        var vergelijking = Scoring.VergelijkMetVorigJaar(
            nu,
            new Dictionary<string, Antwoord> { ["9"] = new(3) },
            new Vragenlijstinhoud { Vragen = [] },
            new Dictionary<string, Antwoord>());

        Assert.Equal(Weglaatreden.NietInVorigeVersie, Assert.Single(vergelijking.Weggelaten).Reden);
    }

    [Fact]
    public void Vergelijking_2024_met_2023_kan_niets_vergelijken_omdat_alle_vragen_nieuw_zijn()
    {
        var antwoorden = Antwoordenbouwer.AllesMaximaal().Bouw();

        var vergelijking = Scoring.VergelijkMetVorigJaar(Inhoud, antwoorden, Inhoud, antwoorden);

        Assert.False(vergelijking.IsVergelijkbaar);
        Assert.Null(vergelijking.SomNu);
        Assert.Null(vergelijking.SomVorig);
        Assert.Null(vergelijking.Verschil);
        Assert.Equal("Geen enkele vraag is met vorig jaar te vergelijken.", vergelijking.Melding);
        Assert.Equal(16, vergelijking.Weggelaten.Count);
        Assert.All(vergelijking.Weggelaten, w => Assert.Equal(Weglaatreden.Nieuw, w.Reden));
    }

    private static Vraag Vraag(string nummer, int max) => new()
    {
        Nummer = nummer,
        Sectie = "Commitment management",
        Tekst = $"Vraag {nummer}",
        Soort = VraagSoort.Score,
        Opties = Enumerable.Range(0, max + 1).Select(s => new Antwoordoptie(s, $"optie {s}")).ToList(),
        Max = max,
        OpOrdeVanaf = max,
        Groep = Rapportgroep.Randvoorwaarde,
    };
}
