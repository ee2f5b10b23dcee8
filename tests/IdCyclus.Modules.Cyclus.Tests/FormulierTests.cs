using System.Text.Json;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Workflows.Runtime;
using static IdCyclus.Modules.Cyclus.Tests.Formuliercontext;

namespace IdCyclus.Modules.Cyclus.Tests;

public sealed class FormulierTests
{
    private readonly NepOrganisatie organisatie = new();
    private readonly NepVragenlijst vragenlijst = new();
    private readonly NepCyclusjaar jaar = new();

    private static string Melding(FormulierUitkomst uitkomst, string veld) => Assert.Single(uitkomst.Fouten, f => f.Veld == veld).Melding;

    private static T Gebeurtenis<T>(FormulierUitkomst uitkomst, string type)
    {
        Assert.Empty(uitkomst.Fouten);
        var gebeurtenis = Assert.Single(uitkomst.Gebeurtenissen);
        Assert.Equal(type, gebeurtenis.Type);
        Assert.Equal("taak:00000000-0000-0000-0000-00000000beef", gebeurtenis.Sleutel);
        return JsonSerializer.Deserialize<T>(gebeurtenis.Json, JsonSerializerOptions.Web)!;
    }

    [Fact]
    public async Task Voorbereiding_zonder_gepubliceerde_vragenlijst_en_zonder_vinkje_wordt_geweigerd()
    {
        var uitkomst = await new VoorbereidingBevestigenFormulier(vragenlijst, jaar).VerwerkAsync(Voor(null, NepOrganisatie.Projectleider), Velden(), default);

        Assert.Equal("Publiceer eerst de vragenlijst voor 2025 op /vragenlijsten.", Melding(uitkomst, ""));
        Assert.Equal("Bevestig dat de organisatiegegevens kloppen.", Melding(uitkomst, "OrganisatieGecontroleerd"));
    }

    [Fact]
    public async Task Voorbereiding_met_vragenlijst_en_vinkje_noemt_de_versie()
    {
        vragenlijst.Versie = new VragenlijstversieGegevens(Guid.NewGuid(), 2025, "Vragenlijst 2025", 19, 47);

        var uitkomst = await new VoorbereidingBevestigenFormulier(vragenlijst, jaar)
            .VerwerkAsync(Voor(null, NepOrganisatie.Projectleider), Velden(("OrganisatieGecontroleerd", "true")), default);

        Assert.Empty(uitkomst.Fouten);
        Assert.Empty(uitkomst.Gebeurtenissen);
        Assert.Contains("Vragenlijst 2025", uitkomst.Samenvatting);
    }

    [Fact]
    public async Task Werkgroepreactie_is_verplicht_en_hoogstens_4000_tekens_en_komt_in_de_samenvatting()
    {
        var formulier = new WerkgroepReactieFormulier();
        var context = Voor(null, NepOrganisatie.Werkgroeplid);

        Assert.Equal(
            "Schrijf uw reactie op het plan van aanpak.",
            Melding(await formulier.VerwerkAsync(context, Velden(("Reactie", "  ")), default), "Reactie"));
        Assert.StartsWith(
            "Uw reactie is 4001 tekens lang",
            Melding(await formulier.VerwerkAsync(context, Velden(("Reactie", new string('x', 4001))), default), "Reactie"));
        Assert.Equal("Reactie op het plan van aanpak: Meer tijd voor de trekkers.",
            (await formulier.VerwerkAsync(context, Velden(("Reactie", "Meer tijd voor de trekkers.")), default)).Samenvatting);
    }

    [Fact]
    public async Task Interview_plannen_vraagt_eerst_een_geplande_datum()
    {
        var formulier = new InterviewPlannenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.Projectleider);

        Assert.StartsWith("Plan eerst het interview op de interviewpagina: /interviews/2025/00000000-0000-0000-0000-0000000000d1?taak=",
            Melding(await formulier.VerwerkAsync(context, Velden(), default), ""));
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(
            NepOrganisatie.Dv,
            InterviewStatus.Concept,
            gepland: new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(1))));
        var uitkomst = await formulier.VerwerkAsync(context, Velden(), default);
        Assert.Equal("Interview van DV gepland op 10 maart 2025 om 10:00.", uitkomst.Samenvatting);
        Assert.Empty(uitkomst.Gebeurtenissen);
    }

    [Theory]
    [InlineData(InterviewStatus.Ingediend, "Het interview van DV is al ingediend; de respondent bevestigt nu de antwoorden.")]
    [InlineData(InterviewStatus.Definitief, "Het interview van DV is al definitief.")]
    public async Task Een_ingediend_of_definitief_interview_kan_niet_nog_eens_worden_ingediend(InterviewStatus status, string melding)
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, status));

        var uitkomst = await new InterviewIndienenFormulier(vragenlijst, organisatie, jaar)
            .VerwerkAsync(Voor(NepOrganisatie.Dv, NepOrganisatie.Projectleider), Velden(("InterviewVersie", "3")), default);

        Assert.Equal(melding, Melding(uitkomst, ""));
    }

    [Fact]
    public async Task Indienen_van_het_concept_vraagt_de_versie_die_de_accounthouder_zag()
    {
        var formulier = new InterviewIndienenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.Projectleider);
        Assert.StartsWith("Er is nog geen interview van DV voor 2025.", Melding(await formulier.VerwerkAsync(context, Velden(), default), ""));
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Concept, versie: 4));

        Assert.Equal(
            CyclusFormulieren.AntwoordenGewijzigd,
            Melding(await formulier.VerwerkAsync(context, Velden(("InterviewVersie", "3")), default), "InterviewVersie"));
        var ingediend = Gebeurtenis<InterviewIngediend>(
            await formulier.VerwerkAsync(context, Velden(("InterviewVersie", "4")), default),
            InterviewIngediend.Type);
        Assert.Equal(
            new InterviewIngediend(2025, NepOrganisatie.Dv.Id, 4, null, null, NepOrganisatie.Projectleider.Id, NepOrganisatie.Projectleider.Naam),
            ingediend);
    }

    [Fact]
    public async Task Indienen_met_antwoorden_controleert_ze_via_de_vragenlijst_en_geeft_ze_mee()
    {
        var formulier = new InterviewIndienenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.Projectleider);
        Assert.StartsWith(
            "De antwoorden zijn geen JSON-object",
            Melding(await formulier.VerwerkAsync(context, Velden(("Antwoorden", "[1,2]")), default), "Antwoorden"));
        vragenlijst.AntwoordFouten.Add(new VeldFout("Antwoorden[6]", "Vraag 6 kent geen score 9."));
        Assert.Equal(
            "Vraag 6 kent geen score 9.",
            Melding(await formulier.VerwerkAsync(context, Velden(("Antwoorden", """{"6": 9}""")), default), "Antwoorden[6]"));
        vragenlijst.AntwoordFouten.Clear();

        var ingediend = Gebeurtenis<InterviewIngediend>(
            await formulier.VerwerkAsync(
                context,
                Velden(("Antwoorden", """{"1": "2", "6": 1, "19": "Een open antwoord"}"""), ("Respondenttype", "trekker")),
                default),
            InterviewIngediend.Type);

        Assert.Equal("trekker", ingediend.Respondenttype);
        Assert.Equal(new Dictionary<string, string> { ["1"] = "2", ["6"] = "1", ["19"] = "Een open antwoord" }, ingediend.Antwoorden);
        Assert.Null(ingediend.Versie);
    }

    [Fact]
    public async Task Bevestigen_kan_alleen_een_ingediend_interview_in_de_versie_die_de_respondent_zag()
    {
        var formulier = new InterviewBevestigenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.Trekker);
        Assert.Equal(
            "Het interview van DV is nog niet ingediend; er valt nog niets te bevestigen.",
            Melding(await formulier.VerwerkAsync(context, Velden(), default), ""));
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Ingediend, versie: 5));

        Assert.Equal(
            CyclusFormulieren.AntwoordenGewijzigd,
            Melding(await formulier.VerwerkAsync(context, Velden(("InterviewVersie", "4")), default), "InterviewVersie"));
        var bevestigd = Gebeurtenis<InterviewBevestigd>(
            await formulier.VerwerkAsync(context, Velden(("InterviewVersie", "5"), ("Opmerking", "Klopt.")), default), InterviewBevestigd.Type);
        Assert.Equal(new InterviewBevestigd(2025, NepOrganisatie.Dv.Id, 5, NepOrganisatie.Trekker.Id, NepOrganisatie.Trekker.Naam, false, "Klopt."), bevestigd);
    }

    [Fact]
    public async Task Bureau_stelt_de_antwoorden_alleen_met_een_reden_vast()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Ingediend));
        var formulier = new InterviewBevestigenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(NepOrganisatie.Dv, NepOrganisatie.Projectleider);

        Assert.Equal("Geef de reden waarom Bureau de antwoorden zonder bevestiging van de respondent vaststelt.",
            Melding(await formulier.VerwerkAsync(context, Velden(), default), "Reden"));
        var bevestigd = Gebeurtenis<InterviewBevestigd>(
            await formulier.VerwerkAsync(context, Velden(("Reden", "Trekker reageert niet na twee escalaties.")), default), InterviewBevestigd.Type);
        Assert.True(bevestigd.DoorBureau);
        Assert.Equal("Trekker reageert niet na twee escalaties.", bevestigd.Opmerking);
        Assert.Null(bevestigd.Versie);
    }

    [Fact]
    public async Task Bevestigen_van_een_definitief_interview_wordt_geweigerd()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Definitief));

        var uitkomst = await new InterviewBevestigenFormulier(vragenlijst, organisatie, jaar).VerwerkAsync(
            Voor(NepOrganisatie.Dv, NepOrganisatie.Trekker),
            Velden(),
            default);

        Assert.Equal("Het interview van DV is al definitief.", Melding(uitkomst, ""));
    }

    [Fact]
    public async Task Interviewfase_afsluiten_met_ontbrekende_interviews_vraagt_een_toelichting_en_noemt_ze()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Definitief));
        var formulier = new InterviewfaseAfsluitenFormulier(vragenlijst, organisatie, jaar);
        var context = Voor(null, NepOrganisatie.Projectleider);

        Assert.Equal("Licht toe waarom de interviewfase sluit terwijl 1 interview(s) nog niet definitief zijn (P&O).",
            Melding(await formulier.VerwerkAsync(context, Velden(), default), "Toelichting"));
        var uitkomst = await formulier.VerwerkAsync(context, Velden(("Toelichting", "P&O levert volgend jaar.")), default);
        Assert.Equal(
            "Interviewfase 2025 gesloten zonder definitief interview van 1 directie(s): P&O. Toelichting: P&O levert volgend jaar.",
            uitkomst.Samenvatting);
        Assert.Empty(uitkomst.Gebeurtenissen);
    }

    [Fact]
    public async Task Interviewfase_afsluiten_met_alle_interviews_definitief_heeft_geen_toelichting_nodig()
    {
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Dv, InterviewStatus.Definitief));
        vragenlijst.Interviews.Add(NepVragenlijst.Interview(NepOrganisatie.Po, InterviewStatus.Definitief));

        var uitkomst = await new InterviewfaseAfsluitenFormulier(vragenlijst, organisatie, jaar).VerwerkAsync(
            Voor(null, NepOrganisatie.Projectleider),
            Velden(),
            default);

        Assert.Equal("Interviewfase 2025 gesloten; alle interviews zijn definitief.", uitkomst.Samenvatting);
    }

    [Theory]
    [InlineData("t.trekker@amsterdam.nl", true)]
    [InlineData("  T.Trekker@Amsterdam.NL ", true)]
    [InlineData("nieuw.gezicht@amsterdam.nl", false)]
    public async Task Een_trekker_met_het_adres_van_een_bekend_persoon_wordt_die_persoon_anders_een_nieuwe(string email, bool bekend)
    {
        var uitkomst = await new TrekkerBenoemenFormulier(organisatie, new VastTrekkerminimum(8m, false)).VerwerkAsync(
            Voor(NepOrganisatie.Po, NepOrganisatie.DirecteurPo), Velden(("Naam", "Tineke Trekker"), ("Email", email), ("UrenPerWeek", "12")), default);

        var benoemd = Gebeurtenis<TrekkerBenoemd>(uitkomst, TrekkerBenoemd.Type);
        Assert.Equal(bekend ? NepOrganisatie.Trekker.Id : null, benoemd.PersoonId);
        Assert.Equal(bekend ? null : "nieuw.gezicht@amsterdam.nl", benoemd.Email);
    }

    [Fact]
    public async Task De_huidige_trekker_opnieuw_noemen_geeft_die_trekker_de_nieuwe_uren_en_de_geschiedenis_zegt_dat()
    {
        var uitkomst = await new TrekkerBenoemenFormulier(organisatie, new VastTrekkerminimum(8m, false)).VerwerkAsync(
            Voor(NepOrganisatie.Dv, NepOrganisatie.DirecteurDv),
            Velden(("Naam", "Tineke Trekker"), ("Email", "t.trekker@amsterdam.nl"), ("UrenPerWeek", "12")), default);

        Assert.Equal("Tineke Trekker blijft trekker van DV, nu met 12 uur per week (was 8).", uitkomst.Samenvatting);
        var benoemd = Gebeurtenis<TrekkerBenoemd>(uitkomst, TrekkerBenoemd.Type);
        Assert.Equal((NepOrganisatie.Trekker.Id, 12m), (benoemd.PersoonId!.Value, benoemd.UrenPerWeek));
    }

    [Fact]
    public async Task Wat_Organisatie_zou_weigeren_staat_als_melding_bij_de_eerste_dag_en_er_gebeurt_niets()
    {
        var later = new RolGegevens(Guid.NewGuid(), Rol.Trekker, NepOrganisatie.Trekker, NepOrganisatie.Po.Id, null, new DateOnly(2025, 9, 1), null, 8);
        var formulier = new TrekkerBenoemenFormulier(new NepOrganisatie(later), new VastTrekkerminimum(8m, false));
        var velden = Velden(("Naam", "Tineke Trekker"), ("Email", "t.trekker@amsterdam.nl"), ("UrenPerWeek", "12"));

        var overlap = await formulier.VerwerkAsync(Voor(NepOrganisatie.Po, NepOrganisatie.DirecteurPo), velden, default);
        var nieuw = await formulier.VerwerkAsync(
            Voor(NepOrganisatie.Nieuw, NepOrganisatie.DirecteurPo),
            Velden(("Naam", "N. Nieuw"), ("Email", "n.nieuw@amsterdam.nl"), ("UrenPerWeek", "8")),
            default);

        Assert.Equal(("Van", "Tineke Trekker is vanaf 1 september 2025 al trekker van P&O; kies als eerste dag 1 september 2025 of later, "
            + "dan krijgt die trekker de uren die u invult."), (Assert.Single(overlap.Fouten).Veld, overlap.Fouten[0].Melding));
        Assert.Equal(("Van", "NW bestaat pas vanaf 1 juli 2025; kies als eerste dag die dag of later."),
            (Assert.Single(nieuw.Fouten).Veld, nieuw.Fouten[0].Melding));
        Assert.Empty(overlap.Gebeurtenissen);
        Assert.Empty(nieuw.Gebeurtenissen);
    }
}
