using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>"Benoem een trekker" end to end over HTTP: Bureau starts it, the directeur gets the task and a mail, completes it.</summary>
public abstract class TrekkerBenoemenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_start_de_workflow_en_ziet_de_drie_directies_zonder_trekker()
    {
        var instantie = await StartAsync();
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var pagina = await bureau.PaginaAsync(instantie);
        var rijen = pagina.QuerySelectorAll(".idc-matrix tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Personeel en Organisatie (P&O)", "Stadsarchief", "Uitvoeringsorganisatie Infrastructuur en Energie (UI&E)"], rijen);
        Assert.Contains("29 maart 2025", pagina.QuerySelector(".idc-matrix")!.TextContent);
    }

    [Fact]
    public async Task Directeur_krijgt_taak_en_mail_en_zes_uur_wordt_geweigerd_acht_uur_benoemt_de_trekker()
    {
        await StartAsync();
        var poDirecteur = await Fabriek.RolhouderAsync(Rol.Directeur, "P&O");
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
        Assert.Contains(
            Fabriek.Mail.Mails,
            m => m.Aan == poDirecteur.Persoon.Email && m.Onderwerp.Contains("Benoem een trekker") && m.Tekst.Contains("/taken/"));
        // The workflow by its name, not its id, and a link label that says where it goes.
        var mail = Fabriek.Mail.Mails.First(m => m.Aan == poDirecteur.Persoon.Email);
        Assert.Contains("klaar in Benoem een trekker: Benoem een trekker (Personeel en Organisatie (P&O))", mail.Tekst);
        Assert.DoesNotContain("benoem-een-trekker", mail.Tekst);
        Assert.Contains("De taak ‘Benoem een trekker’ openen in IdCyclus: http", mail.Tekst);

        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(poDirecteur.Persoon.Id);
        var inbox = await sessie.PaginaAsync("/taken");
        var rij = Assert.Single(inbox.QuerySelectorAll("tr.idc-taakrij"));
        Assert.Contains("Personeel en Organisatie", rij.TextContent);
        Assert.Contains("29 maart 2025 17:00", rij.TextContent);
        var taakUrl = rij.QuerySelector("a")!.GetAttribute("href")!;

        var zes = await sessie.VerstuurFormulierAsync(taakUrl, Trekker("6"), "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.OK, zes.StatusCode);
        var foutPagina = await HttpSessie.LeesAsync(zes);
        Assert.Contains("minimaal 8 uur", HttpSessie.FoutBijVeld(foutPagina, "Velden_UrenPerWeek"));
        Assert.Equal("6", foutPagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Velden_UrenPerWeek")!.Value);
        Assert.Equal("Open", foutPagina.QuerySelector("#taakstatus")!.TextContent.Trim());

        var acht = await sessie.VerstuurFormulierAsync(taakUrl, Trekker("8"), "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, acht.StatusCode);
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);

        var directie = await Fabriek.DirectieAsync("P&O");
        var directiePagina = await sessie.PaginaAsync($"/organisatie/directies/{directie.Id}");
        Assert.Contains("Nieuwe Trekker (8 uur per week)", directiePagina.QuerySelector("dl")!.TextContent);
        var afgerond = await sessie.PaginaAsync(taakUrl);
        Assert.Equal("Afgerond", afgerond.QuerySelector("#taakstatus")!.TextContent.Trim());
        Assert.Empty((await sessie.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
    }

    [Fact]
    public async Task Een_ander_ziet_de_taak_niet_en_kan_haar_niet_afronden()
    {
        await StartAsync();
        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync(await Fabriek.RolhouderAsync(Rol.Directeur, "P&O") is var d ? d.Persoon.Id : default);
        var taakUrl = (await directeur.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;

        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(Rol.Trekker, "Com");
        Assert.Empty((await ander.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
        var antwoord = await ander.GetAsync(taakUrl);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/geen-toegang", antwoord.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Nogmaals_afronden_met_een_oud_formulier_geeft_een_conflict()
    {
        await StartAsync();
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Stadsarchief");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var taakUrl = (await sessie.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;
        var oudFormulier = await sessie.PaginaAsync(taakUrl);

        Assert.Equal(HttpStatusCode.Redirect, (await sessie.VerstuurFormulierAsync(taakUrl, Trekker("10"), "form[action*=Voltooien]")).StatusCode);
        var velden = Trekker("12");
        velden["Versie"] = oudFormulier.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form[action*=Voltooien] input[name=Versie]")!.Value;
        velden["__RequestVerificationToken"] = HttpSessie.Token(oudFormulier);
        var tweede = await sessie.Client.PostAsync(
            oudFormulier.QuerySelector("form[action*=Voltooien]")!.GetAttribute("action"),
            new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("al afgerond", (await HttpSessie.LeesAsync(tweede)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Doorgeven_vraagt_een_reden_en_de_nieuwe_behandelaar_ziet_de_taak_met_de_reden()
    {
        await StartAsync();
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "UI&E");
        var mtLid = await Fabriek.RolhouderAsync(Rol.MtLid, "UI&E");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var taakUrl = (await sessie.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;

        // The directeur is the only one with the task's role, so the page has no form to pass it on; the messages below
        // are what a replayed or edited request gets.

        var zonderReden = await sessie.VerstuurZonderFormulierAsync(
            taakUrl,
            "Doorgeven",
            new Dictionary<string, string> { ["Naar"] = mtLid.Persoon.Id.ToString(), ["Reden"] = "" });
        Assert.Contains("Geef aan waarom", HttpSessie.Tekst(await HttpSessie.LeesAsync(zonderReden), "#foutenoverzicht"));
        var zonderPersoon = await sessie.VerstuurZonderFormulierAsync(
            taakUrl,
            "Doorgeven",
            new Dictionary<string, string> { ["Naar"] = "", ["Reden"] = "Vakantie" });
        Assert.Contains("Kies aan wie", HttpSessie.Tekst(await HttpSessie.LeesAsync(zonderPersoon), "#foutenoverzicht"));

        // Only to someone with the task's role (directeur of UI&E): the MT-lid is refused.
        var geenDirecteur = await sessie.VerstuurZonderFormulierAsync(
            taakUrl,
            "Doorgeven",
            new Dictionary<string, string> { ["Naar"] = mtLid.Persoon.Id.ToString(), ["Reden"] = "Vakantie" });
        Assert.Contains("heeft vandaag niet de rol van deze taak", HttpSessie.Tekst(await HttpSessie.LeesAsync(geenDirecteur), "#foutenoverzicht"));

        // The directeur leaves; Bureau makes the MT-lid directeur and hands the task over with the reason.
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var beeindigd = await bureau.VerstuurFormulierAsync(
            $"/organisatie/rollen/{directeur.Id}/beeindigen", new Dictionary<string, string> { ["Tot"] = "2025-02-28" });
        Assert.Equal(HttpStatusCode.Redirect, beeindigd.StatusCode);
        var benoemd = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?directieId={directeur.DirectieId}", new Dictionary<string, string>
        {
            ["Rol"] = "Directeur", ["PersoonId"] = mtLid.Persoon.Id.ToString(), ["Van"] = "2025-03-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, benoemd.StatusCode);
        HttpSessie.AssertGeenToegang(await sessie.GetAsync(taakUrl));
        var goed = await bureau.VerstuurFormulierAsync(
            taakUrl,
            new Dictionary<string, string> { ["Naar"] = mtLid.Persoon.Id.ToString(), ["Reden"] = "Ik ben met verlof tot 1 april" },
            "form[action*=Doorgeven]");
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
        // The delegation mail also names the workflow, not its id (the handler reads it before changing the task).
        Assert.Contains(Fabriek.Mail.Mails, m => m.Aan == mtLid.Persoon.Email && m.Tekst.Contains("klaar in Benoem een trekker: Benoem een trekker"));

        using var nieuw = Fabriek.NieuweSessie();
        await nieuw.AanmeldenAlsAsync(mtLid.Persoon.Id);
        var pagina = await nieuw.PaginaAsync(taakUrl);
        Assert.Contains("Ik ben met verlof tot 1 april", pagina.QuerySelector("section[aria-labelledby=historie-kop]")!.TextContent);
        Assert.Single((await nieuw.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));

        var leeg = await nieuw.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string> { ["Tekst"] = " " }, "form[action*=Opmerking]");
        Assert.Contains("Vul een opmerking in", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(leeg), "Tekst"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await nieuw.VerstuurFormulierAsync(
                taakUrl,
                new Dictionary<string, string> { ["Tekst"] = "Ik vraag het aan de directeur." },
                "form[action*=Opmerking]")).StatusCode);
        Assert.Contains(
            "Ik vraag het aan de directeur.",
            (await nieuw.PaginaAsync(taakUrl)).QuerySelector("section[aria-labelledby=opmerkingen-kop]")!.TextContent);
    }

    [Fact]
    public async Task Bureau_ziet_gemiste_deadlines_en_escalaties_na_de_tijd()
    {
        await StartAsync();
        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)));
        await verwerker.RondeAsync(default);

        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var teLaat = await bureau.PaginaAsync("/taken/alle?Filter=verlopen");
        Assert.Equal(3, teLaat.QuerySelectorAll("tr.idc-taakrij").Length);
        Assert.Contains("Geëscaleerd (niveau 1)", teLaat.QuerySelector("tbody")!.TextContent);
        var berichten = await bureau.PaginaAsync("/berichten");
        Assert.Contains(berichten.QuerySelectorAll("tr.idc-berichtregel"), r => r.TextContent.Contains("Escalatie: Benoem een trekker"));
        Assert.Contains(berichten.QuerySelectorAll("tr.idc-berichtregel"), r => r.TextContent.Contains("Herinnering: Benoem een trekker"));
    }

    [Fact]
    public async Task Alleen_bureau_ziet_workflows_alle_taken_en_berichten()
    {
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "Com");
        foreach (var url in new[] { "/workflows", "/taken/alle", "/berichten" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await trekker.GetAsync(url)).StatusCode);
        }

        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        foreach (var url in new[] { "/workflows", "/taken/alle", "/berichten", "/taken" })
        {
            await bureau.PaginaAsync(url);
        }
    }

    [Fact]
    public async Task Starten_zonder_keuze_of_met_ongeldige_datum_geeft_een_melding()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var zonder = await bureau.VerstuurFormulierAsync("/workflows", new Dictionary<string, string> { ["DefinitieId"] = "", ["Start"] = "2025-03-01" });
        Assert.Contains("Kies de workflow", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(zonder), "DefinitieId"));
        var datum = await bureau.VerstuurFormulierAsync(
            "/workflows",
            new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "31-02-2025" });
        Assert.Contains("geen geldige waarde", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(datum), "Start"));
        Assert.Contains("nog geen workflow gestart", (await bureau.PaginaAsync("/workflows")).QuerySelector("main")!.TextContent);
    }

    private async Task<string> StartAsync()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var antwoord = await bureau.VerstuurFormulierAsync(
            "/workflows",
            new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return antwoord.Headers.Location!.OriginalString;
    }

    private static Dictionary<string, string> Trekker(string uren) => new()
    {
        ["Velden[Naam]"] = "Nieuwe Trekker",
        ["Velden[Email]"] = "nieuwe.trekker@idcyclus.example",
        ["Velden[UrenPerWeek]"] = uren,
        ["Velden[Van]"] = "2025-03-01",
    };
}

public sealed class TrekkerBenoemenTests_Sqlite(SqliteFabriek fabriek) : TrekkerBenoemenTests<SqliteFabriek>(fabriek);

public sealed class TrekkerBenoemenTests_Postgres(PostgresFabriek fabriek) : TrekkerBenoemenTests<PostgresFabriek>(fabriek);
