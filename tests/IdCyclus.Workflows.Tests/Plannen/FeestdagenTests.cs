namespace IdCyclus.Workflows.Tests.Plannen;

public sealed class FeestdagenTests
{
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Pasen_volgt_het_anonieme_Gregoriaanse_algoritme(int jaar, int maand, int dag) =>
        Assert.Equal(new DateOnly(jaar, maand, dag), Feestdagen.Pasen(jaar));

    [Fact]
    public void De_feestdagen_van_2025()
    {
        Assert.Equal(
            [
                "2025-01-01 Nieuwjaarsdag",
                "2025-04-20 Eerste Paasdag",
                "2025-04-21 Tweede Paasdag",
                "2025-04-26 Koningsdag",
                "2025-05-05 Bevrijdingsdag",
                "2025-05-29 Hemelvaartsdag",
                "2025-06-08 Eerste Pinksterdag",
                "2025-06-09 Tweede Pinksterdag",
                "2025-12-25 Eerste Kerstdag",
                "2025-12-26 Tweede Kerstdag",
            ],
            Feestdagen.In(2025).Select(dag => $"{dag.Datum:yyyy-MM-dd} {dag.Naam}"));
    }

    [Theory]
    [InlineData(2014, 26)]
    [InlineData(2023, 27)]
    [InlineData(2025, 26)]
    [InlineData(2030, 27)]
    [InlineData(2031, 26)]
    public void Koningsdag_is_27_april_of_26_april_als_de_27e_een_zondag_is(int jaar, int dag) =>
        Assert.Equal("Koningsdag", Feestdagen.Op(new DateOnly(jaar, 4, dag))?.Naam);

    [Fact]
    public void Goede_Vrijdag_is_geen_feestdag()
    {
        Assert.False(Feestdagen.IsFeestdag(Feestdagen.Pasen(2025).AddDays(-2)));
        Assert.True(Planning.IsWerkdag(new DateOnly(2025, 4, 18)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Bevrijdingsdag_is_elk_jaar_een_feestdag(int jaar) => Assert.True(Feestdagen.IsFeestdag(new DateOnly(jaar, 5, 5)));
}
