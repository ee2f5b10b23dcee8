using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

public sealed class BeeindigingTests
{
    private static readonly DateOnly Begin = new(2024, 3, 1);

    [Fact]
    public void Beeindigen_voor_de_begindatum_wordt_geweigerd_bij_het_veld_Tot()
    {
        var toewijzing = Voorstel.Trekker().Van(Begin).AlsToewijzing();

        var fouten = RolRegels.ControleerBeeindiging(toewijzing, Begin.AddDays(-1), Testorganisatie.Communicatie);

        Verwacht.EenFoutBij("Tot", fouten);
    }

    [Fact]
    public void Beeindigen_op_de_begindatum_wordt_aanvaard()
    {
        var toewijzing = Voorstel.Trekker().Van(Begin).AlsToewijzing();

        Assert.Empty(RolRegels.ControleerBeeindiging(toewijzing, Begin, Testorganisatie.Communicatie));
    }

    [Fact]
    public void Beeindigen_bij_Zuidas_na_31_december_2024_wordt_geweigerd_bij_het_veld_Tot()
    {
        var toewijzing = Voorstel.Trekker().Bij(Testorganisatie.Zuidas).Van(Begin).AlsToewijzing();

        var fouten = RolRegels.ControleerBeeindiging(toewijzing, new DateOnly(2025, 1, 31), Testorganisatie.Zuidas);

        var melding = Verwacht.EenFoutBij("Tot", fouten);
        Verwacht.Noemt("Zuidas", melding);
    }

    [Fact]
    public void Beeindigen_bij_Zuidas_op_31_december_2024_wordt_aanvaard()
    {
        var toewijzing = Voorstel.Trekker().Bij(Testorganisatie.Zuidas).Van(Begin).AlsToewijzing();

        Assert.Empty(RolRegels.ControleerBeeindiging(toewijzing, new DateOnly(2024, 12, 31), Testorganisatie.Zuidas));
    }

    [Fact]
    public void Beeindigen_van_een_clusterrol_zonder_directie_toetst_alleen_de_periode()
    {
        var toewijzing = Voorstel.Als(Contracts.Rol.Clusterdirecteur).Van(Begin).AlsToewijzing();

        Assert.Empty(RolRegels.ControleerBeeindiging(toewijzing, new DateOnly(2030, 1, 1), directie: null));
    }
}
