using System.Net;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// The year runs the real duidingsgesprekken and no duplicate tasks (ADR 0032): Rapportage's publication completes the
/// year's publication step, each section then gets one planning task, the separate start is refused; a section's
/// clusterdirecteur gets the per-directeur tasks as soon as that section's outcome is recorded; a directeur with an
/// action plan agreement in Opvolging gets that agreement's task only. The 2024 cycle runs here because the demo data
/// has the 2024 report; Bureau's own steps before the publication are completed as the simulation's behaviour file does.
/// </summary>
public abstract class JaarDuidingsgesprekkenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Definitie = "voortgangscyclus-2024";
    private const string Sociaal = "sociaal";
    private const string Bedrijfsvoering = "bedrijfsvoering";
    private const string Planformulier = "duidingsgesprek-plannen";
    private const string Uitkomstformulier = "duidingsgesprek-uitkomst";
    private const string Nabesprekingsformulier = "duiding-nabespreken";

    private static readonly Dictionary<string, Dictionary<string, string?>> BureauStappen = new()
    {
        ["voorbereiding"] = new() { ["OrganisatieGecontroleerd"] = "true" },
        ["interviewfase-afsluiten"] = new() { ["Toelichting"] = "De rapportage gaat verder met de definitieve interviews." },
        ["analyse"] = [], ["werkgroep-review"] = [], ["duidingsgesprekken-afsluiten"] = [], ["gmt-besluit"] = [], ["sturing"] = [],
    };

    [Fact]
    public async Task De_publicatie_rondt_de_stap_van_het_jaar_af_en_elke_sectie_krijgt_een_planningstaak_en_geen_tweede()
    {
        using var bureau = await StartAsync();
        var publiceren = await TotStapAsync("rapport-definitief", "voorbereiding", "interviewfase-afsluiten", "analyse", "werkgroep-review");

        // Before Rapportage publishes, Bureau cannot tick the step off by hand.
        var teVroeg = await HttpSessie.LeesAsync(
            await bureau.VerstuurFormulierAsync($"/taken/{publiceren.Id}", new Dictionary<string, string>(), "form[action*=Voltooien]"));
        Assert.Contains("Het definitieve rapport 2024 is nog niet gepubliceerd", teVroeg.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await PlantakenAsync());

        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);

        var stap = Assert.Single(await TakenAsync(new TaakVraag { DefinitieId = Definitie, OokAfgerond = true }), t => t.Id == publiceren.Id);
        Assert.Equal(TaakStatus.Voltooid, stap.Status);
        var plantaken = await PlantakenAsync();
        var clusters = await Fabriek.MetDienstAsync(s => s.GetRequiredService<IOrganisatieQueries>().ClustersAsync());
        Assert.Equal(clusters.Select(c => c.Id).Order(), plantaken.Select(t => t.Bereik!).Order());
        Assert.All(plantaken, t => Assert.Equal(Definitie, t.DefinitieId));

        var accounthouder = await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: Sociaal);
        using var ah = Fabriek.NieuweSessie();
        await ah.AanmeldenAlsAsync(accounthouder.Persoon.Id);
        var rijen = (await ah.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij")
            .Where(r => r.TextContent.Contains("Plan het duidingsgesprek", StringComparison.Ordinal)
                        && r.TextContent.Contains("Sociaal", StringComparison.Ordinal));
        Assert.Single(rijen);

        // The separate definition cannot start a second set of planning tasks.
        const string startpagina = "/cyclus/2024/duidingsgesprekken";
        var pagina = await bureau.PaginaAsync(startpagina);
        Assert.Contains("zijn een stap van de cyclus 2024", pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("form.idc-formulier"));
        Assert.Equal(clusters.Count, pagina.QuerySelectorAll("main table tbody tr").Length);
        var geweigerd = await bureau.Client.PostAsync(startpagina, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(pagina),
        }));
        Assert.Contains("Er is niets gestart", (await HttpSessie.LeesAsync(geweigerd)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().InstantiesAsync(
            new InstantieVraag { DefinitieId = "duidingsgesprekken-2024" }, default)));
        Assert.Equal(clusters.Count, (await PlantakenAsync()).Count);
    }

    [Fact]
    public async Task De_clusterdirecteur_krijgt_de_taken_per_directeur_zodra_de_uitkomst_van_zijn_sectie_er_is()
    {
        using var bureau = await StartAsync();
        await TotStapAsync("rapport-definitief", "voorbereiding", "interviewfase-afsluiten", "analyse", "werkgroep-review");
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        var plantaken = await PlantakenAsync();
        foreach (var cluster in new[] { Sociaal, Bedrijfsvoering })
        {
            var gepland = await bureau.VerstuurFormulierAsync($"/taken/{plantaken.Single(t => t.Bereik == cluster).Id}", new Dictionary<string, string>
            {
                ["Velden[Datum]"] = "2025-03-10", ["Velden[Begintijd]"] = "10:00", ["Velden[Eindtijd]"] = "11:00", ["Velden[Locatie]"] = "Teams",
            }, "form[action*=Voltooien]");
            Assert.Equal(HttpStatusCode.Redirect, gepland.StatusCode);
        }

        var uitkomsten = await TakenAsync(new TaakVraag { Formulier = Uitkomstformulier });
        var uitkomst = uitkomsten.Single(t => t.Bereik == Sociaal);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync($"/taken/{uitkomst.Id}",
            new Dictionary<string, string> { ["Velden[Uitkomst]"] = "Goed gesprek; de clusterdirecteur neemt het mee." },
            "form[action*=Voltooien]")).StatusCode);
        await Fabriek.MetDienstAsync(s => s.GetRequiredService<WorkflowMotor>().BezorgGebeurtenissenAsync(default));

        var directies = (await Fabriek.MetDienstAsync(s => s.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag())))
            .Where(d => d.ClusterId == Sociaal).ToList();
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Sociaal);
        var taken = await NabesprekenAsync(clusterdirecteur.Persoon.Id);
        Assert.Equal(directies.Select(d => d.Id.ToString()).Order(), taken.Select(t => t.Bereik!).Order());
        // Four weeks after the outcome (Saturday 1 March 2025 + 28 days is Saturday 29 March; working days: Monday 31 March).
        Assert.All(taken, t => Assert.Equal(new DateTime(2025, 3, 31, 15, 0, 0, DateTimeKind.Utc), t.DeadlineUtc));
        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        Assert.Equal(directies.Count, (await cd.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij")
            .Count(r => r.TextContent.Contains("Bespreek de uitkomst van het duidingsgesprek met de directeur", StringComparison.Ordinal)));

        // Bedrijfsvoering's conversation is planned but its outcome not recorded: its clusterdirecteur has nothing yet.
        Assert.Contains(await TakenAsync(new TaakVraag { Formulier = Uitkomstformulier }), t => t.Bereik == Bedrijfsvoering);
        Assert.Empty(await NabesprekenAsync((await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Bedrijfsvoering)).Persoon.Id));

        // The event delivered again (as after a crash before the outbox row was marked) starts nothing twice.
        var gebeurtenis = JsonSerializer.Serialize(new { GesprekId = uitkomst.InstantieId, ClusterId = Sociaal, Op = Fabriek.Klok.GetUtcNow() },
            JsonSerializerOptions.Web);
        Assert.Equal(1, await Fabriek.MetDienstAsync(
            s => Integratieverdeling.VerdeelAsync(s, "cyclus.duidingsuitkomst-vastgelegd", "nogmaals", gebeurtenis, default)));
        Assert.Equal(directies.Count, (await NabesprekenAsync(clusterdirecteur.Persoon.Id)).Count);
    }

    [Fact]
    public async Task Een_directeur_met_een_actieplanafspraak_krijgt_alleen_de_taak_van_die_afspraak()
    {
        using var bureau = await StartAsync();
        var com = await Fabriek.DirectieAsync("Com");
        var afspraak = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = com.Id.ToString(), ["Soort"] = "ActieplanOpgeleverd", ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, afspraak.StatusCode);
        await Fabriek.MetDienstAsync(s => s.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));

        await TotStapAsync("rapport-definitief", "voorbereiding", "interviewfase-afsluiten", "analyse", "werkgroep-review");
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        await TotStapAsync("opvolging", "duidingsgesprekken-afsluiten", "gmt-besluit", "sturing");

        var jaartaken = await TakenAsync(new TaakVraag { DefinitieId = Definitie });
        var actieplan = jaartaken.Where(t => t.StapId == "actieplan-actualiseren").ToList();
        Assert.DoesNotContain(actieplan, t => t.Bereik == com.Id.ToString());
        var po = await Fabriek.DirectieAsync("P&O");
        Assert.Contains(actieplan, t => t.Bereik == po.Id.ToString());
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        var vanDirecteur = (await TakenAsync(new TaakVraag { Persoon = directeur.Persoon.Id }))
            .Where(t => t.Titel.Contains("actieplan", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal("opvolging-afspraak-actieplan", Assert.Single(vanDirecteur).DefinitieId);
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        Assert.Single((await sessie.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"),
            r => r.TextContent.Contains("actieplan", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<HttpSessie> StartAsync()
    {
        var bureau = await BureauAsync(Fabriek);
        Assert.Equal(HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2024" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/cyclus/2024", new Dictionary<string, string>(), "form[action*=Starten]")).StatusCode);
        return bureau;
    }

    /// <summary>Runs the runtime's rounds and completes Bureau's own steps of the year until <paramref name="stap"/> has an open task.</summary>
    private async Task<WorkflowTaak> TotStapAsync(string stap, params string[] afronden)
    {
        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();
        var projectleider = await Fabriek.RolhouderAsync(Rol.Projectleider);
        var door = new Handelende(projectleider.Persoon.Id, projectleider.Persoon.Naam, true);
        for (var ronde = 0; ronde < 40; ronde++)
        {
            await verwerker.RondeAsync(default);
            var open = await TakenAsync(new TaakVraag { DefinitieId = Definitie });
            if (open.FirstOrDefault(t => t.StapId == stap) is { } doel)
            {
                return doel;
            }

            foreach (var taak in open.Where(t => afronden.Contains(t.StapId)))
            {
                var klaar = await Fabriek.MetDienstAsync(s => s.GetRequiredService<WorkflowMotor>()
                    .VoltooiAsync(taak.Id, door, null, BureauStappen[taak.StapId], taak.Versie, default));
                Assert.True(klaar.IsGelukt, $"{taak.StapId}: {string.Join(" ", klaar.Fouten.Select(f => f.Melding))}");
            }
        }

        throw new InvalidOperationException($"De stap '{stap}' is niet bereikt.");
    }

    private Task<IReadOnlyList<WorkflowTaak>> TakenAsync(TaakVraag vraag) =>
        Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().TakenAsync(vraag, default));

    private Task<IReadOnlyList<WorkflowTaak>> PlantakenAsync() => TakenAsync(new TaakVraag { Formulier = Planformulier });

    private async Task<IReadOnlyList<WorkflowTaak>> NabesprekenAsync(Guid persoon) =>
        (await TakenAsync(new TaakVraag { Persoon = persoon, Formulier = Nabesprekingsformulier })).ToList();
}

public sealed class JaarDuidingsgesprekkenTests_Sqlite(SqliteFabriek fabriek) : JaarDuidingsgesprekkenTests<SqliteFabriek>(fabriek);

public sealed class JaarDuidingsgesprekkenTests_Postgres(PostgresFabriek fabriek) : JaarDuidingsgesprekkenTests<PostgresFabriek>(fabriek);
