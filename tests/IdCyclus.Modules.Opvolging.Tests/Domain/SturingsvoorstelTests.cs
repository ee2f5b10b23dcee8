using IdCyclus.Modules.Opvolging.Domain;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

public class SturingsvoorstelTests
{
    private static readonly DateOnly Jaarstart = new(2025, 1, 1);

    private static DirectieStand Stand(string naam, decimal[] uren, DateOnly? goedgekeurd) =>
        new(Guid.NewGuid(), naam, uren, goedgekeurd);

    [Fact]
    public void Een_directie_met_trekker_van_8_uur_en_een_actueel_plan_krijgt_niets()
    {
        Assert.Empty(Sturingsvoorstel.Voor([Stand("Op orde", [8], new DateOnly(2025, 2, 1))], Urennorm.Aanbeveling(2024), Jaarstart));
    }

    [Fact]
    public void Zonder_trekker_en_zonder_plan_krijgt_een_directie_beide_afspraken()
    {
        var stand = Stand("Niets", [], null);

        var voorstellen = Sturingsvoorstel.Voor([stand], Urennorm.Aanbeveling(2024), Jaarstart);

        Assert.Equal([Afspraaksoort.TrekkerBenoemd, Afspraaksoort.ActieplanOpgeleverd], voorstellen.Select(v => v.Soort));
        Assert.All(voorstellen, v => Assert.Equal(stand.DirectieId, v.DirectieId));
        Assert.Equal(8m, voorstellen[0].MinimaleUren);
        Assert.StartsWith(
            "Er is geen trekker; minimaal 8 uur per week (aanbeveling uit de Voortgangsrapportage 2024;",
            voorstellen[0].Reden,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Een_trekker_met_minder_dan_de_norm_krijgt_ook_de_trekkerafspraak()
    {
        var voorstel = Assert.Single(Sturingsvoorstel.Voor([Stand("Weinig", [4], new DateOnly(2025, 3, 1))], Urennorm.Aanbeveling(2024), Jaarstart));

        Assert.Equal(Afspraaksoort.TrekkerBenoemd, voorstel.Soort);
        Assert.StartsWith("De trekker heeft 4 uur per week", voorstel.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Twee_trekkers_van_4_uur_zijn_geen_trekker_van_8_uur()
    {
        var voorstel = Assert.Single(Sturingsvoorstel.Voor([Stand("Gedeeld", [4, 4], new DateOnly(2025, 3, 1))], Urennorm.Aanbeveling(2024), Jaarstart));

        Assert.StartsWith("Geen van de 2 trekkers heeft genoeg uren (hoogste: 4 uur)", voorstel.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_plan_van_voor_het_cyclusjaar_is_niet_actueel()
    {
        var voorstel = Assert.Single(Sturingsvoorstel.Voor([Stand("Oud plan", [10], new DateOnly(2024, 11, 30))], Urennorm.Aanbeveling(2024), Jaarstart));

        Assert.Equal(Afspraaksoort.ActieplanOpgeleverd, voorstel.Soort);
        Assert.Equal("Het actieplan is voor het laatst goedgekeurd op 30 november 2024.", voorstel.Reden);
    }

    [Fact]
    public void Zodra_het_GMT_de_norm_vastlegt_zegt_de_tekst_dat_en_geldt_zijn_aantal()
    {
        var norm = new Urennorm(12m, 2024, new DateOnly(2025, 2, 10));

        var voorstel = Assert.Single(Sturingsvoorstel.Voor([Stand("Tien uur", [10], new DateOnly(2025, 3, 1))], norm, Jaarstart));

        Assert.Equal(12m, voorstel.MinimaleUren);
        Assert.Equal("De trekker heeft 10 uur per week; minimaal 12 uur per week (afspraak van het GMT van 10 februari 2025).", voorstel.Reden);
    }
}
