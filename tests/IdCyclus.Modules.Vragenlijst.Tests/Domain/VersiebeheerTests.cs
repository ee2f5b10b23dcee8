using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class VersiebeheerTests
{
    private static readonly Vragenlijstinhoud Vorig = Seed2024.Lees();

    private static Vragenlijstinhoud Kopie => Versiebeheer.KopieVoorVolgendJaar(Vorig);

    [Fact]
    public void Kopie_voor_volgend_jaar_koppelt_elke_vraag_als_zelfde_aan_het_eigen_nummer()
    {
        var kopie = Kopie;

        Assert.Equal(Vorig.Vragen.Select(v => v.Nummer), kopie.Vragen.Select(v => v.Nummer));
        Assert.All(kopie.Vragen, v =>
        {
            Assert.Equal(Koppeling.Zelfde, v.Koppeling);
            Assert.Equal(v.Nummer, v.VorigNummer);
        });
        Assert.Equal(Vorig.Themagroepen, kopie.Themagroepen);
        Assert.Equal(Vorig.Zoek("6")!.Opties, kopie.Zoek("6")!.Opties);
        Assert.Empty(kopie.Vervallen);
    }

    [Fact]
    public void Tekst_wijzigen_geeft_een_nieuwe_inhoud_en_laat_het_origineel_staan()
    {
        var kopie = Kopie;

        var nieuw = Gelukt(Versiebeheer.WijzigTekst(kopie, "3", "  Is er een werkgroep?  "));

        Assert.Equal("Is er een werkgroep?", nieuw.Zoek("3")!.Tekst);
        Assert.Equal(Koppeling.Zelfde, nieuw.Zoek("3")!.Koppeling);
        Assert.Equal("In hoeverre is er een werkgroep gevormd?", kopie.Zoek("3")!.Tekst);
    }

    [Fact]
    public void Lege_tekst_wordt_geweigerd()
    {
        AssertFout(Versiebeheer.WijzigTekst(Kopie, "3", " "), "Tekst", "Vraag 3 heeft een tekst nodig.");
    }

    [Fact]
    public void Tekst_van_een_onbekende_vraag_wordt_geweigerd()
    {
        AssertFout(Versiebeheer.WijzigTekst(Kopie, "21", "x"), "Nummer", "Vraag 21 bestaat niet in deze vragenlijst.");
    }

    [Fact]
    public void Nieuwe_opties_bepalen_het_maximum_en_op_orde_van_een_randvoorwaarde()
    {
        var nieuw = Gelukt(Versiebeheer.VervangOpties(Kopie, "6", [new(3, "meerjarig en gedeeld"), new(0, "geen"), new(1, "jaar"), new(2, "meerjarig")]));

        var vraag = nieuw.Zoek("6")!;
        Assert.Equal(3, vraag.Max);
        Assert.Equal(3, vraag.OpOrdeVanaf);
        Assert.Equal([0, 1, 2, 3], vraag.Opties.Select(o => o.Score));
    }

    [Fact]
    public void Nieuwe_opties_van_een_thema_geven_geen_op_orde_grens()
    {
        var vraag = Gelukt(Versiebeheer.VervangOpties(Kopie, "12", [new(0, "niet"), new(1, "wel")])).Zoek("12")!;

        Assert.Equal(1, vraag.Max);
        Assert.Null(vraag.OpOrdeVanaf);
    }

    [Fact]
    public void Opties_met_een_gat_worden_geweigerd()
    {
        AssertFout(
            Versiebeheer.VervangOpties(Kopie, "1", [new(0, "a"), new(1, "b"), new(3, "c")]),
            "Opties",
            "De scores moeten 0 tot en met 2 zijn, zonder gaten; nu: 0, 1, 3.");
    }

    [Fact]
    public void Opties_die_niet_bij_0_beginnen_worden_geweigerd()
    {
        AssertFout(
            Versiebeheer.VervangOpties(Kopie, "1", [new(1, "a"), new(2, "b")]),
            "Opties",
            "De scores moeten 0 tot en met 1 zijn, zonder gaten; nu: 1, 2.");
    }

    [Fact]
    public void Dubbele_scores_worden_geweigerd()
    {
        AssertFout(Versiebeheer.VervangOpties(Kopie, "1", [new(0, "a"), new(1, "b"), new(1, "c")]), "Opties", "Elke score mag maar één keer voorkomen.");
    }

    [Fact]
    public void Een_optie_zonder_tekst_wordt_geweigerd_bij_die_optie()
    {
        AssertFout(Versiebeheer.VervangOpties(Kopie, "1", [new(0, "a"), new(1, " ")]), "Opties[1].Tekst", "De optie met score 1 heeft een tekst nodig.");
    }

    [Fact]
    public void Minder_dan_twee_opties_worden_geweigerd()
    {
        AssertFout(
            Versiebeheer.VervangOpties(Kopie, "1", [new(0, "a")]),
            "Opties",
            "Een gescoorde vraag heeft ten minste twee antwoordopties nodig (score 0 en 1).");
    }

    [Fact]
    public void Een_open_vraag_krijgt_geen_opties()
    {
        AssertFout(Versiebeheer.VervangOpties(Kopie, "17", [new(0, "a"), new(1, "b")]), "Opties", "Vraag 17 is een open vraag en heeft geen antwoordopties.");
    }

    [Fact]
    public void Koppeling_gewijzigd_met_een_bestaand_vorig_nummer_wordt_aanvaard()
    {
        var vraag = Gelukt(Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Gewijzigd, null, Vorig)).Zoek("2")!;

        Assert.Equal(Koppeling.Gewijzigd, vraag.Koppeling);
        Assert.Equal("2", vraag.VorigNummer);
    }

    [Fact]
    public void Koppeling_nieuw_wist_het_vorige_nummer()
    {
        var vraag = Gelukt(Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Nieuw, null, Vorig)).Zoek("2")!;

        Assert.Equal(Koppeling.Nieuw, vraag.Koppeling);
        Assert.Null(vraag.VorigNummer);
    }

    [Fact]
    public void Koppeling_nieuw_met_een_vorig_nummer_wordt_geweigerd()
    {
        AssertFout(
            Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Nieuw, "2", Vorig),
            "VorigNummer",
            "Vraag 2 is nieuw en heeft dus geen vraag van vorig jaar; laat het vorige nummer leeg.");
    }

    [Fact]
    public void Koppeling_aan_een_vorig_nummer_dat_niet_bestaat_wordt_geweigerd()
    {
        AssertFout(
            Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Zelfde, "14", Vorig),
            "VorigNummer",
            "Vraag 14 bestaat niet in de vragenlijst van vorig jaar.");
    }

    [Fact]
    public void Koppeling_zonder_vorige_versie_kan_alleen_nieuw_zijn()
    {
        AssertFout(
            Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Zelfde, null, null),
            "Koppeling",
            "Er is geen vragenlijst van vorig jaar; vraag 2 kan alleen nieuw zijn.");
    }

    [Fact]
    public void Zelfde_tussen_een_gescoorde_en_een_open_vraag_wordt_geweigerd()
    {
        var inhoud = Gelukt(Versiebeheer.ZetKoppeling(Kopie, "16", Koppeling.Nieuw, null, Vorig));

        AssertFout(
            Versiebeheer.ZetKoppeling(inhoud, "1", Koppeling.Zelfde, "16", Vorig),
            "Koppeling",
            "Vraag 1 en vraag 16 van vorig jaar zijn van een andere soort; kies gewijzigd.");
    }

    [Fact]
    public void Een_vorige_vraag_die_al_gekoppeld_is_wordt_geweigerd()
    {
        AssertFout(Versiebeheer.ZetKoppeling(Kopie, "2", Koppeling.Zelfde, "3", Vorig), "VorigNummer", "Vraag 3 van vorig jaar is al gekoppeld aan vraag 3.");
    }

    [Fact]
    public void Een_nieuwe_vraag_komt_achter_de_laatste_van_zijn_sectie_en_is_nieuw()
    {
        var nieuw = new Vraag
        {
            Nummer = "3b",
            Sectie = "Organisatorische randvoorwaarden",
            Tekst = "Heeft de werkgroep een budget?",
            Soort = VraagSoort.Score,
            Opties = [new(0, "nee"), new(1, "soms"), new(2, "ja")],
            Groep = Rapportgroep.Randvoorwaarde,
            Koppeling = Koppeling.Zelfde,
            VorigNummer = "3",
        };

        var inhoud = Gelukt(Versiebeheer.VoegToe(Kopie, nieuw));

        Assert.Equal(["1", "2", "3", "3b", "4"], inhoud.Vragen.Take(5).Select(v => v.Nummer));
        var vraag = inhoud.Zoek("3b")!;
        Assert.Equal(Koppeling.Nieuw, vraag.Koppeling);
        Assert.Null(vraag.VorigNummer);
        Assert.Equal(2, vraag.Max);
        Assert.Equal(2, vraag.OpOrdeVanaf);
    }

    [Fact]
    public void Een_open_vraag_in_een_nieuwe_sectie_komt_achteraan()
    {
        var inhoud = Gelukt(Versiebeheer.VoegToe(Kopie, new Vraag { Nummer = "20", Sectie = "Slot", Tekst = "Nog iets?", Soort = VraagSoort.Open }));

        Assert.Equal("20", inhoud.Vragen[^1].Nummer);
        Assert.Null(inhoud.Vragen[^1].Max);
    }

    [Fact]
    public void Een_nieuwe_vraag_met_een_bestaand_nummer_en_zonder_tekst_geeft_beide_fouten()
    {
        var resultaat = Versiebeheer.VoegToe(Kopie, new Vraag { Nummer = "5", Sectie = "Inhoudelijk", Tekst = "", Soort = VraagSoort.Open });

        Assert.Equal(
            [new Fout("Nummer", "Vraag 5 bestaat al in deze vragenlijst."), new Fout("Tekst", "Een vraag heeft een tekst nodig.")],
            resultaat.Fouten);
    }

    [Fact]
    public void Een_nieuwe_vraag_zonder_nummer_of_sectie_wordt_geweigerd()
    {
        var resultaat = Versiebeheer.VoegToe(Kopie, new Vraag { Nummer = " ", Sectie = "", Tekst = "x", Soort = VraagSoort.Open });

        Assert.Equal(["Nummer", "Sectie"], resultaat.Fouten.Select(f => f.Veld));
    }

    [Fact]
    public void Een_nieuwe_gescoorde_vraag_met_ongeldige_opties_wordt_geweigerd()
    {
        var resultaat = Versiebeheer.VoegToe(
            Kopie,
            new Vraag { Nummer = "20", Sectie = "Inhoudelijk", Tekst = "x", Soort = VraagSoort.Score, Opties = [new(0, "a"), new(2, "b")] });

        Assert.Equal("Opties", Assert.Single(resultaat.Fouten).Veld);
    }

    [Fact]
    public void Een_nieuwe_open_vraag_met_opties_wordt_geweigerd()
    {
        var resultaat = Versiebeheer.VoegToe(
            Kopie,
            new Vraag { Nummer = "20", Sectie = "Slot", Tekst = "x", Soort = VraagSoort.Open, Opties = [new(0, "a"), new(1, "b")] });

        Assert.Equal("Een open vraag heeft geen antwoordopties en hoort niet bij de randvoorwaarden of thema's.", Assert.Single(resultaat.Fouten).Melding);
    }

    [Fact]
    public void Een_vervallen_vraag_van_vorig_jaar_gaat_naar_Vervallen()
    {
        var inhoud = Gelukt(Versiebeheer.LaatVervallen(Kopie, "10"));

        Assert.Null(inhoud.Zoek("10"));
        Assert.Equal(["10"], inhoud.Vervallen);
        Assert.Equal(44, inhoud.GescoordeVragen.Sum(v => v.Max));
    }

    [Fact]
    public void Een_vervallen_hernummerde_vraag_noemt_het_nummer_van_vorig_jaar()
    {
        var inhoud = Kopie with { Vragen = Kopie.Vragen.Select(v => v.Nummer == "10" ? v with { Nummer = "10x", VorigNummer = "10" } : v).ToList() };

        Assert.Equal(["10"], Gelukt(Versiebeheer.LaatVervallen(inhoud, "10x")).Vervallen);
    }

    [Fact]
    public void Een_vervallen_vraag_die_dit_jaar_nieuw_was_verdwijnt_zonder_spoor()
    {
        var inhoud = Gelukt(Versiebeheer.LaatVervallen(Vorig, "10"));

        Assert.Null(inhoud.Zoek("10"));
        Assert.Empty(inhoud.Vervallen);
    }

    [Fact]
    public void Vervallen_van_een_onbekende_vraag_wordt_geweigerd()
    {
        AssertFout(Versiebeheer.LaatVervallen(Kopie, "99"), "Nummer", "Vraag 99 bestaat niet in deze vragenlijst.");
    }

    [Fact]
    public void Themagroepen_die_0_tot_en_met_3_precies_dekken_worden_aanvaard_en_gesorteerd()
    {
        var inhoud = Gelukt(Versiebeheer.ZetThemagroepen(Kopie, [new("bezig", 1, 3), new(" niet ", 0, 0)]));

        Assert.Equal([new Themagroep("niet", 0, 0), new Themagroep("bezig", 1, 3)], inhoud.Themagroepen);
    }

    [Fact]
    public void Themagroepen_met_een_gat_worden_geweigerd()
    {
        AssertFout(Versiebeheer.ZetThemagroepen(Kopie, [new("laag", 0, 1), new("hoog", 3, 3)]), "Themagroepen", "Score 2 valt in geen enkele themagroep.");
    }

    [Fact]
    public void Overlappende_themagroepen_worden_geweigerd()
    {
        AssertFout(Versiebeheer.ZetThemagroepen(Kopie, [new("laag", 0, 2), new("hoog", 2, 3)]), "Themagroepen", "Score 2 valt in meer dan één themagroep.");
    }

    [Fact]
    public void Een_themagroep_zonder_naam_wordt_geweigerd_bij_die_groep()
    {
        AssertFout(Versiebeheer.ZetThemagroepen(Kopie, [new("laag", 0, 1), new("", 2, 3)]), "Themagroepen[1].Naam", "Themagroep 2 heeft een naam nodig.");
    }

    [Fact]
    public void Twee_themagroepen_met_dezelfde_naam_worden_geweigerd()
    {
        AssertFout(
            Versiebeheer.ZetThemagroepen(Kopie, [new("Gestart", 0, 1), new("gestart", 2, 3)]),
            "Themagroepen[1].Naam",
            "De naam \"gestart\" komt al voor.");
    }

    [Fact]
    public void Een_themagroep_buiten_0_tot_en_met_3_wordt_geweigerd()
    {
        AssertFout(
            Versiebeheer.ZetThemagroepen(Kopie, [new("alles", 0, 4)]),
            "Themagroepen[0]",
            "Themagroep 1 loopt van 0 tot en met 4; kies scores tussen 0 en 3, van laag naar hoog.");
    }

    [Fact]
    public void Geen_themagroepen_wordt_geweigerd()
    {
        AssertFout(Versiebeheer.ZetThemagroepen(Kopie, []), "Themagroepen", "Geef ten minste één themagroep; samen dekken ze de scores 0 tot en met 3.");
    }

    private static Vragenlijstinhoud Gelukt(Resultaat<Vragenlijstinhoud> resultaat)
    {
        Assert.Empty(resultaat.Fouten);
        return resultaat.Waarde!;
    }

    private static void AssertFout(Resultaat<Vragenlijstinhoud> resultaat, string veld, string melding)
    {
        Assert.False(resultaat.IsGelukt);
        Assert.Equal(new Fout(veld, melding), Assert.Single(resultaat.Fouten));
    }
}
