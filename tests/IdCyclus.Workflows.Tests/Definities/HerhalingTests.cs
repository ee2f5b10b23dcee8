namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>The period a day falls in decides which start of a repeating definition is due; the key makes it unique.</summary>
public sealed class HerhalingTests
{
    [Theory]
    [InlineData(Herhaling.Kwartaal, "2025-01-01", "2025-Q1")]
    [InlineData(Herhaling.Kwartaal, "2025-03-31", "2025-Q1")]
    [InlineData(Herhaling.Kwartaal, "2025-04-01", "2025-Q2")]
    [InlineData(Herhaling.Kwartaal, "2025-09-30", "2025-Q3")]
    [InlineData(Herhaling.Kwartaal, "2025-12-31", "2025-Q4")]
    [InlineData(Herhaling.Maand, "2025-02-28", "2025-02")]
    [InlineData(Herhaling.Maand, "2025-11-01", "2025-11")]
    [InlineData(Herhaling.Jaar, "2026-07-15", "2026")]
    public void Een_dag_valt_in_precies_een_periode(Herhaling herhaling, string datum, string periode) =>
        Assert.Equal(periode, Herhalingen.Periode(herhaling, DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Zonder_herhaling_is_er_geen_periode() => Assert.Null(Herhalingen.Periode(Herhaling.Geen, new DateOnly(2025, 1, 1)));

    [Fact]
    public void De_sleutel_noemt_definitie_en_periode_maar_geen_versie() =>
        Assert.Equal("herhaling:actieplan-kwartaalupdate:2025-Q2", Herhalingen.Sleutel("actieplan-kwartaalupdate", "2025-Q2"));
}
