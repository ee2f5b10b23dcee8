namespace IdCyclus.Workflows.Tests.Definities;

public sealed class IsoDuurTests
{
    [Theory]
    [InlineData("P7D", 0, 0, 7, 0, false)]
    [InlineData("P4W", 0, 0, 28, 0, false)]
    [InlineData("P1Y2M3D", 1, 2, 3, 0, false)]
    [InlineData("PT12H", 0, 0, 0, 12 * 60, false)]
    [InlineData("P1DT1H30M", 0, 0, 1, 90, false)]
    [InlineData("-P1D", 0, 0, 1, 0, true)]
    [InlineData("P0D", 0, 0, 0, 0, false)]
    [InlineData("-P0D", 0, 0, 0, 0, false)]
    public void Geldige_duren_worden_in_delen_gelezen(string tekst, int jaren, int maanden, int dagen, int minuten, bool negatief)
    {
        var duur = IsoDuur.Parse(tekst);

        Assert.Equal((jaren, maanden, dagen, TimeSpan.FromMinutes(minuten), negatief), (duur.Jaren, duur.Maanden, duur.Dagen, duur.Tijd, duur.IsNegatief));
        Assert.Equal(tekst, duur.ToString());
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("7D")]
    [InlineData("P7X")]
    [InlineData("P-1D")]
    [InlineData("P1D2M")]
    [InlineData("P١D")]
    [InlineData("P99999999999D")]
    [InlineData("")]
    public void Ongeldige_duren_worden_geweigerd(string tekst) => Assert.False(IsoDuur.TryParse(tekst, out _));

    [Fact]
    public void Gelijkheid_gaat_over_de_delen_niet_over_de_schrijfwijze()
    {
        Assert.Equal(IsoDuur.Parse("P1W"), IsoDuur.Parse("P7D"));
        Assert.NotEqual(IsoDuur.Parse("P1D"), IsoDuur.Parse("PT24H"));
        Assert.NotEqual(IsoDuur.Parse("P1M"), IsoDuur.Parse("P30D"));
    }

    [Fact]
    public void Negatie_keert_het_teken_om_en_schrijft_canoniek()
    {
        Assert.Equal("-P1DT2H", IsoDuur.Parse("P1DT2H").Negatie().ToString());
        Assert.Equal(IsoDuur.Parse("P3D"), IsoDuur.Parse("-P3D").Negatie());
        Assert.Equal("-P14D", IsoDuur.VanDagen(-14).ToString());
    }

    [Fact]
    public void Een_ongeldige_duur_geeft_een_Nederlandse_reden() =>
        Assert.Equal(
            "'P7X' is geen geldige ISO 8601-duur, bijvoorbeeld P7D (7 dagen) of PT12H (12 uur).",
            Assert.Throws<FormatException>(() => IsoDuur.Parse("P7X")).Message);
}
