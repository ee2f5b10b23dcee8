using System.Globalization;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class UrenWijzigingTests
{
    [Fact]
    public void Uren_van_een_trekker_wijzigen_naar_8_wordt_aanvaard()
    {
        var trekker = Voorstel.Trekker().AlsToewijzing();

        Assert.Empty(RolRegels.ControleerUrenWijziging(trekker, 8m));
    }

    [Theory]
    [InlineData("40.5")]
    [InlineData("-1")]
    [InlineData("4.25")]
    public void Uren_van_een_trekker_wijzigen_naar_een_ongeldige_waarde_wordt_geweigerd_bij_het_urenveld(string uren)
    {
        var trekker = Voorstel.Trekker().AlsToewijzing();

        var fouten = RolRegels.ControleerUrenWijziging(trekker, decimal.Parse(uren, CultureInfo.InvariantCulture));

        Verwacht.EenFoutBij("UrenPerWeek", fouten);
    }

    [Fact]
    public void Uren_van_een_trekker_leegmaken_wordt_geweigerd()
    {
        var trekker = Voorstel.Trekker().AlsToewijzing();

        Verwacht.EenFoutBij("UrenPerWeek", RolRegels.ControleerUrenWijziging(trekker, null));
    }

    [Fact]
    public void Uren_wijzigen_bij_een_directeur_wordt_geweigerd()
    {
        var directeur = Voorstel.Als(Rol.Directeur).AlsToewijzing();

        var melding = Verwacht.EenFoutBij("UrenPerWeek", RolRegels.ControleerUrenWijziging(directeur, 4m));
        Verwacht.Noemt("trekker", melding);
    }
}
