using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class RespondenttypeTests
{
    [Theory]
    [InlineData("trekker", Respondenttype.Trekker)]
    [InlineData("Trekker", Respondenttype.Trekker)]
    [InlineData("trekker = MT-lid", Respondenttype.TrekkerMtLid)]
    [InlineData("trekker-mt-lid", Respondenttype.TrekkerMtLid)]
    [InlineData("waarnemend MT-lid", Respondenttype.WaarnemendMtLid)]
    [InlineData("MT-lid (waarnemend, bij directies zonder trekker)", Respondenttype.WaarnemendMtLid)]
    [InlineData("directeur", Respondenttype.Directeur)]
    [InlineData("tijdelijk contactpersoon + MT-lid", Respondenttype.TijdelijkContactpersoonMtLid)]
    [InlineData("geen trekker, tijdelijk contactpersoon + MT-lid", Respondenttype.TijdelijkContactpersoonMtLid)]
    public void Sleutels_en_de_woorden_van_het_rapport_worden_herkend(string tekst, Respondenttype verwacht)
    {
        Assert.True(RespondenttypeTekst.ProbeerLees(tekst, out var type));
        Assert.Equal(verwacht, type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("MT-lid")]
    [InlineData("clusterdirecteur")]
    public void Iets_anders_wordt_niet_herkend(string? tekst) => Assert.False(RespondenttypeTekst.ProbeerLees(tekst, out _));
}
