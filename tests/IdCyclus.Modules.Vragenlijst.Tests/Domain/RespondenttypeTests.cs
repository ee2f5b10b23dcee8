using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class RespondenttypeTests
{
    [Theory]
    [InlineData("trekker", "Trekker")]
    [InlineData("Trekker", "Trekker")]
    [InlineData("trekker = MT-lid", "TrekkerMtLid")]
    [InlineData("trekker-mt-lid", "TrekkerMtLid")]
    [InlineData("waarnemend MT-lid", "WaarnemendMtLid")]
    [InlineData("MT-lid (waarnemend, bij directies zonder trekker)", "WaarnemendMtLid")]
    [InlineData("directeur", "Directeur")]
    [InlineData("tijdelijk contactpersoon + MT-lid", "TijdelijkContactpersoonMtLid")]
    [InlineData("geen trekker, tijdelijk contactpersoon + MT-lid", "TijdelijkContactpersoonMtLid")]
    public void Sleutels_en_de_woorden_van_het_rapport_worden_herkend(string tekst, string verwacht)
    {
        Assert.True(RespondenttypeTekst.ProbeerLees(tekst, out var type));
        Assert.Equal(verwacht, type.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("MT-lid")]
    [InlineData("clusterdirecteur")]
    public void Iets_anders_wordt_niet_herkend(string? tekst) => Assert.False(RespondenttypeTekst.ProbeerLees(tekst, out _));
}
