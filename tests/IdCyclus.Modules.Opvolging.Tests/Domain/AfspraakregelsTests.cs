using IdCyclus.Modules.Opvolging.Domain;
using static IdCyclus.Modules.Opvolging.Tests.Domain.Voorbeelden;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

public class AfspraakregelsTests
{
    private static Afspraakvoorstel Voorstel(Afspraaksoort soort = Afspraaksoort.TrekkerBenoemd, decimal? uren = 8) =>
        new(soort, Afspraakbron.Gmt, Directie, Guid.NewGuid(), null, Vastgelegd, Deadline, uren);

    [Fact]
    public void Een_volledig_voorstel_heeft_geen_fouten()
    {
        Assert.Empty(Afspraakregels.Controleer(Voorstel()));
        Assert.Empty(Afspraakregels.Controleer(Voorstel(Afspraaksoort.ActieplanOpgeleverd, uren: null)));
    }

    [Fact]
    public void Een_leeg_voorstel_geeft_elke_fout_bij_zijn_veld()
    {
        var fouten = Afspraakregels.Controleer(new Afspraakvoorstel(Afspraaksoort.Overig, Afspraakbron.Bureau, null, null, " ", Vastgelegd, null, null));

        Assert.Equal(
            ["DirectieId", "EigenaarId", "Omschrijving", "Deadline"],
            fouten.Select(f => f.Veld));
        Assert.All(fouten, f => Assert.False(string.IsNullOrWhiteSpace(f.Melding)));
    }

    [Fact]
    public void De_deadline_moet_na_de_dag_van_de_afspraak_liggen()
    {
        var fout = Assert.Single(Afspraakregels.Controleer(Voorstel() with { Deadline = Vastgelegd }));

        Assert.Equal("Deadline", fout.Veld);
        Assert.Contains("1 maart 2025", fout.Melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Vul in hoeveel uur")]
    [InlineData(0, "tussen 0 en 40")]
    [InlineData(41, "tussen 0 en 40")]
    public void Een_trekkerafspraak_heeft_een_redelijk_aantal_uren(int? uren, string verwacht)
    {
        var fout = Assert.Single(Afspraakregels.Controleer(Voorstel(uren: uren)));

        Assert.Equal("MinimaleUren", fout.Veld);
        Assert.Contains(verwacht, fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Alleen_een_trekkerafspraak_heeft_uren()
    {
        var fout = Assert.Single(Afspraakregels.Controleer(Voorstel(Afspraaksoort.ActieplanOpgeleverd, uren: 8)));

        Assert.Equal("MinimaleUren", fout.Veld);
    }

    [Fact]
    public void Een_te_lange_omschrijving_noemt_de_lengte_en_het_maximum()
    {
        var fout = Assert.Single(Afspraakregels.Controleer(Voorstel() with { Omschrijving = new string('x', 501) }));

        Assert.Equal("Omschrijving", fout.Veld);
        Assert.Contains("501", fout.Melding, StringComparison.Ordinal);
        Assert.Contains("500", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Verschuiven_vraagt_een_reden_en_een_andere_toekomstige_dag()
    {
        var vandaag = new DateOnly(2025, 5, 1);

        Assert.Empty(Afspraakregels.ControleerVerschuiving(Trekkerafspraak(), new DateOnly(2025, 7, 1), "Reorganisatie", vandaag));
        Assert.Equal(["HuidigeDeadline", "Reden"], Afspraakregels.ControleerVerschuiving(Trekkerafspraak(), null, "", vandaag).Select(f => f.Veld));
        Assert.Contains(
            "al 1 juni 2025",
            Assert.Single(Afspraakregels.ControleerVerschuiving(Trekkerafspraak(), Deadline, "x", vandaag)).Melding,
            StringComparison.Ordinal);
        Assert.Contains(
            "verleden",
            Assert.Single(Afspraakregels.ControleerVerschuiving(Trekkerafspraak(), new DateOnly(2025, 4, 30), "x", vandaag)).Melding,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Een_afgesloten_afspraak_verschuift_en_sluit_niet_meer()
    {
        var gesloten = Trekkerafspraak().Gesloten(gedaan: true);

        Assert.Contains(
            "afgesloten",
            Assert.Single(Afspraakregels.ControleerVerschuiving(gesloten, new DateOnly(2025, 9, 1), "x", Vastgelegd)).Melding,
            StringComparison.Ordinal);
        Assert.Contains("al afgesloten", Assert.Single(Afspraakregels.ControleerAfsluiting(gesloten, true, "bewijs")).Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Afsluiten_vraagt_bewijs_of_een_reden()
    {
        Assert.Contains("bewijs", Assert.Single(Afspraakregels.ControleerAfsluiting(Overige(), true, " ")).Melding, StringComparison.Ordinal);
        Assert.Contains("waarom", Assert.Single(Afspraakregels.ControleerAfsluiting(Overige(), false, null)).Melding, StringComparison.Ordinal);
        Assert.Empty(Afspraakregels.ControleerAfsluiting(Overige(), false, "Directie opgeheven"));
        Assert.Contains("2001", Assert.Single(Afspraakregels.ControleerAfsluiting(Overige(), true, new string('x', 2001))).Melding, StringComparison.Ordinal);
    }
}
