using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class VoortgangsregelsTests
{
    private static readonly DateTime Start = new(2025, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Zonder_termijn_vervalt_een_actie_aan_het_eind_van_haar_kwartaal()
    {
        var stand = Voortgangsregels.Stand(Bouwer.Actie("1", "2024-Q2"), null, new Dictionary<string, DateOnly>(), new DateOnly(2024, 7, 1));

        Assert.Equal(new DateOnly(2024, 6, 30), stand.Vervaldatum);
        Assert.True(stand.IsAchterstallig);
    }

    [Theory]
    [InlineData("Afgerond", false)]
    [InlineData("Vervallen", false)]
    [InlineData("Loopt", true)]
    [InlineData("Vertraagd", true)]
    public void Alleen_open_acties_kunnen_achterstallig_zijn(string naam, bool achterstallig)
    {
        var status = Enum.Parse<ActieStatus>(naam);
        var stand = Voortgangsregels.Stand(
            Bouwer.Actie("1", "2024-Q2"), new Voortgang(status, null, Start), new Dictionary<string, DateOnly>(), new DateOnly(2025, 1, 1));

        Assert.Equal(achterstallig, stand.IsAchterstallig);
    }

    [Fact]
    public void Een_termijn_met_onbekend_anker_maakt_een_actie_niet_achterstallig()
    {
        var stand = Voortgangsregels.Stand(
            Bouwer.Actie("1", "2024-Q3", "binnen zes maanden na aanvang van het project"), null, new Dictionary<string, DateOnly>(), new DateOnly(2030, 1, 1));

        Assert.Null(stand.Vervaldatum);
        Assert.False(stand.IsAchterstallig);
    }

    [Fact]
    public void De_kwartaalupdate_vraagt_een_status_van_elke_open_actie_sinds_de_start()
    {
        var acties = new[] { Bouwer.Actie("a"), Bouwer.Actie("b"), Bouwer.Actie("c"), Bouwer.Actie("d") };
        var voortgang = new Dictionary<string, Voortgang>
        {
            ["a"] = new(ActieStatus.Loopt, null, Start.AddDays(2)),
            ["b"] = new(ActieStatus.Loopt, null, Start.AddDays(-30)),
            ["c"] = new(ActieStatus.Afgerond, null, Start.AddDays(-30)),
        };

        var fouten = Voortgangsregels.ControleerKwartaalupdate(acties, voortgang, Start);

        Assert.Equal(["Actie[b]", "Actie[d]"], fouten.Select(f => f.Veld));
        Assert.Contains("nooit", fouten[1].Melding);
    }
}
