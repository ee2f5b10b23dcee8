using IdCyclus.Modules.Opvolging.Domain;
using static IdCyclus.Modules.Opvolging.Tests.Domain.Voorbeelden;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

public class AfspraakTests
{
    [Fact]
    public void Zonder_voortgang_en_voor_de_deadline_is_een_afspraak_open()
    {
        Assert.Equal(Afspraakstatus.Open, Trekkerafspraak().Status(new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Op_de_dag_van_de_deadline_is_het_nog_niet_te_laat_de_dag_erna_wel()
    {
        Assert.Equal(Afspraakstatus.Open, Trekkerafspraak().Status(Deadline));
        Assert.Equal(Afspraakstatus.TeLaat, Trekkerafspraak().Status(Deadline.AddDays(1)));
    }

    [Fact]
    public void Een_voortgangsmelding_maakt_de_afspraak_op_schema_tot_de_deadline_verstrijkt()
    {
        var afspraak = Trekkerafspraak() with { LaatsteVoortgangsmelding = new DateOnly(2025, 4, 2) };

        Assert.Equal(Afspraakstatus.OpSchema, afspraak.Status(new DateOnly(2025, 5, 1)));
        Assert.Equal(Afspraakstatus.TeLaat, afspraak.Status(Deadline.AddDays(1)));
    }

    [Fact]
    public void Een_melding_van_voor_een_verschuiving_telt_niet_voor_de_nieuwe_deadline()
    {
        var afspraak = (Trekkerafspraak() with { LaatsteVoortgangsmelding = new DateOnly(2025, 4, 2) })
            .Verschoven(new DateOnly(2025, 9, 1), op: new DateOnly(2025, 5, 15));

        Assert.Equal(Afspraakstatus.Open, afspraak.Status(new DateOnly(2025, 6, 15)));
        Assert.Equal(Afspraakstatus.OpSchema, (afspraak with { LaatsteVoortgangsmelding = new DateOnly(2025, 5, 15) }).Status(new DateOnly(2025, 6, 15)));
    }

    [Fact]
    public void Een_afgesloten_afspraak_is_gedaan_of_vervallen_ook_na_de_deadline()
    {
        var later = Deadline.AddDays(30);

        Assert.Equal(Afspraakstatus.Gedaan, Trekkerafspraak().Gesloten(gedaan: true).Status(later));
        Assert.Equal(Afspraakstatus.Vervallen, Trekkerafspraak().Gesloten(gedaan: false).Status(later));
    }

    [Fact]
    public void Verschuiven_houdt_de_oorspronkelijke_deadline_en_telt_de_dagen()
    {
        var afspraak = Trekkerafspraak()
            .Verschoven(new DateOnly(2025, 7, 1), op: new DateOnly(2025, 5, 1))
            .Verschoven(new DateOnly(2025, 9, 1), op: new DateOnly(2025, 6, 20));

        Assert.Equal(Deadline, afspraak.OorspronkelijkeDeadline);
        Assert.Equal(new DateOnly(2025, 9, 1), afspraak.HuidigeDeadline);
        Assert.Equal(92, afspraak.VerschovenDagen);
        Assert.True(afspraak.IsVerschoven);
        Assert.Equal(Afspraakstatus.Open, afspraak.Status(new DateOnly(2025, 8, 1)));
    }

    [Fact]
    public void De_telling_per_status_en_verschoven_afspraken()
    {
        var vandaag = new DateOnly(2025, 6, 10);
        var afspraken = new[]
        {
            Trekkerafspraak(),
            Planafspraak().Verschoven(new DateOnly(2025, 8, 1), op: new DateOnly(2025, 5, 1)),
            Overige() with { LaatsteVoortgangsmelding = new DateOnly(2025, 3, 5), OorspronkelijkeDeadline = new DateOnly(2025, 7, 1) },
            Overige().Gesloten(gedaan: true),
            Overige().Verschoven(new DateOnly(2025, 7, 1), op: new DateOnly(2025, 5, 1)).Gesloten(gedaan: false),
        };

        var telling = Afspraaktelling.Tel(afspraken, vandaag);

        Assert.Equal(new Afspraaktelling(Open: 1, OpSchema: 1, TeLaat: 1, Gedaan: 1, Vervallen: 1, Verschoven: 2), telling);
        Assert.Equal(3, telling.Lopend);
    }

    [Fact]
    public void Een_naar_voren_gehaalde_deadline_telt_niet_als_verschoven()
    {
        var afspraak = Trekkerafspraak().Verschoven(new DateOnly(2025, 5, 1), op: new DateOnly(2025, 4, 1));

        Assert.Equal(-31, afspraak.VerschovenDagen);
        Assert.Equal(0, Afspraaktelling.Tel([afspraak], new DateOnly(2025, 4, 2)).Verschoven);
    }
}
