using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class PeriodeTests
{
    [Fact]
    public void Einddatum_voor_de_begindatum_wordt_geweigerd_bij_het_veld_Tot()
    {
        var fouten = Voorstel.Trekker().Van(new DateOnly(2025, 3, 1), tot: new DateOnly(2025, 2, 28)).Controleer();

        var melding = Verwacht.EenFoutBij("Tot", fouten);
        Verwacht.Noemt("28 februari 2025", melding);
        Verwacht.Noemt("1 maart 2025", melding);
    }

    [Fact]
    public void Einddatum_gelijk_aan_de_begindatum_wordt_aanvaard_als_rol_van_een_dag()
    {
        var dag = new DateOnly(2025, 3, 1);

        Assert.Empty(Voorstel.Trekker().Van(dag, tot: dag).Controleer());
    }

    [Fact]
    public void Zonder_begindatum_wordt_geweigerd_bij_het_veld_Van()
    {
        var fouten = Voorstel.Trekker().Van(default).Controleer();

        Verwacht.EenFoutBij("Van", fouten);
    }

    [Fact]
    public void Alle_problemen_worden_in_een_keer_gemeld_elk_bij_het_eigen_veld()
    {
        var fouten = Voorstel.Trekker()
            .MetUren(60m)
            .Van(new DateOnly(2025, 3, 1), tot: new DateOnly(2025, 2, 1))
            .Controleer();

        Assert.Equal(["Tot", "UrenPerWeek"], fouten.Select(f => f.Veld).Order());
    }
}
