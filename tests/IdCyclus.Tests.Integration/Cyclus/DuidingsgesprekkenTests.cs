using System.Net;
using Ical.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// Duidingsgesprekken (ADR 0025): Bureau starts them once after publication; the section's accounthouder plans the
/// conversation (Dutch errors per field), downloads the invitation; the clusterdirecteur and the section's trekkers get
/// their message; the outcome's agreements land in Opvolging; another accounthouder sees nothing.
/// </summary>
public abstract class DuidingsgesprekkenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Cluster = "sociaal";
    private const string Startpagina = "/cyclus/2024/duidingsgesprekken";

    [Fact]
    public async Task Voor_de_publicatie_is_er_niets_te_starten_en_alleen_Bureau_opent_de_startpagina()
    {
        using var bureau = await BureauAsync(Fabriek);
        var pagina = await bureau.PaginaAsync(Startpagina);
        Assert.Contains("nog niet gepubliceerd", pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("form.idc-formulier"));

        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: Cluster);
        HttpSessie.AssertGeenToegang(await accounthouder.GetAsync(Startpagina));
    }

    [Fact]
    public async Task Bureau_start_eenmaal_de_accounthouder_plant_en_downloadt_de_uitnodiging_en_iedereen_hoort_het()
    {
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        using var bureau = await BureauAsync(Fabriek);
        var formulier = HttpSessie.FormulierVelden(await bureau.PaginaAsync(Startpagina));
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(Startpagina, new FormUrlEncodedContent(formulier))).StatusCode);
        var tweede = await HttpSessie.LeesAsync(await bureau.Client.PostAsync(Startpagina, new FormUrlEncodedContent(formulier)));
        Assert.Contains("al gestart", tweede.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().InstantiesAsync(
            new InstantieVraag { DefinitieId = "duidingsgesprekken-2024", AlleenHoofd = true }, default)));

        var accounthouder = await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: Cluster);
        using var ah = Fabriek.NieuweSessie();
        await ah.AanmeldenAlsAsync(accounthouder.Persoon.Id);
        var taak = await TaakAsync("duidingsgesprek-plannen");
        var inbox = await ah.PaginaAsync("/taken");
        Assert.Contains(inbox.QuerySelectorAll("tr.idc-taakrij"), r => r.TextContent.Contains("Plan het duidingsgesprek", StringComparison.Ordinal));

        var leeg = await HttpSessie.LeesAsync(
            await ah.VerstuurFormulierAsync($"/taken/{taak.Id}", new Dictionary<string, string>(), "form[action*=Voltooien]"));
        Assert.Equal("Invoerfout: Vul de datum van het gesprek in.", HttpSessie.FoutBijVeld(leeg, "Velden_Datum"));
        Assert.Equal("Invoerfout: Vul de plaats van het gesprek in, of de link van de online vergadering.", HttpSessie.FoutBijVeld(leeg, "Velden_Locatie"));
        var verkeerd = await HttpSessie.LeesAsync(await ah.VerstuurFormulierAsync($"/taken/{taak.Id}", new Dictionary<string, string>
        {
            ["Velden[Datum]"] = "2025-03-10", ["Velden[Begintijd]"] = "11:00", ["Velden[Eindtijd]"] = "10:00", ["Velden[Locatie]"] = "Stadhuis",
        }, "form[action*=Voltooien]"));
        Assert.Equal("Invoerfout: De eindtijd ligt niet na de begintijd.", HttpSessie.FoutBijVeld(verkeerd, "Velden_Eindtijd"));
        Assert.Equal(TaakStatus.Open, (await TaakAsync("duidingsgesprek-plannen")).Status);

        var gepland = await ah.VerstuurFormulierAsync($"/taken/{taak.Id}", new Dictionary<string, string>
        {
            ["Velden[Datum]"] = "2025-03-10", ["Velden[Begintijd]"] = "10:00", ["Velden[Eindtijd]"] = "11:30",
            ["Velden[Locatie]"] = "Stadhuis, kamer 2.14", ["Velden[Deelnemers]"] = "clusterstaf@amsterdam.nl",
        }, "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, gepland.StatusCode);

        var gesprek = $"/duidingsgesprekken/{taak.InstantieId}";
        var gesprekpagina = await ah.PaginaAsync(gesprek);
        var wanneer = gesprekpagina.QuerySelector("main")!.TextContent;
        Assert.Contains("maandag 10 maart 2025, 10:00–11:30, Stadhuis, kamer 2.14", wanneer, StringComparison.Ordinal);
        Assert.Null(gesprekpagina.QuerySelector("#uitkomst"));
        Assert.Contains((await ah.PaginaAsync("/duidingsgesprekken")).QuerySelectorAll("a"), a => a.GetAttribute("href") == gesprek);
        var ics = await ah.GetAsync($"{gesprek}/uitnodiging.ics");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var agenda = Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        Assert.Equal("REQUEST", agenda.Method);
        var afspraak = Assert.Single(agenda.Events);
        Assert.Equal($"duidingsgesprek-{taak.InstantieId:N}@idcyclus.amsterdam.nl", afspraak.Uid);
        Assert.Equal(new DateTime(2025, 3, 10, 9, 0, 0), afspraak.DtStart!.Value);
        Assert.Equal($"mailto:{accounthouder.Persoon.Email}", afspraak.Organizer!.Value!.ToString());
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Cluster);
        Assert.Contains(afspraak.Attendees, a => a.Value!.ToString() == $"mailto:{clusterdirecteur.Persoon.Email}");
        Assert.Contains(afspraak.Attendees, a => a.Value!.ToString() == "mailto:clusterstaf@amsterdam.nl");

        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        Assert.Contains("Duidingsgesprek gepland: de Voortgangsrapportage", (await cd.PaginaAsync("/taken")).QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await cd.GetAsync($"{gesprek}/uitnodiging.ics")).StatusCode);
        // The invitation's notification leads her to the conversation, not to the accounthouder's planning task she cannot open.
        await Fabriek.MetDienstAsync(s => s.GetRequiredService<IdCyclus.Workflows.Runtime.Motor.WorkflowMotor>().BezorgGebeurtenissenAsync(default));
        var uitnodiging = Assert.Single((await cd.PaginaAsync("/taken")).QuerySelectorAll("#meldingen-kop ~ ul a"),
            a => a.TextContent.StartsWith("Uitnodiging: duidingsgesprek", StringComparison.Ordinal));
        Assert.Equal(gesprek, uitnodiging.GetAttribute("href"));
        var trekker = await TrekkerVanClusterAsync();
        using var tr = Fabriek.NieuweSessie();
        await tr.AanmeldenAlsAsync(trekker.Id);
        var trekkerpagina = await tr.PaginaAsync("/taken");
        Assert.Contains("De Voortgangsrapportage ligt bij uw clusterdirecteur", trekkerpagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        HttpSessie.AssertGeenToegang(await tr.GetAsync(gesprek));

        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(await AndereAccounthouderAsync());
        HttpSessie.AssertGeenToegang(await ander.GetAsync(gesprek));
        HttpSessie.AssertGeenToegang(await ander.GetAsync($"{gesprek}/uitnodiging.ics"));
        Assert.DoesNotContain((await ander.PaginaAsync("/duidingsgesprekken")).QuerySelectorAll("a"), a => a.GetAttribute("href") == gesprek);
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/duidingsgesprekken/{Guid.NewGuid()}/uitnodiging.ics")).StatusCode);
    }

    [Fact]
    public async Task De_uitkomst_zet_de_afspraken_in_het_opvolgingsregister_met_bron_duidingsgesprek()
    {
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        using var bureau = await BureauAsync(Fabriek);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync(Startpagina, new Dictionary<string, string>())).StatusCode);
        var plannen = await TaakAsync("duidingsgesprek-plannen");
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync($"/taken/{plannen.Id}", new Dictionary<string, string>
        {
            ["Velden[Datum]"] = "2025-03-10", ["Velden[Begintijd]"] = "10:00", ["Velden[Eindtijd]"] = "11:00", ["Velden[Locatie]"] = "Teams",
        }, "form[action*=Voltooien]")).StatusCode);
        var uitkomst = await TaakAsync("duidingsgesprek-uitkomst");
        var directie = (await Fabriek.MetDienstAsync(s => s.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag())))
            .First(d => d.ClusterId == Cluster);

        var half = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync($"/taken/{uitkomst.Id}", new Dictionary<string, string>
        {
            ["Velden[Uitkomst]"] = "Goed gesprek.", ["Velden[Afspraak1Directie]"] = directie.Id.ToString(), ["Velden[Afspraak1Soort]"] = "overig",
        }, "form[action*=Voltooien]"));
        Assert.Equal("Invoerfout: Afspraak 1: vul de deadline in.", HttpSessie.FoutBijVeld(half, "Velden_Afspraak1Deadline"));

        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync($"/taken/{uitkomst.Id}", new Dictionary<string, string>
        {
            ["Velden[Uitkomst]"] = "Goed gesprek.", ["Velden[Afspraak1Directie]"] = directie.Id.ToString(), ["Velden[Afspraak1Soort]"] = "overig",
            ["Velden[Afspraak1Omschrijving]"] = "Werkgroep formaliseren", ["Velden[Afspraak1Deadline]"] = "2025-06-01",
        }, "form[action*=Voltooien]")).StatusCode);
        await Fabriek.MetDienstAsync(s => s.GetRequiredService<IdCyclus.Workflows.Runtime.Motor.WorkflowMotor>().BezorgGebeurtenissenAsync(default));

        var register = await bureau.PaginaAsync("/opvolging");
        var rij = Assert.Single(register.QuerySelectorAll("tr.idc-afspraakrij"),
            r => r.TextContent.Contains("Werkgroep formaliseren", StringComparison.Ordinal));
        Assert.Contains("duidingsgesprek", rij.TextContent, StringComparison.OrdinalIgnoreCase);

        // The clusterdirecteur discusses this outcome with each directeur: her task leads to the conversation's page, which
        // shows the outcome and its agreements; the accounthouders' tasks are named there without a link she cannot open.
        var gesprek = $"/duidingsgesprekken/{uitkomst.InstantieId}";
        var nabespreken = (await Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().TakenAsync(
            new TaakVraag { Formulier = "duiding-nabespreken" }, default))).First(t => t.Bereik == directie.Id.ToString());
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Cluster);
        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        var taakpagina = await cd.PaginaAsync($"/taken/{nabespreken.Id}");
        Assert.Equal($"{gesprek}#uitkomst", taakpagina.QuerySelector("#gesprek-uitkomst a")!.GetAttribute("href"));
        var gesprekpagina = await cd.PaginaAsync(gesprek);
        var vastgelegd = gesprekpagina.QuerySelector("#uitkomst")!.TextContent;
        Assert.Contains("Goed gesprek.", vastgelegd, StringComparison.Ordinal);
        Assert.Contains($"{directie.Weergavenaam}: Werkgroep formaliseren (deadline 1 juni 2025)", vastgelegd, StringComparison.Ordinal);
        Assert.Null(gesprekpagina.QuerySelector($"a[href='/taken/{uitkomst.Id}']"));
        Assert.NotNull((await bureau.PaginaAsync(gesprek)).QuerySelector($"a[href='/taken/{uitkomst.Id}']"));

        // Bureau and she follow her conversations with the directeuren on the conversation page and on Bureau's list.
        var aantal = (await Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().TakenAsync(
            new TaakVraag { Formulier = "duiding-nabespreken" }, default))).Count;
        Assert.Contains($"0 van de {aantal} directeuren", gesprekpagina.QuerySelector("#nabesprekingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await cd.VerstuurFormulierAsync($"/taken/{nabespreken.Id}", new Dictionary<string, string>
        {
            ["Velden[Datum]"] = Fabriek.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Velden[Notitie]"] = "De directeur zoekt een trekker.",
        }, "form[action*=Voltooien]")).StatusCode);
        var besproken = (await cd.PaginaAsync(gesprek)).QuerySelector("#nabesprekingen")!.TextContent;
        Assert.Contains($"1 van de {aantal} directeuren", besproken, StringComparison.Ordinal);
        Assert.Contains($"{directie.Weergavenaam}: besproken op {Nederlands.Datum(Fabriek.Klok.Vandaag())} — De directeur zoekt een trekker.", besproken,
            StringComparison.Ordinal);
        var clusterrij = (await bureau.PaginaAsync(Startpagina)).QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains("Sociaal", StringComparison.Ordinal));
        Assert.Equal($"1 van {aantal}", clusterrij.QuerySelectorAll("td")[^1].TextContent.Trim());
    }

    private Task<WorkflowTaak> TaakAsync(string stapId) => Fabriek.MetDienstAsync(async s =>
        (await s.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag { Bereik = Cluster, OokAfgerond = true }, default))
            .Single(t => t.StapId == stapId));

    private Task<PersoonGegevens> TrekkerVanClusterAsync() => Fabriek.MetDienstAsync(async s =>
    {
        var organisatie = s.GetRequiredService<IOrganisatieQueries>();
        foreach (var directie in (await organisatie.ActieveDirectiesAsync(Fabriek.Klok.Vandaag())).Where(d => d.ClusterId == Cluster))
        {
            if ((await organisatie.TrekkersAsync(directie.Id, Fabriek.Klok.Vandaag())).FirstOrDefault() is { } trekker)
            {
                return trekker.Persoon;
            }
        }

        throw new InvalidOperationException("Het cluster heeft geen trekker in de demo.");
    });

    private Task<Guid> AndereAccounthouderAsync() => Fabriek.MetDienstAsync(async s =>
    {
        var organisatie = s.GetRequiredService<IOrganisatieQueries>();
        var alle = await organisatie.RolhoudersAsync(Rol.Accounthouder, Fabriek.Klok.Vandaag());
        var vanCluster = alle.Where(r => r.ClusterId == Cluster).Select(r => r.Persoon.Id).ToHashSet();
        // The projectleider is an accounthouder too (seed 000, 2.3.2), and as Bureau sees every conversation: not "another".
        foreach (var rol in new[] { Rol.Projectleider, Rol.DataAnalist })
        {
            vanCluster.UnionWith((await organisatie.RolhoudersAsync(rol, Fabriek.Klok.Vandaag())).Select(r => r.Persoon.Id));
        }

        return alle.OrderBy(r => r.Persoon.Naam, StringComparer.Ordinal).First(r => !vanCluster.Contains(r.Persoon.Id)).Persoon.Id;
    });
}

public sealed class DuidingsgesprekkenTests_Sqlite(SqliteFabriek fabriek) : DuidingsgesprekkenTests<SqliteFabriek>(fabriek);

public sealed class DuidingsgesprekkenTests_Postgres(PostgresFabriek fabriek) : DuidingsgesprekkenTests<PostgresFabriek>(fabriek);
