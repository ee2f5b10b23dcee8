using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class OverlapTests
{
    private static readonly DateOnly BeginVan2024 = new(2024, 1, 1);
    private static readonly DateOnly EindVan2024 = new(2024, 12, 31);
    private static readonly DateOnly BeginVan2025 = new(2025, 1, 1);

    [Fact]
    public void Gegeven_Anna_is_trekker_van_Com_in_2024_wanneer_ze_opnieuw_trekker_wordt_midden_in_2024_dan_geweigerd()
    {
        var bestaand = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2024, tot: EindVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(new DateOnly(2024, 6, 1), tot: new DateOnly(2025, 6, 1))
            .Controleer(bestaand);

        var melding = Verwacht.EenFoutBij("Van", fouten);
        Verwacht.Noemt(Testorganisatie.Anna.Naam, melding);
        Verwacht.Noemt("overlappen", melding);
    }

    [Fact]
    public void Gegeven_een_lopende_toewijzing_zonder_einddatum_wanneer_dezelfde_persoon_later_dezelfde_rol_krijgt_dan_geweigerd()
    {
        var lopend = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(new DateOnly(2030, 1, 1), tot: new DateOnly(2030, 12, 31))
            .Controleer(lopend);

        Verwacht.EenFoutBij("Van", fouten);
    }

    [Fact]
    public void Gegeven_een_latere_afgesloten_periode_wanneer_dezelfde_persoon_eerder_en_zonder_einddatum_begint_dan_geweigerd()
    {
        var later = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(new DateOnly(2026, 1, 1), tot: new DateOnly(2026, 6, 30));

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2025).Controleer(later);

        Verwacht.EenFoutBij("Van", fouten);
    }

    [Fact]
    public void Aansluitende_perioden_eind_31_december_en_begin_1_januari_worden_aanvaard()
    {
        var vorigJaar = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2024, tot: EindVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2025).Controleer(vorigJaar);

        Assert.Empty(fouten);
    }

    [Fact]
    public void Periode_die_op_de_laatste_dag_van_de_vorige_begint_overlapt_en_wordt_geweigerd()
    {
        var vorigJaar = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2024, tot: EindVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(EindVan2024).Controleer(vorigJaar);

        Verwacht.EenFoutBij("Van", fouten);
    }

    [Fact]
    public void Dezelfde_persoon_als_trekker_van_een_andere_directie_in_dezelfde_periode_wordt_aanvaard()
    {
        var elders = Voorstel.Trekker().Voor(Testorganisatie.Anna).Bij(Testorganisatie.West).Van(BeginVan2024);

        Assert.Empty(Voorstel.Trekker().Voor(Testorganisatie.Anna).Bij(Testorganisatie.Communicatie).Van(BeginVan2025).Controleer(elders));
    }

    [Fact]
    public void Dezelfde_persoon_in_een_andere_rol_bij_dezelfde_directie_wordt_aanvaard()
    {
        var alsMtLid = Voorstel.Als(Rol.MtLid).Voor(Testorganisatie.Anna).Van(BeginVan2024);

        Assert.Empty(Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2025).Controleer(alsMtLid));
    }

    [Fact]
    public void Twee_verschillende_trekkers_tegelijk_bij_een_directie_worden_aanvaard()
    {
        var eersteTrekker = Voorstel.Trekker().Voor(Testorganisatie.Anna).Bij(Testorganisatie.West).Van(BeginVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Bas).Bij(Testorganisatie.West).Van(BeginVan2024).Controleer(eersteTrekker);

        Assert.Empty(fouten);
    }

    [Fact]
    public void Tweede_directeur_tegelijk_bij_een_directie_wordt_geweigerd_met_de_naam_van_de_zittende_directeur()
    {
        var zittend = Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Anna).Van(BeginVan2024);

        var fouten = Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Bas).Van(BeginVan2025).Controleer(zittend);

        var melding = Verwacht.EenFoutBij("Van", fouten);
        Verwacht.Noemt(Testorganisatie.Anna.Naam, melding);
        Verwacht.Noemt(Testorganisatie.Communicatie.Afkorting, melding);
    }

    [Fact]
    public void Nieuwe_directeur_na_het_einde_van_de_vorige_wordt_aanvaard()
    {
        var vorige = Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Anna).Van(BeginVan2024, tot: EindVan2024);

        Assert.Empty(Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Bas).Van(BeginVan2025).Controleer(vorige));
    }

    [Fact]
    public void Directeur_van_een_andere_directie_staat_een_nieuwe_directeur_niet_in_de_weg()
    {
        var elders = Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Anna).Bij(Testorganisatie.West).Van(BeginVan2024);

        Assert.Empty(Voorstel.Als(Rol.Directeur).Voor(Testorganisatie.Bas).Van(BeginVan2024).Controleer(elders));
    }

    [Theory]
    [InlineData(Rol.Clusterdirecteur)]
    [InlineData(Rol.Accounthouder)]
    public void Tweede_houder_van_een_enkelvoudige_clusterrol_tegelijk_in_een_cluster_wordt_geweigerd(Rol rol)
    {
        var zittend = Voorstel.Als(rol).Voor(Testorganisatie.Anna).InCluster(Testorganisatie.Sociaal).Van(BeginVan2024);

        var fouten = Voorstel.Als(rol).Voor(Testorganisatie.Bas).InCluster(Testorganisatie.Sociaal).Van(BeginVan2025).Controleer(zittend);

        var melding = Verwacht.EenFoutBij("Van", fouten);
        Verwacht.Noemt(Testorganisatie.Anna.Naam, melding);
        Verwacht.Noemt(Testorganisatie.Sociaal.Naam, melding);
    }

    [Theory]
    [InlineData(Rol.Clusterdirecteur)]
    [InlineData(Rol.Accounthouder)]
    public void Enkelvoudige_clusterrol_in_een_ander_cluster_tegelijk_wordt_aanvaard(Rol rol)
    {
        var elders = Voorstel.Als(rol).Voor(Testorganisatie.Anna).InCluster(Testorganisatie.RuimteEnEconomie).Van(BeginVan2024);

        Assert.Empty(Voorstel.Als(rol).Voor(Testorganisatie.Bas).InCluster(Testorganisatie.Sociaal).Van(BeginVan2024).Controleer(elders));
    }

    [Fact]
    public void Meerdere_mt_leden_tegelijk_bij_een_directie_worden_aanvaard()
    {
        var eerste = Voorstel.Als(Rol.MtLid).Voor(Testorganisatie.Anna).Van(BeginVan2024);
        var tweede = Voorstel.Als(Rol.MtLid).Voor(Testorganisatie.Bas).Van(BeginVan2024);

        Assert.Empty(Voorstel.Als(Rol.MtLid).Voor(Testorganisatie.Carla).Van(BeginVan2024).Controleer(eerste, tweede));
    }

    [Fact]
    public void Overlap_wordt_pas_gemeld_als_het_voorstel_zelf_in_orde_is()
    {
        var bestaand = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2024);

        var fouten = Voorstel.Trekker().Voor(Testorganisatie.Anna).Van(BeginVan2025).MetUren(60m).Controleer(bestaand);

        Verwacht.EenFoutBij("UrenPerWeek", fouten);
    }
}
