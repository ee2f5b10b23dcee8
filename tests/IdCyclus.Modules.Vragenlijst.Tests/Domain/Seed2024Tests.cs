using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class Seed2024Tests
{
    private static readonly Vragenlijstinhoud Inhoud = Seed2024.Lees();

    [Fact]
    public void De_vragenlijst_heeft_19_vragen_met_14a_en_14b_in_20_regels()
    {
        string[] verwacht = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14a", "14b", "15", "16", "17", "18", "19"];

        Assert.Equal(verwacht, Inhoud.Vragen.Select(v => v.Nummer));
        Assert.Equal(16, Inhoud.GescoordeVragen.Count());
        Assert.Equal(["16", "17", "18", "19"], Inhoud.Vragen.Where(v => v.Soort == VraagSoort.Open).Select(v => v.Nummer));
    }

    [Fact]
    public void Het_maximum_is_47_met_29_voor_randvoorwaarden_en_18_voor_themas()
    {
        Assert.Equal(47, Inhoud.GescoordeVragen.Sum(v => v.Max));
        Assert.Equal(29, Inhoud.Vragen.Where(v => v.Groep == Rapportgroep.Randvoorwaarde).Sum(v => v.Max));
        Assert.Equal(18, Inhoud.Vragen.Where(v => v.Groep == Rapportgroep.Thema).Sum(v => v.Max));
    }

    [Fact]
    public void Visie_en_ambitie_heeft_maximaal_2_en_is_op_orde_vanaf_2()
    {
        var vraag = Inhoud.Zoek("6")!;

        Assert.Equal(2, vraag.Max);
        Assert.Equal(2, vraag.OpOrdeVanaf);
        Assert.Equal("visie/ambitie", vraag.Label);
        Assert.Equal(3, vraag.Opties.Count);
    }

    [Fact]
    public void Randvoorwaarden_1_tot_en_met_10_zijn_op_orde_vanaf_de_hoogste_score_en_themas_hebben_geen_grens()
    {
        var randvoorwaarden = Inhoud.Vragen.Where(v => v.Groep == Rapportgroep.Randvoorwaarde).ToList();

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], randvoorwaarden.Select(v => v.Nummer));
        Assert.All(randvoorwaarden, v => Assert.Equal(v.Max, v.OpOrdeVanaf));
        Assert.All(Inhoud.Vragen.Where(v => v.Groep == Rapportgroep.Thema), v => Assert.Null(v.OpOrdeVanaf));
        Assert.Equal(["11", "12", "13", "14a", "14b", "15"], Inhoud.Vragen.Where(v => v.Groep == Rapportgroep.Thema).Select(v => v.Nummer));
    }

    [Fact]
    public void Open_vragen_hebben_geen_opties_geen_maximum_en_geen_rapportgroep()
    {
        Assert.All(Inhoud.Vragen.Where(v => v.Soort == VraagSoort.Open), v =>
        {
            Assert.Empty(v.Opties);
            Assert.Null(v.Max);
            Assert.Null(v.Groep);
            Assert.Equal("Kwalitatieve vragen", v.Sectie);
        });
    }

    [Fact]
    public void Secties_volgen_de_leeswijzer()
    {
        Assert.Equal(
            ["Organisatorische randvoorwaarden", "Commitment management", "Inhoudelijk", "Kwalitatieve vragen"],
            Inhoud.Vragen.Select(v => v.Sectie).Distinct());
        Assert.Equal("Commitment management", Inhoud.Zoek("4")!.Sectie);
        Assert.Equal("Inhoudelijk", Inhoud.Zoek("14b")!.Sectie);
    }

    [Fact]
    public void Optieteksten_van_vraag_2_staan_er_letterlijk()
    {
        Assert.Equal(
            [
                new Antwoordoptie(0, "trekker heeft geen uren"),
                new Antwoordoptie(1, "trekker heeft/neemt tussen de 0 en 4 uren"),
                new Antwoordoptie(2, "trekker heeft/neemt tussen de 4 en 8 uren"),
                new Antwoordoptie(3, "trekker heeft/neemt meer dan 8 uur"),
            ],
            Inhoud.Zoek("2")!.Opties);
    }

    [Fact]
    public void Optieteksten_van_vraag_14b_zijn_letterlijk_overgenomen_ook_waar_de_bron_verminkt_is()
    {
        var vraag = Inhoud.Zoek("14b")!;

        Assert.Equal("het merendeel de leidinggevend heeft I&D trainingen gevolgd", vraag.Opties[2].Tekst);
        Assert.Equal("L&O", vraag.Label);
        Assert.Contains("verminkt", vraag.Opmerking);
    }

    [Fact]
    public void Optieteksten_van_vraag_6_en_10_staan_er_letterlijk()
    {
        Assert.Equal("een geformuleerde meerjarige visie/ambitie", Inhoud.Zoek("6")!.Opties[2].Tekst);
        Assert.Equal("af en toe (bv t.b.v. een specifieke activiteit, bv Ketu Koti of Pride)", Inhoud.Zoek("10")!.Opties[1].Tekst);
    }

    [Fact]
    public void Labels_en_opmerkingen_komen_uit_het_bronbestand()
    {
        Assert.Equal("uren trekker", Inhoud.Zoek("2")!.Label);
        Assert.Equal("Toeg", Inhoud.Zoek("13")!.Label);
        Assert.StartsWith("Grenzen overlappen/ontbreken", Inhoud.Zoek("2")!.Opmerking);
        Assert.Null(Inhoud.Zoek("3")!.Opmerking);
    }

    [Fact]
    public void Elke_vraag_is_nieuw_omdat_de_wijzigingen_ten_opzichte_van_2023_onbekend_zijn()
    {
        Assert.All(Inhoud.Vragen, v =>
        {
            Assert.Equal(Koppeling.Nieuw, v.Koppeling);
            Assert.Null(v.VorigNummer);
        });
        Assert.Empty(Inhoud.Vervallen);
    }

    [Fact]
    public void Themagroepen_zijn_de_standaardgroepen()
    {
        Assert.Equal(Vragenlijstinhoud.StandaardThemagroepen, Inhoud.Themagroepen);
    }

    [Fact]
    public void Naam_en_meetperiode_komen_uit_het_bronbestand()
    {
        Assert.Equal("Gestructureerde vragenlijst voortgangsrapportage actieplannen I&D 2024", Seed2024.Naam);
        Assert.Equal("maart 2023 tot en met maart 2024", Seed2024.Meetperiode);
        Assert.Equal(new DateOnly(2023, 3, 1), Seed2024.MeetperiodeVan);
        Assert.Equal(new DateOnly(2024, 3, 31), Seed2024.MeetperiodeTot);
    }
}
