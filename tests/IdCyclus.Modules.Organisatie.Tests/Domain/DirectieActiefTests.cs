using IdCyclus.Modules.Organisatie.Tests.Testdata;

namespace IdCyclus.Modules.Organisatie.Tests.Domain;

/// <summary>Zuidas exists up to and including 31 December 2024; Nieuwbouw from 1 March 2024.</summary>
public sealed class DirectieActiefTests
{
    private static readonly DateOnly LaatsteDagZuidas = new(2024, 12, 31);

    [Fact]
    public void Rol_bij_Zuidas_zonder_einddatum_wordt_geweigerd_bij_het_veld_Tot()
    {
        var fouten = Voorstel.Trekker().Bij(Testorganisatie.Zuidas).Van(new DateOnly(2024, 1, 1)).Controleer();

        var melding = Verwacht.EenFoutBij("Tot", fouten);
        Verwacht.Noemt("Zuidas", melding);
        Verwacht.Noemt("31 december 2024", melding);
    }

    [Fact]
    public void Rol_bij_Zuidas_die_na_31_december_2024_eindigt_wordt_geweigerd_bij_het_veld_Tot()
    {
        var fouten = Voorstel.Trekker().Bij(Testorganisatie.Zuidas).Van(new DateOnly(2024, 1, 1), tot: new DateOnly(2025, 1, 1)).Controleer();

        Verwacht.EenFoutBij("Tot", fouten);
    }

    [Fact]
    public void Rol_bij_Zuidas_die_op_31_december_2024_eindigt_wordt_aanvaard()
    {
        var fouten = Voorstel.Trekker().Bij(Testorganisatie.Zuidas).Van(new DateOnly(2024, 1, 1), tot: LaatsteDagZuidas).Controleer();

        Assert.Empty(fouten);
    }

    [Fact]
    public void Rol_die_begint_voordat_de_directie_bestaat_wordt_geweigerd_bij_het_veld_Van()
    {
        var fouten = Voorstel.Trekker().Bij(Testorganisatie.Nieuwbouw).Van(new DateOnly(2024, 2, 29)).Controleer();

        var melding = Verwacht.EenFoutBij("Van", fouten);
        Verwacht.Noemt("1 maart 2024", melding);
    }

    [Fact]
    public void Rol_die_begint_op_de_eerste_dag_van_de_directie_wordt_aanvaard()
    {
        Assert.Empty(Voorstel.Trekker().Bij(Testorganisatie.Nieuwbouw).Van(new DateOnly(2024, 3, 1)).Controleer());
    }
}
