using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Modules.Cyclus.Workflow;
using Duiding = IdCyclus.Modules.Cyclus.Duidingsgesprekken.Duidingsgesprekken;
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
            new TrekkerBenoemenFormulier(organisatie, new VastTrekkerminimum(8m, false)), new VoorbereidingBevestigenFormulier(vragenlijst, jaar),
            new WerkgroepReactieFormulier(),
            new InterviewPlannenFormulier(vragenlijst, organisatie, jaar), new InterviewIndienenFormulier(vragenlijst, organisatie, jaar),
            new InterviewBevestigenFormulier(vragenlijst, organisatie, jaar), new InterviewfaseAfsluitenFormulier(vragenlijst, organisatie, jaar),
            new IndicatorenAanleverenFormulier(new IndicatorenNietBeschikbaar(), jaar),
        ];
        return WorkflowDefinitieLezer.Lees(json, new WorkflowCatalogus
        {
            Rollen = new OrganisatieRollen(organisatie).Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = collecties.Select(c => c.Naam).ToHashSet(StringComparer.Ordinal),
            Voorwaarden = new HashSet<string>([new DirectieZonderTrekker(organisatie).Naam, "directie-zonder-actieplanafspraak"], StringComparer.Ordinal),
            Formulieren = formulieren.Select(f => f.Naam)
                .Concat([RapportGepubliceerdFormulier.Formuliernaam, Duiding.PlannenFormulier, Duiding.UitkomstFormulier])
                .ToHashSet(StringComparer.Ordinal),
            Sjablonen = new Sjablonen().Namen.Concat(new Duidingssjablonen().Namen).ToHashSet(StringComparer.Ordinal),
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
        Assert.Equal(new DateOnly(2025, 2, 19), Tot("wachten-vooraankondiging"));
        Assert.Equal(datums[Voortgangscyclus.TrekkerBenoemd], Deadline("trekker-benoemen"));
        Assert.Equal(new DateOnly(2025, 3, 28), Deadline("plan-van-aanpak-beoordelen"));
        Assert.Equal(datums[Voortgangscyclus.KennissessieAankondiging], Tot("wachten-kennissessie"));
        Assert.Equal(datums[Voortgangscyclus.InterviewsGepland], Deadline("interview-plannen"));
        Assert.Equal(datums[Voortgangscyclus.InterviewsAfgenomen], Deadline("interview-afnemen"));
        Assert.Equal(datums[Voortgangscyclus.InterviewfaseGesloten], Deadline("interviewfase-afsluiten"));
        Assert.Equal(
            new DuurTermijn(IsoDuur.Parse("P14D"), Anker.NaStap("interview-afnemen")),
            ((TaakStap)definitie.ZoekStap("antwoorden-bevestigen")).Deadline);
        Assert.Equal(Wachtwijze.Een, ((SamenvoegStap)definitie.ZoekStap("interviewfase-gesloten")).Wacht);
        Assert.Equal(datums[Voortgangscyclus.Conceptconclusies], Deadline("analyse"));
        Assert.Equal(datums[Voortgangscyclus.Werkgroep2], Deadline("werkgroep-review"));
        Assert.Equal(datums[Voortgangscyclus.RapportDefinitief], Deadline("rapport-definitief"));
        Assert.Equal(datums[Voortgangscyclus.DuidingsgesprekkenGepland], Deadline("duidingsgesprek-plannen"));
        Assert.Equal(datums[Voortgangscyclus.Duidingsgesprekken], Deadline("duidingsgesprek-uitkomst"));
        Assert.Equal(datums[Voortgangscyclus.Duidingsgesprekken], Deadline("duidingsgesprekken-afsluiten"));
        Assert.Equal(datums[Voortgangscyclus.Gmt], Deadline("gmt-besluit"));
        Assert.Equal(datums[Voortgangscyclus.Sturing], Deadline("sturing"));
        Assert.Equal(datums[Voortgangscyclus.ActieplanGeactualiseerd], Deadline("actieplan-actualiseren"));
        Assert.Equal(datums[Voortgangscyclus.Opvolging], Deadline("opvolging"));
        Assert.True(definitie.Opties.Werkdagen);
        Assert.Equal("vooraankondiging", ((DatumTermijn)((WachtStap)definitie.ZoekStap("wachten-vooraankondiging")).Tot).Parameter);
    }

    [Fact]
    public void Het_jaar_loopt_van_de_voorbereiding_tot_de_opvolging_in_de_volgorde_van_de_cyclus()
    {
        var definitie = WorkflowDefinitieLezer.Lees(Voortgangscyclus.Maak(2025, Datums2025)).Definitie!;

        // Each step's chain of predecessors, from the last step back to the first.
        (string Stap, string Na)[] keten =
        [
            ("opvolging", "sturing"), ("sturing", "gmt-besluit"), ("gmt-besluit", "duidingsgesprekken-gevoerd"),
            ("duidingsgesprekken-gevoerd", "duidingsgesprekken"), ("duidingsgesprekken", "rapport-definitief"), ("rapport-definitief", "werkgroep-review"),
            ("werkgroep-review", "analyse"), ("analyse", "interviewfase-klaar"),
            ("interviewfase-klaar", "interviewfase-gesloten"), ("actieplannen-actualiseren", "sturing"),
        ];
        foreach (var (stap, na) in keten)
        {
            Assert.Contains(na, definitie.ZoekStap(stap).NaStappen);
        }

        Assert.Equal("clusters", ((PerItemStap)definitie.ZoekStap("duidingsgesprekken")).Collectie);
        Assert.True(((SamenvoegStap)definitie.ZoekStap("duidingsgesprekken-gevoerd")).AnnuleerRest);
        Assert.Equal(["Duidingsgesprekken gevoerd", "GMT-besluit vastgelegd", "Sturing vastgelegd in Opvolging"],
            new[] { "duidingsgesprekken-afsluiten", "gmt-besluit", "sturing" }.Select(id => definitie.ZoekStap(id).Naam));
        Assert.DoesNotContain("{jaar}", Voortgangscyclus.Maak(2026, Voortgangscyclus.StandaardDatums(2026)), StringComparison.Ordinal);
    }

    [Fact]
    public void De_duidingsgesprekken_van_het_jaar_zijn_de_echte_stappen_na_de_publicatie_met_de_termijnen_van_het_jaar()
    {
        var jaar = WorkflowDefinitieLezer.Lees(Voortgangscyclus.Maak(2025, Datums2025)).Definitie!;
        var los = WorkflowDefinitieLezer.Lees(Duiding.Maak(2025)).Definitie!;

        // Same ids, names, roles, forms, messages, reminders and escalations; only the deadlines are the year's (ADR 0032).
        static IEnumerable<Stap> ZonderDeadline(PerItemStap perItem) => perItem.Stappen.Select(s => s is TaakStap t ? t with { Deadline = null } : s);
        var perSectie = (PerItemStap)jaar.ZoekStap(Duiding.PerSectieStap);
        Assert.Equal(ZonderDeadline((PerItemStap)los.ZoekStap(Duiding.PerSectieStap)), ZonderDeadline(perSectie));
        Assert.Equal(["rapport-definitief"], perSectie.NaStappen);
        Assert.Equal(RapportGepubliceerdFormulier.Formuliernaam, ((TaakStap)jaar.ZoekStap("rapport-definitief")).Formulier);
        Assert.Equal("Publiceer de definitieve rapportage", jaar.ZoekStap("rapport-definitief").Naam);
        // No placeholder left: every task of the second half has a form, except Bureau's own confirmations and the year's plan task.
        Assert.All(perSectie.Stappen.OfType<TaakStap>(), t => Assert.NotNull(t.Formulier));
        Assert.False(jaar.ProbeerStap(Duiding.NabesprekenStap, out _));
        Assert.Equal("directie-zonder-actieplanafspraak", ((PerItemStap)jaar.ZoekStap("actieplannen-actualiseren")).Voorwaarde);
    }

    [Fact]
    public void Het_sjabloon_zelf_is_geldig_en_zijn_waarden_zijn_de_mijlpalen()
    {
        var sjabloon = WorkflowSjabloon.Lees(Voortgangscyclus.Sjabloon);

        Assert.Empty(sjabloon.Fouten);
        Assert.Equal(Voortgangscyclus.Mijlpalen, sjabloon.Parameters);
        Assert.Equal(19, Voortgangscyclus.Mijlpalen.Count);
        Assert.All(Voortgangscyclus.Mijlpalen, m => Assert.False(string.IsNullOrWhiteSpace(m.Omschrijving)));
        // The reference year's dates are all working days, so nothing moves in 2025.
        Assert.All(Datums2025.Values, d => Assert.Equal(d, Features.Cycli.CyclusModel.Werkdag(d)));
    }

    [Theory]
    [InlineData("2024-02-21", 2025, "2025-02-19")] // Wednesday → the Wednesday two days earlier (21 Feb 2025 is a Friday)
    [InlineData("2024-03-27", 2025, "2025-03-26")] // Wednesday → Wednesday
    [InlineData("2024-06-06", 2025, "2025-06-05")] // Thursday → Thursday
    [InlineData("2025-02-03", 2026, "2026-02-02")] // Monday → Monday one day earlier
    [InlineData("2025-05-16", 2026, "2026-05-15")] // Friday → Friday
    [InlineData("2025-12-19", 2026, "2026-12-18")] // Friday → Friday
    [InlineData("2025-03-21", 2026, "2026-03-20")] // 21 March 2026 is a Saturday; the Friday before
    [InlineData("2026-03-18", 2027, "2027-03-17")] // Wednesday, 1 day later in the calendar → back one day
    [InlineData("2025-06-03", 2026, "2026-06-02")] // Tuesday
    [InlineData("2027-01-04", 2028, "2028-01-03")] // Monday → Monday, not back into 2027
    [InlineData("2024-02-29", 2025, "2025-02-27")] // Thursday 29 February counts as 28 February (a Friday in 2025) → Thursday 27 February
    public void Kopieren_naar_een_ander_jaar_houdt_de_weekdag(string van, int jaar, string verwacht)
    {
        var datum = DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture);

        var verplaatst = Voortgangscyclus.Verplaats(datum, jaar);

        Assert.Equal(datum.DayOfWeek, verplaatst.DayOfWeek);
        Assert.InRange(verplaatst.DayNumber - new DateOnly(jaar, datum.Month, Math.Min(datum.Day, DateTime.DaysInMonth(jaar, datum.Month))).DayNumber, -3, 3);
        Assert.Equal(DateOnly.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture), verplaatst);
    }

    [Fact]
    public void De_standaarddatums_zijn_die_van_het_referentiejaar_op_dezelfde_weekdag()
    {
        Assert.Equal(new DateOnly(2025, 2, 3), Datums2025[Voortgangscyclus.Start]);
        Assert.Equal(new DateOnly(2025, 2, 19), Datums2025[Voortgangscyclus.Vooraankondiging]);
        Assert.Equal(new DateOnly(2025, 3, 26), Datums2025[Voortgangscyclus.Werkgroep1]);
        Assert.Equal(new DateOnly(2025, 6, 5), Datums2025[Voortgangscyclus.Werkgroep2]);
        Assert.Equal(new DateOnly(2026, 2, 2), Voortgangscyclus.StandaardDatums(2026)[Voortgangscyclus.Start]);
        Assert.Equal(new DateOnly(2026, 2, 18), Voortgangscyclus.StandaardDatums(2026)[Voortgangscyclus.Vooraankondiging]);
        Assert.Equal(Voortgangscyclus.Mijlpalen.Select(m => m.Naam).Order(), Datums2025.Keys.Order());
        Assert.All(Voortgangscyclus.StandaardDatums(2031), d => Assert.Equal(Datums2025[d.Key].DayOfWeek, d.Value.DayOfWeek));
        Assert.Empty(Voortgangscyclus.Controleer(2030, Voortgangscyclus.StandaardDatums(2030).ToDictionary(d => d.Key, d => (DateOnly?)d.Value)));
    }

    [Fact]
    public void LeesDatums_geeft_terug_wat_Maak_erin_stopte()
    {
        var datums = new Dictionary<string, DateOnly>(Datums2025)
        {
            [Voortgangscyclus.Start] = new(2025, 2, 10), [Voortgangscyclus.InterviewsAfgenomen] = new(2025, 5, 20),
        };

        Assert.Equal(datums.OrderBy(d => d.Key), Voortgangscyclus.LeesDatums(Voortgangscyclus.Maak(2025, datums, versie: 3))!.OrderBy(d => d.Key));
        Assert.Null(Voortgangscyclus.LeesDatums(
            """{"id":"x","naam":"x","versie":1,"stappen":[{"id":"a","naam":"a","soort":"melding","sjabloon":"s","aanRol":"r"}]}"""));
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

        Assert.Equal(
            "De start van de cyclus 2025 moet in 2025 liggen; 20 december 2024 ligt in 2024.",
            Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Start).Melding);
        Assert.Equal(
            "Vul de datum in voor 'Voorbereiding afgerond (vragenlijst en organisatie)'.",
            Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Voorbereiding).Melding);
        Assert.Contains("ligt te ver buiten 2025", Assert.Single(fouten, f => f.Veld == Voortgangscyclus.Werkgroep1).Melding);
        Assert.Equal("'Alle interviews afgenomen' (1 april 2025) mag niet vóór 'Alle interviews gepland' (11 april 2025) liggen.",
            Assert.Single(fouten, f => f.Veld == Voortgangscyclus.InterviewsAfgenomen).Melding);
        Assert.Equal(4, fouten.Count);
        Assert.Throws<ArgumentException>(() => Voortgangscyclus.Maak(
            2025,
            datums.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!.Value)));
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

        Assert.Equal(
            [NepOrganisatie.Werkgroeplid.Id],
            (await rollen.ResolveAsync("persoon", NepOrganisatie.Werkgroeplid.Id.ToString(), datum, default)).Select(p => p.Id));
        Assert.Equal([NepOrganisatie.Trekker.Id], (await rollen.ResolveAsync("respondent", NepOrganisatie.Dv.Id.ToString(), datum, default)).Select(p => p.Id));
        Assert.Equal(
            [NepOrganisatie.DirecteurPo.Id],
            (await rollen.ResolveAsync("respondent", NepOrganisatie.Po.Id.ToString(), datum, default)).Select(p => p.Id));
        var leden = await new Werkgroepleden(new NepOrganisatie()).ItemsAsync(datum, default);
        Assert.Equal(
            new WorkflowItem(NepOrganisatie.Werkgroeplid.Id.ToString(), "Wim Werkgroep", NepOrganisatie.Werkgroeplid.Id.ToString()),
            Assert.Single(leden));
    }
}
