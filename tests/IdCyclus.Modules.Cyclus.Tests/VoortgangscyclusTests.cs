using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Tests;

public sealed class VoortgangscyclusTests
{
    private static readonly IReadOnlyDictionary<string, DateOnly> Datums2025 = Voortgangscyclus.StandaardDatums(2025);

    /// <summary>
    /// The names Cyclus registers, as the runtime's definition check collects them from every module (the runtime's
    /// check itself is internal to it; this builds the same catalogue from Cyclus's own plug-ins).
    /// </summary>
    private static LeesResultaat Valideer(string json)
    {
        var organisatie = new NepOrganisatie();
        var vragenlijst = new NepVragenlijst();
        var jaar = new NepCyclusjaar();
        IWorkflowCollectie[] collecties = [new ActieveDirecties(organisatie), new Clusters(organisatie), new Werkgroepleden(organisatie)];
        ITaakFormulier[] formulieren =
        [
            new TrekkerBenoemenFormulier(organisatie), new VoorbereidingBevestigenFormulier(vragenlijst, jaar), new WerkgroepReactieFormulier(),
            new InterviewPlannenFormulier(vragenlijst, organisatie, jaar), new InterviewIndienenFormulier(vragenlijst, organisatie, jaar),
            new InterviewBevestigenFormulier(vragenlijst, organisatie, jaar), new InterviewfaseAfsluitenFormulier(vragenlijst, organisatie, jaar),
            new IndicatorenAanleverenFormulier(new IndicatorenNietBeschikbaar(), jaar),
        ];
        return WorkflowDefinitieLezer.Lees(json, new WorkflowCatalogus
        {
            Rollen = new OrganisatieRollen(organisatie).Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = collecties.Select(c => c.Naam).ToHashSet(StringComparer.Ordinal),
            Voorwaarden = new HashSet<string>([new DirectieZonderTrekker(organisatie).Naam], StringComparer.Ordinal),
            Formulieren = formulieren.Select(f => f.Naam).ToHashSet(StringComparer.Ordinal),
            Sjablonen = new Sjablonen().Namen.ToHashSet(StringComparer.Ordinal),
        });
    }

    [Fact]
    public void Het_sjabloon_is_geldig_met_de_catalogus_van_Cyclus()
    {
        var gelezen = Valideer(Voortgangscyclus.Maak(2025, Datums2025));

        Assert.Empty(gelezen.Fouten);
        Assert.Equal("voortgangscyclus-2025", gelezen.Definitie!.Id);
        Assert.Equal("Voortgangscyclus 2025", gelezen.Definitie.Naam);
    }

    [Fact]
    public void Elke_mijlpaal_landt_op_de_stap_die_erbij_hoort()
    {
        var datums = new Dictionary<string, DateOnly>(Datums2025) { [Voortgangscyclus.Werkgroep1] = new(2025, 3, 28) };
        var definitie = WorkflowDefinitieLezer.Lees(Voortgangscyclus.Maak(2025, datums)).Definitie!;

        DateOnly Deadline(string stap) => ((DatumTermijn)((TaakStap)definitie.ZoekStap(stap)).Deadline!).Datum;
        DateOnly Tot(string stap) => ((DatumTermijn)((WachtStap)definitie.ZoekStap(stap)).Tot).Datum;
        Assert.Equal(datums[Voortgangscyclus.Voorbereiding], Deadline("voorbereiding"));
        Assert.Equal(new DateOnly(2025, 2, 21), Tot("wachten-vooraankondiging"));
        Assert.Equal(datums[Voortgangscyclus.TrekkerBenoemd], Deadline("trekker-benoemen"));
        Assert.Equal(new DateOnly(2025, 3, 28), Deadline("plan-van-aanpak-beoordelen"));
        Assert.Equal(datums[Voortgangscyclus.KennissessieAankondiging], Tot("wachten-kennissessie"));
        Assert.Equal(datums[Voortgangscyclus.InterviewsGepland], Deadline("interview-plannen"));
        Assert.Equal(datums[Voortgangscyclus.InterviewsAfgenomen], Deadline("interview-afnemen"));
        Assert.Equal(datums[Voortgangscyclus.InterviewfaseGesloten], Deadline("interviewfase-afsluiten"));
        Assert.Equal(new DuurTermijn(IsoDuur.Parse("P14D"), Anker.NaStap("interview-afnemen")), ((TaakStap)definitie.ZoekStap("antwoorden-bevestigen")).Deadline);
        Assert.Equal(Wachtwijze.Een, ((SamenvoegStap)definitie.ZoekStap("interviewfase-gesloten")).Wacht);
    }

    [Fact]
    public void De_standaarddatums_zijn_die_van_2024_in_het_nieuwe_jaar()
    {
        Assert.Equal(new DateOnly(2025, 2, 3), Datums2025[Voortgangscyclus.Start]);
        Assert.Equal(new DateOnly(2025, 2, 21), Datums2025[Voortgangscyclus.Vooraankondiging]);
        Assert.Equal(new DateOnly(2025, 3, 27), Datums2025[Voortgangscyclus.Werkgroep1]);
        Assert.Equal(new DateOnly(2026, 2, 2), Voortgangscyclus.StandaardDatums(2026)[Voortgangscyclus.Start]);
        Assert.Equal(Voortgangscyclus.Mijlpalen.Select(m => m.Sleutel).Order(), Datums2025.Keys.Order());
        Assert.Empty(Voortgangscyclus.Controleer(2030, Voortgangscyclus.StandaardDatums(2030).ToDictionary(d => d.Key, d => (DateOnly?)d.Value)));
    }

    [Fact]
    public void LeesDatums_geeft_terug_wat_Maak_erin_stopte()
    {
        var datums = new Dictionary<string, DateOnly>(Datums2025) { [Voortgangscyclus.Start] = new(2025, 2, 10), [Voortgangscyclus.InterviewsAfgenomen] = new(2025, 5, 20) };

        Assert.Equal(datums.OrderBy(d => d.Key), Voortgangscyclus.LeesDatums(Voortgangscyclus.Maak(2025, datums, versie: 3))!.OrderBy(d => d.Key));
        Assert.Null(Voortgangscyclus.LeesDatums("""{"id":"x","naam":"x","versie":1,"stappen":[{"id":"a","naam":"a","soort":"melding","sjabloon":"s","aanRol":"r"}]}"""));
    }

    [Fact]
    public void Een_datum_buiten_het_jaar_of_in_de_verkeerde_volgorde_geeft_een_Nederlandse_fout_per_veld()
    {
        var datums = Datums2025.ToDictionary(d => d.Key, d => (DateOnly?)d.Value);
        datums[Voortgangscyclus.Start] = new DateOnly(2024, 12, 20);
        datums[Voortgangscyclus.InterviewsAfgenomen] = new DateOnly(2025, 4, 1);
        datums[Voortgangscyclus.Werkgroep1] = new DateOnly(2027, 1, 1);
        datums[Voortgangscyclus.Voorbereiding] = null;

        var fouten = Voortgangscyclus.Controleer(2025, datums);

        Assert.Equal("De start van de cyclus 2025 moet in 2025 liggen; 20 december 2024 ligt in 2024.", Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Start).Melding);
        Assert.Equal("Vul de datum in voor 'Voorbereiding afgerond (vragenlijst en organisatie)'.", Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Voorbereiding).Melding);
        Assert.Contains("ligt te ver buiten 2025", Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Werkgroep1).Melding);
        Assert.Equal("'Alle interviews afgenomen' (1 april 2025) mag niet vóór 'Alle interviews gepland' (11 april 2025) liggen.",
            Assert.Single(fouten, f => f.Veld == Voortgangscyclus.InterviewsAfgenomen).Melding);
        Assert.Equal(4, fouten.Count);
        Assert.Throws<ArgumentException>(() => Voortgangscyclus.Maak(2025, datums.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!.Value)));
    }

    [Fact]
    public void Het_meegeleverde_simulatiebestand_is_de_uitvoer_van_het_sjabloon_voor_2025()
    {
        var bestand = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Simulaties", "voortgangscyclus-2025.json"));

        Assert.Equal(Voortgangscyclus.Maak(2025, Voortgangscyclus.StandaardDatums(2025)), bestand.TrimEnd('\n'));
    }

    [Fact]
    public async Task Persoon_en_respondent_worden_uit_de_organisatie_opgelost()
    {
        var rollen = new OrganisatieRollen(new NepOrganisatie());
        var datum = new DateOnly(2025, 3, 1);

        Assert.Equal([NepOrganisatie.Werkgroeplid.Id], (await rollen.ResolveAsync("persoon", NepOrganisatie.Werkgroeplid.Id.ToString(), datum, default)).Select(p => p.Id));
        Assert.Equal([NepOrganisatie.Trekker.Id], (await rollen.ResolveAsync("respondent", NepOrganisatie.Dv.Id.ToString(), datum, default)).Select(p => p.Id));
        Assert.Equal([NepOrganisatie.DirecteurPo.Id], (await rollen.ResolveAsync("respondent", NepOrganisatie.Po.Id.ToString(), datum, default)).Select(p => p.Id));
        var leden = await new Werkgroepleden(new NepOrganisatie()).ItemsAsync(datum, default);
        Assert.Equal(new WorkflowItem(NepOrganisatie.Werkgroeplid.Id.ToString(), "Wim Werkgroep", NepOrganisatie.Werkgroeplid.Id.ToString()), Assert.Single(leden));
    }
}
