using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class BereikTests
{
    [Fact]
    public void Trekker_zonder_directie_wordt_geweigerd_bij_het_veld_Directie()
    {
        var fouten = Voorstel.Trekker().Bij(null).Controleer();

        var melding = Verwacht.EenFoutBij("Directie", fouten);
        Verwacht.Noemt("trekker", melding);
    }

    [Fact]
    public void Clusterdirecteur_zonder_cluster_wordt_geweigerd_bij_het_veld_Cluster()
    {
        var fouten = Voorstel.Als(Rol.Clusterdirecteur).InCluster(null).Controleer();

        var melding = Verwacht.EenFoutBij("Cluster", fouten);
        Verwacht.Noemt("clusterdirecteur", melding);
    }

    [Fact]
    public void Accounthouder_zonder_cluster_wordt_geweigerd_bij_het_veld_Cluster()
    {
        var fouten = Voorstel.Als(Rol.Accounthouder).InCluster(null).Controleer();

        Verwacht.EenFoutBij("Cluster", fouten);
    }

    [Fact]
    public void Gmt_lid_met_een_directie_wordt_geweigerd_bij_het_veld_Rol()
    {
        var fouten = Voorstel.Als(Rol.Gmt).Bij(Testorganisatie.Communicatie).Controleer();

        var melding = Verwacht.EenFoutBij("Rol", fouten);
        Verwacht.Noemt("GMT", melding);
    }

    [Fact]
    public void Gmt_lid_met_een_cluster_wordt_geweigerd_bij_het_veld_Rol()
    {
        var fouten = Voorstel.Als(Rol.Gmt).InCluster(Testorganisatie.Sociaal).Controleer();

        Verwacht.EenFoutBij("Rol", fouten);
    }

    [Fact]
    public void Trekker_met_daarnaast_een_cluster_wordt_geweigerd_bij_het_veld_Rol()
    {
        var fouten = Voorstel.Trekker().InCluster(Testorganisatie.Sociaal).Controleer();

        Verwacht.EenFoutBij("Rol", fouten);
    }

    [Fact]
    public void Clusterdirecteur_met_daarnaast_een_directie_wordt_geweigerd_bij_het_veld_Rol()
    {
        var fouten = Voorstel.Als(Rol.Clusterdirecteur).Bij(Testorganisatie.Communicatie).Controleer();

        Verwacht.EenFoutBij("Rol", fouten);
    }

    [Theory]
    [InlineData(Rol.Gmt)]
    [InlineData(Rol.Projectleider)]
    [InlineData(Rol.DataAnalist)]
    [InlineData(Rol.WerkgroepLid)]
    public void Gemeentebrede_rol_zonder_directie_of_cluster_wordt_aanvaard(Rol rol)
    {
        Assert.Empty(Voorstel.Als(rol).Controleer());
    }
}
