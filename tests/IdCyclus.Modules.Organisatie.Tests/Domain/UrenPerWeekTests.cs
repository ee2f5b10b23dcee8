using System.Globalization;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class UrenPerWeekTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("4.5")]
    [InlineData("40")]
    public void Trekker_met_uren_van_0_tot_en_met_40_wordt_aanvaard(string uren)
    {
        var fouten = Voorstel.Trekker().MetUren(decimal.Parse(uren, CultureInfo.InvariantCulture)).Controleer();

        Assert.Empty(fouten);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("40.5", "40,5")]
    [InlineData("40.1", "40,1")]
    public void Trekker_met_uren_buiten_0_tot_40_wordt_geweigerd_met_melding_bij_het_urenveld(string uren, string zoalsGetoond)
    {
        var fouten = Voorstel.Trekker().MetUren(decimal.Parse(uren, CultureInfo.InvariantCulture)).Controleer();

        var melding = Verwacht.EenFoutBij(nameof(RolVoorstel.UrenPerWeek), fouten);
        Verwacht.Noemt("uren per week", melding);
        Verwacht.Noemt(zoalsGetoond, melding);
    }

    [Fact]
    public void Trekker_met_60_uur_wordt_geweigerd_met_melding_bij_het_urenveld()
    {
        var fouten = Voorstel.Trekker().MetUren(60m).Controleer();

        var melding = Verwacht.EenFoutBij("UrenPerWeek", fouten);
        Verwacht.Noemt("40", melding);
    }

    [Fact]
    public void Trekker_met_uren_in_meer_dan_een_decimaal_wordt_geweigerd()
    {
        var fouten = Voorstel.Trekker().MetUren(4.25m).Controleer();

        var melding = Verwacht.EenFoutBij("UrenPerWeek", fouten);
        Verwacht.Noemt("decimaal", melding);
    }

    [Fact]
    public void Trekker_zonder_uren_wordt_geweigerd()
    {
        var fouten = Voorstel.Trekker().MetUren(null).Controleer();

        var melding = Verwacht.EenFoutBij("UrenPerWeek", fouten);
        Verwacht.Noemt("uren", melding);
    }

    [Theory]
    [InlineData(Rol.Directeur)]
    [InlineData(Rol.MtLid)]
    [InlineData(Rol.Clusterdirecteur)]
    [InlineData(Rol.Gmt)]
    public void Uren_bij_een_rol_die_geen_trekker_is_worden_geweigerd_ook_nul(Rol rol)
    {
        var fouten = Voorstel.Als(rol).MetUren(0m).Controleer();

        var melding = Verwacht.EenFoutBij("UrenPerWeek", fouten);
        Verwacht.Noemt("trekker", melding);
    }

    [Fact]
    public void Rol_die_geen_trekker_is_zonder_uren_wordt_aanvaard()
    {
        Assert.Empty(Voorstel.Als(Rol.Directeur).MetUren(null).Controleer());
    }
}
