using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class BegrotingTests
{
    private static Begrotingsregel Regel(string post, long? cent, Formule? formule = null, bool werkgroep = false) => new(post, null, cent, formule, werkgroep);

    [Fact]
    public void Het_totaal_is_de_som_van_de_regels_in_centen()
    {
        var begroting = new Begroting([Regel("A", 750_000), Regel("B", 750_001), Regel("C", 3_000_000)], []);

        var uitkomst = Begrotingscontrole.Bereken(begroting, null);

        Assert.Equal(4_500_001, uitkomst.TotaalCent);
        Assert.Empty(uitkomst.Afwijkingen);
    }

    [Fact]
    public void Een_regel_zonder_bedrag_krijgt_de_uitkomst_van_haar_berekening()
    {
        var begroting = new Begroting([Regel("Werkgroep", null, new Formule(60, 6000, 52))], []);

        var uitkomst = Begrotingscontrole.Bereken(begroting, null);

        Assert.Equal(18_720_000, uitkomst.TotaalCent);
        Assert.Equal(18_720_000, Assert.Single(uitkomst.Regels).BedragCent);
    }

    [Fact]
    public void Formule_met_aantal_en_halve_uren_rekent_exact()
    {
        Assert.Equal(4 * 2.5m * 6000 * 10, new Formule(2.5m, 6000, 10, 4).UitkomstCent);
    }

    [Fact]
    public void Een_gesteld_bedrag_dat_niet_uit_de_berekening_volgt_is_een_afwijking_en_blijft_staan()
    {
        var begroting = new Begroting([Regel("Werkgroep", 18_720_000, new Formule(36.9m, 6000, 52))], []);

        var uitkomst = Begrotingscontrole.Bereken(begroting, null);

        Assert.Equal(18_720_000, uitkomst.TotaalCent);
        var afwijking = Assert.Single(uitkomst.Afwijkingen);
        Assert.Contains("€ 187.200 volgt niet uit de berekening", afwijking.Uitleg);
    }

    [Fact]
    public void De_DV_begroting_sluit_op_287200_maar_twee_van_de_drie_notaties_zijn_niet_eenduidig()
    {
        var begroting = new Begroting(
            [
                Regel("a", 750_000), Regel("b", 750_000), Regel("c", 3_000_000), Regel("d", 3_000_000), Regel("e", 2_500_000),
                Regel("Werkgroep", 18_720_000, new Formule(60, 6000, 52), true),
            ],
            [
                new GesteldTotaal("€287.200", "1.3", 28_720_000),
                new GesteldTotaal("€287,200.000", "1.4", 28_720_000),
                new GesteldTotaal("€ 287,200 -", "5", 28_720_000),
            ]);

        var uitkomst = Begrotingscontrole.Bereken(begroting, 44);

        Assert.Equal(28_720_000, uitkomst.TotaalCent);
        Assert.Equal(2, uitkomst.Afwijkingen.Count(a => a.Uitleg.Contains("geen eenduidig bedrag", StringComparison.Ordinal)));
        var uren = Assert.Single(uitkomst.Afwijkingen, a => a.Uitleg.Contains("werkgroeptijd", StringComparison.Ordinal));
        Assert.Contains("60 uur per week", uren.Uitleg);
        Assert.Contains("44 uur per week", uren.Uitleg);
        Assert.Contains("€ 137.280", uren.Uitleg);
        Assert.DoesNotContain(uitkomst.Afwijkingen, a => a.Uitleg.Contains("som van de begrotingsregels", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_gesteld_totaal_dat_afwijkt_van_de_som_wordt_getoond_met_het_verschil()
    {
        var begroting = new Begroting([Regel("a", 10_000_000)], [new GesteldTotaal("€ 120.000", "samenvatting", null)]);

        var afwijking = Assert.Single(Begrotingscontrole.Bereken(begroting, null).Afwijkingen);

        Assert.Contains("noemt € 120.000", afwijking.Uitleg);
        Assert.Contains("som van de begrotingsregels is € 100.000 (verschil € 20.000)", afwijking.Uitleg);
    }

    [Theory]
    [InlineData("€287.200", 28_720_000)]
    [InlineData("€ 287.200", 28_720_000)]
    [InlineData("287.200,50", 28_720_050)]
    [InlineData("€ 25.000,-", 2_500_000)]
    [InlineData("7500", 750_000)]
    public void Nederlandse_notaties_worden_gelezen(string tekst, long cent)
    {
        Assert.True(Bedragen.ProbeerLees(tekst, out var gelezen));
        Assert.Equal(cent, gelezen);
    }

    [Theory]
    [InlineData("€287,200.000")]
    [InlineData("€ 287,200 -")]
    [InlineData("287,200")]
    [InlineData("€ 1,5")]
    [InlineData("")]
    [InlineData("tweehonderd")]
    public void Andere_notaties_worden_niet_geraden(string tekst)
    {
        Assert.False(Bedragen.ProbeerLees(tekst, out _));
    }

    [Theory]
    [InlineData(28_720_000, "€ 287.200")]
    [InlineData(28_720_050, "€ 287.200,50")]
    [InlineData(0, "€ 0")]
    public void Bedragen_worden_in_Nederlandse_notatie_getoond(long cent, string tekst)
    {
        Assert.Equal(tekst, Bedragen.Tekst(cent));
    }
}
