using IdCyclus.Shared.Web;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

public sealed class GetallenTests
{
    [Theory]
    [InlineData("4,5")]
    [InlineData("4.5")]
    [InlineData(" 4,5 ")]
    public void Komma_en_punt_betekenen_allebei_een_decimaalteken(string tekst)
    {
        Assert.True(Getallen.ProbeerDecimaal(tekst, out var waarde));
        Assert.Equal(4.5m, waarde);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Leeg_veld_is_geldig_en_levert_geen_waarde(string? tekst)
    {
        Assert.True(Getallen.ProbeerDecimaal(tekst, out var waarde));
        Assert.Null(waarde);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4,5 uur")]
    [InlineData("1.000,5")]
    public void Tekst_die_geen_getal_is_wordt_niet_gelezen(string tekst)
    {
        Assert.False(Getallen.ProbeerDecimaal(tekst, out var waarde));
        Assert.Null(waarde);
    }

    [Fact]
    public void Negatief_getal_wordt_gelezen_zodat_de_regel_het_kan_weigeren()
    {
        Assert.True(Getallen.ProbeerDecimaal("-1", out var waarde));
        Assert.Equal(-1m, waarde);
    }

    /// <summary>
    /// A point is always a decimal separator here, never a thousands separator: nobody works a thousand hours a week,
    /// and "4.5" meaning 45 (the framework's nl-NL reading) would be the worse surprise.
    /// </summary>
    [Fact]
    public void Punt_is_altijd_een_decimaalteken_dus_1_punt_000_wordt_gelezen_als_1_en_niet_als_duizend()
    {
        Assert.True(Getallen.ProbeerDecimaal("1.000", out var waarde));
        Assert.Equal(1m, waarde);
    }
}
