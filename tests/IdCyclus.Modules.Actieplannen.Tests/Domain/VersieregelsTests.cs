using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class VersieregelsTests
{
    [Fact]
    public void De_eerste_bewerking_maakt_conceptversie_1()
    {
        var doel = Versieregels.Bewerken(null);

        Assert.Equal(new Bewerkdoel(1, true), doel.Waarde);
    }

    [Fact]
    public void Een_open_concept_wordt_zelf_bewerkt()
    {
        Assert.Equal(new Bewerkdoel(2, false), Versieregels.Bewerken(new Versiestand(2, VersieStatus.Concept)).Waarde);
    }

    [Fact]
    public void Na_goedkeuring_begint_de_volgende_bewerking_een_nieuwe_versie()
    {
        Assert.Equal(new Bewerkdoel(3, true), Versieregels.Bewerken(new Versiestand(2, VersieStatus.Goedgekeurd)).Waarde);
    }

    [Fact]
    public void Een_ingediende_versie_kan_niet_worden_bewerkt()
    {
        var resultaat = Versieregels.Bewerken(new Versiestand(2, VersieStatus.Ingediend));

        Assert.False(resultaat.IsGelukt);
        Assert.Contains("ter goedkeuring", Assert.Single(resultaat.Fouten).Melding);
    }

    [Fact]
    public void Een_concept_kan_zich_niet_geaccordeerd_noemen()
    {
        var fouten = Versieregels.ControleerConcept(Bouwer.Plan() with { Status = PlanStatus.VolledigPlanGeaccordeerd });

        Assert.Equal("status", Assert.Single(fouten).Veld);
    }

    [Fact]
    public void Indienen_kan_alleen_vanuit_een_concept()
    {
        Assert.NotEmpty(Versieregels.Indienen(null, Bouwer.Plan()));
        Assert.NotEmpty(Versieregels.Indienen(new Versiestand(1, VersieStatus.Ingediend), Bouwer.Plan()));
        Assert.NotEmpty(Versieregels.Indienen(new Versiestand(1, VersieStatus.Goedgekeurd), Bouwer.Plan()));
        Assert.Empty(Versieregels.Indienen(new Versiestand(1, VersieStatus.Concept), Bouwer.Plan()));
    }

    [Fact]
    public void Indienen_vraagt_om_een_actie_en_een_kwartaal_bij_elke_actie()
    {
        var zonderActies = Bouwer.Plan() with { Doelen = [] };
        var zonderKwartaal = Bouwer.Plan(Bouwer.Actie("1.1", kwartaal: null));

        Assert.Contains(Versieregels.Indienen(new Versiestand(1, VersieStatus.Concept), zonderActies), f => f.Veld == "doelen");
        Assert.Contains(Versieregels.Indienen(new Versiestand(1, VersieStatus.Concept), zonderKwartaal), f => f.Veld == "doelen[0].acties[0].kwartaal");
    }

    [Fact]
    public void Terugsturen_vraagt_een_opmerking_goedkeuren_niet()
    {
        var ingediend = new Versiestand(3, VersieStatus.Ingediend);

        Assert.Equal("Opmerking", Assert.Single(Versieregels.Beoordelen(ingediend, 3, false, " ")).Veld);
        Assert.Empty(Versieregels.Beoordelen(ingediend, 3, false, "Voeg een begroting toe."));
        Assert.Empty(Versieregels.Beoordelen(ingediend, 3, true, null));
    }

    [Fact]
    public void Beoordelen_van_een_andere_versie_dan_de_ingediende_wordt_geweigerd()
    {
        Assert.Contains("versie 2", Assert.Single(Versieregels.Beoordelen(new Versiestand(3, VersieStatus.Ingediend), 2, true, null)).Melding);
        Assert.Single(Versieregels.Beoordelen(new Versiestand(3, VersieStatus.Goedgekeurd), 3, true, null));
    }

    [Fact]
    public void Goedkeuring_maakt_het_plan_geaccordeerd_en_legt_het_anker_goedkeuring_vast()
    {
        var plan = Versieregels.NaGoedkeuring(Bouwer.Plan(Bouwer.Actie("4.3.1", "2024-Q4", "binnen 3 maanden na goedkeuring")), new DateOnly(2024, 9, 10));

        Assert.Equal(PlanStatus.VolledigPlanGeaccordeerd, plan.Status);
        var stand = Voortgangsregels.Stand(plan.AlleActies().Single(), null, plan.Ankers, new DateOnly(2024, 12, 11));
        Assert.Equal(new DateOnly(2024, 12, 10), stand.Vervaldatum);
        Assert.True(stand.IsAchterstallig);
    }
}
