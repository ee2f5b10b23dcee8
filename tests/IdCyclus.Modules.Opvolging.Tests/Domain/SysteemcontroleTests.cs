using IdCyclus.Modules.Opvolging.Domain;
using static IdCyclus.Modules.Opvolging.Tests.Domain.Voorbeelden;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

public class SysteemcontroleTests
{
    private static TrekkerVastgelegd Trekker(decimal uren, DateOnly op, Guid? directie = null) => new(directie ?? Directie, "Noor Verbeek", uren, op);

    private static ActieplanversieGoedgekeurd Versie(DateOnly op, Guid? directie = null) => new(directie ?? Directie, 2025, 3, op);

    [Fact]
    public void Een_trekker_met_genoeg_uren_na_de_afspraak_vervult_haar()
    {
        var vervulling = Systeemcontrole.Beoordeel(Trekkerafspraak(8), Trekker(8, new DateOnly(2025, 4, 3)));

        Assert.NotNull(vervulling);
        Assert.Equal(new DateOnly(2025, 4, 3), vervulling.Op);
        Assert.Equal("Trekker Noor Verbeek met 8 uur per week vastgelegd op 3 april 2025.", vervulling.Bewijs);
    }

    [Fact]
    public void Een_trekker_op_de_dag_van_de_afspraak_telt_mee()
    {
        Assert.NotNull(Systeemcontrole.Beoordeel(Trekkerafspraak(), Trekker(12, Vastgelegd)));
    }

    [Theory]
    [InlineData(7.5)]
    [InlineData(4)]
    public void Een_trekker_met_te_weinig_uren_vervult_haar_niet(decimal uren)
    {
        Assert.Null(Systeemcontrole.Beoordeel(Trekkerafspraak(8), Trekker(uren, new DateOnly(2025, 4, 3))));
    }

    [Fact]
    public void Een_trekker_van_voor_de_afspraak_of_van_een_andere_directie_vervult_haar_niet()
    {
        Assert.Null(Systeemcontrole.Beoordeel(Trekkerafspraak(), Trekker(8, Vastgelegd.AddDays(-1))));
        Assert.Null(Systeemcontrole.Beoordeel(Trekkerafspraak(), Trekker(8, new DateOnly(2025, 4, 3), AndereDirectie)));
    }

    [Fact]
    public void Een_trekker_vervult_geen_planafspraak_en_geen_afgesloten_afspraak()
    {
        Assert.Null(Systeemcontrole.Beoordeel(Planafspraak(), Trekker(8, new DateOnly(2025, 4, 3))));
        Assert.Null(Systeemcontrole.Beoordeel(Trekkerafspraak().Gesloten(gedaan: false), Trekker(8, new DateOnly(2025, 4, 3))));
    }

    [Fact]
    public void Alleen_een_versie_goedgekeurd_op_of_na_de_dag_van_de_afspraak_is_geactualiseerd()
    {
        var vervulling = Systeemcontrole.Beoordeel(Planafspraak(), Versie(new DateOnly(2025, 5, 20)));

        Assert.Equal("Actieplan 2025 versie 3 goedgekeurd op 20 mei 2025.", vervulling?.Bewijs);
        Assert.NotNull(Systeemcontrole.Beoordeel(Planafspraak(), Versie(Vastgelegd)));
        Assert.Null(Systeemcontrole.Beoordeel(Planafspraak(), Versie(Vastgelegd.AddDays(-1))));
        Assert.Null(Systeemcontrole.Beoordeel(Planafspraak(), Versie(new DateOnly(2025, 5, 20), AndereDirectie)));
        Assert.Null(Systeemcontrole.Beoordeel(Trekkerafspraak(), Versie(new DateOnly(2025, 5, 20))));
    }

    [Fact]
    public void Een_late_vervulling_na_de_deadline_telt_nog_steeds()
    {
        Assert.NotNull(Systeemcontrole.Beoordeel(Planafspraak(), Versie(Deadline.AddDays(40))));
    }
}
