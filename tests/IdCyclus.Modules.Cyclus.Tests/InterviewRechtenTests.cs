using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Vragenlijst.Contracts;
using static IdCyclus.Modules.Cyclus.Tests.Formuliercontext;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>
/// Holding an interview task is no way around the interview page's rights (issue 10): only Bureau and the accounthouder
/// of the directie's cluster change or submit the answers, only the directie's trekker, directeur or MT-lid (or Bureau,
/// with a reason) confirm them. Each case here would pass again if the check in the task form were removed.
/// </summary>
public sealed class InterviewRechtenTests
{
    private readonly NepOrganisatie organisatie = new();
    private readonly NepVragenlijst vragenlijst = new();
    private readonly NepCyclusjaar jaar = new();

    private InterviewIndienenFormulier Indienen => new(vragenlijst, organisatie, jaar);

    private InterviewBevestigenFormulier Bevestigen => new(vragenlijst, organisatie, jaar);

    [Fact]
    public async Task Een_directeur_met_de_taak_kan_geen_antwoorden_overschrijven()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Concept, versie: 4));

        var uitkomst = await Indienen.VerwerkAsync(
            Voor(NepOrganisatie.Dv, NepOrganisatie.DirecteurDv),
            Velden(("Antwoorden", """{"1": "0", "6": "nee"}""")),
            default);

        Assert.Equal([InterviewRechten.AntwoordenNietToegestaan], uitkomst.Fouten);
        Assert.Empty(uitkomst.Gebeurtenissen);
    }

    [Fact]
    public async Task De_accounthouder_van_een_ander_cluster_kan_geen_antwoorden_overschrijven_of_het_concept_indienen()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Concept, versie: 4));
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.AccounthouderBo);

        var overschrijven = await Indienen.VerwerkAsync(context, Velden(("Antwoorden", """{"1": "0"}""")), default);
        var concept = await Indienen.VerwerkAsync(context, Velden(("InterviewVersie", "4")), default);

        Assert.Equal([InterviewRechten.AntwoordenNietToegestaan], overschrijven.Fouten);
        Assert.Equal([InterviewRechten.AntwoordenNietToegestaan], concept.Fouten);
        Assert.Empty(concept.Gebeurtenissen);
    }

    [Fact]
    public async Task De_accounthouder_van_het_cluster_mag_indienen()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Concept, versie: 4));

        var uitkomst = await Indienen.VerwerkAsync(Voor(NepOrganisatie.Dv, NepOrganisatie.AccounthouderDii), Velden(("InterviewVersie", "4")), default);

        Assert.Empty(uitkomst.Fouten);
        Assert.Equal(InterviewIngediend.Type, Assert.Single(uitkomst.Gebeurtenissen).Type);
    }

    [Theory]
    [InlineData("a5")]
    [InlineData("a3")]
    [InlineData("a6")]
    public async Task Wie_niet_van_de_directie_en_geen_bureau_is_kan_niet_bevestigen(string persoon)
    {
        // Before the fix, anyone outside the directie counted as Bureau and could fix the answers with any reason.
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Ingediend, versie: 5));
        var door = new[] { NepOrganisatie.Werkgroeplid, NepOrganisatie.DirecteurPo, NepOrganisatie.AccounthouderDii }
            .Single(p => p.Id.ToString().EndsWith(persoon, StringComparison.Ordinal));

        var uitkomst = await Bevestigen.VerwerkAsync(Voor(NepOrganisatie.Dv, door), Velden(("InterviewVersie", "5"), ("Reden", "Niemand reageert.")), default);

        Assert.Equal([InterviewRechten.BevestigenNietToegestaan], uitkomst.Fouten);
        Assert.Empty(uitkomst.Gebeurtenissen);
    }

    [Fact]
    public async Task De_directeur_van_de_directie_bevestigt_als_respondent()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Ingediend, versie: 5));

        var uitkomst = await Bevestigen.VerwerkAsync(Voor(NepOrganisatie.Dv, NepOrganisatie.DirecteurDv), Velden(("InterviewVersie", "5")), default);

        Assert.Empty(uitkomst.Fouten);
        Assert.Equal(InterviewBevestigd.Type, Assert.Single(uitkomst.Gebeurtenissen).Type);
    }
}
