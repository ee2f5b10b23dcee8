using IdCyclus.Shared;
using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;

namespace IdCyclus.Tests.Integration.Actieplannen;

/// <summary>The quarterly update in the workflow runtime, attachments checked on their content, and import and export over HTTP.</summary>
public abstract class ActieplanVoortgangTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task De_kwartaalupdate_vraagt_een_status_van_elke_open_actie_en_escaleert_naar_de_directeur()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        await GoedkeurenAsync(Fabriek, trekker, dv);
        await StartKwartaalupdateAsync();

        var taak = await TaakAsync(trekker, "Werk de voortgang van het actieplan bij");
        var taakpagina = await trekker.PaginaAsync(taak);
        Assert.Contains("13, waarvan", Tekst(taakpagina, "#open-acties"));
        var teVroeg = await HttpSessie.LeesAsync(await trekker.VerstuurFormulierAsync(taak, new Dictionary<string, string>(), "form[action*=Voltooien]"));
        Assert.Contains("Werk eerst de voortgang van alle open acties bij", teVroeg.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Contains("'Aanvullen werkgroep vanuit overige Vakgroepen en i-Afdelingen'", teVroeg.QuerySelector("#foutenoverzicht")!.TextContent);

        var zonderStatus = await HttpSessie.LeesAsync(await trekker.VerstuurFormulierAsync(
            $"{dv}/voortgang?taak={taak[7..]}", new Dictionary<string, string> { ["Actie[4.1.1]"] = "afgerond" }));
        Assert.Contains("Kies een status", HttpSessie.FoutBijVeld(zonderStatus, "Actie_4_1_1") + HttpSessie.FoutBijVeld(zonderStatus, "Actie_4_1_2"));

        var velden = (await trekker.PaginaAsync($"{dv}/voortgang?taak={taak[7..]}")).QuerySelectorAll("select[name^=Actie]")
            .ToDictionary(s => s.GetAttribute("name")!, _ => "loopt");
        velden["Actie[4.1.1]"] = "afgerond";
        velden["Notitie[4.1.1]"] = "Vijf nieuwe leden geworven";
        var opgeslagen = await trekker.VerstuurFormulierAsync($"{dv}/voortgang?taak={taak[7..]}", velden);
        Assert.Equal(taak, opgeslagen.Headers.Location!.OriginalString);
        var voltooid = await trekker.VerstuurFormulierAsync(taak, new Dictionary<string, string>(), "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, voltooid.StatusCode);

        var plan = await trekker.PaginaAsync(dv);
        Assert.Contains("afgerond", plan.QuerySelector("tr[data-actie='4.1.1']")!.TextContent);
        Assert.Contains("Vijf nieuwe leden geworven", plan.QuerySelector("tr[data-actie='4.1.1']")!.TextContent);
        Assert.Contains("loopt – over de termijn", plan.QuerySelector("tr[data-actie='4.1.2']")!.TextContent);
    }

    [Fact]
    public async Task De_kwartaalupdate_start_vanzelf_een_keer_per_kwartaal()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        await GoedkeurenAsync(Fabriek, trekker, dv);
        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();

        Assert.Equal(1, await verwerker.HerhalingenAsync(default));
        Assert.Equal(0, await verwerker.HerhalingenAsync(default));
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 31, 23, 59, 0, TimeSpan.FromHours(2)));
        Assert.Equal(0, await verwerker.HerhalingenAsync(default));
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 4, 1, 0, 1, 0, TimeSpan.FromHours(2)));
        Assert.Equal(1, await verwerker.HerhalingenAsync(default));
        Assert.Equal(0, await verwerker.HerhalingenAsync(default));

        var gestart = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>()
            .InstantiesAsync(new InstantieVraag { DefinitieId = "actieplan-kwartaalupdate", AlleenHoofd = true }, default)))
            .Select(i => i.UniekeSleutel)
            .ToList();
        Assert.Equal(["herhaling:actieplan-kwartaalupdate:2025-Q1", "herhaling:actieplan-kwartaalupdate:2025-Q2"], gestart);
        var door = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().HistorieAsync(new HistorieVraag(), default)))
            .Where(g => g.Soort == "gestart" && g.Omschrijving.StartsWith("Kwartaalupdate actieplannen", StringComparison.Ordinal))
            .Select(g => g.Door)
            .Distinct()
            .ToList();
        Assert.Equal([Handelende.Systeem.Naam], door);
        // A month later the sign-in of March has expired: the trekker signs in again.
        using var inApril = Fabriek.NieuweSessie();
        await inApril.AanmeldenAlsAsync(Rol.Trekker, "DV");
        var taken = (await inApril.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij")
            .Count(r => r.TextContent.Contains("Werk de voortgang van het actieplan bij", StringComparison.Ordinal));
        Assert.Equal(2, taken);
    }

    [Fact]
    public async Task Een_uitgebleven_kwartaalupdate_gaat_naar_de_directeur_en_daarna_naar_de_clusterdirecteur()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        await GoedkeurenAsync(Fabriek, trekker, dv);
        await StartKwartaalupdateAsync();
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "DV");

        Fabriek.Klok.Verzet(TimeSpan.FromDays(24));
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
        Assert.Contains(Fabriek.Mail.Mails, m => m.Aan == directeur.Persoon.Email && m.Tekst.Contains("Werk de voortgang van het actieplan bij"));
        Fabriek.Klok.Verzet(TimeSpan.FromDays(10));
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);

        // DII has no clusterdirecteur (DISCREPANCIES B13): the ladder reaches that level and says so in the history.
        var historie = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().HistorieAsync(new HistorieVraag(), default)))
            .Where(g => g.Soort == "escalatie").Select(g => g.Omschrijving).ToList();
        Assert.Contains(historie, h => h.StartsWith("Escalatie niveau 1 naar directeur: ", StringComparison.Ordinal) && h.Contains(directeur.Persoon.Naam));
        Assert.Contains(historie, h => h.StartsWith("Escalatie niveau 2 naar clusterdirecteur: niemand heeft die rol", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_ondertekend_plan_wordt_op_inhoud_gecontroleerd_en_volgt_de_toegang_van_het_plan()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;

        var nep = await StuurBijlageAsync(trekker, dv, "getekend.pdf", Encoding.UTF8.GetBytes("Dit is geen PDF"));
        var echt = await StuurBijlageAsync(trekker, dv, "plan-zonder-extensie", Encoding.ASCII.GetBytes("%PDF-1.7\n%fictief ondertekend plan\n"));

        Assert.Contains("is geen PDF- of Word-bestand", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(nep), "Bestand"));
        Assert.Equal(HttpStatusCode.Redirect, echt.StatusCode);
        var link = (await trekker.PaginaAsync(dv)).QuerySelector("#bijlagen a")!;
        Assert.Equal("plan-zonder-extensie", link.TextContent);
        Assert.Contains("door Jeroen Hoekstra", (await trekker.PaginaAsync(dv)).QuerySelector("#bijlagen")!.TextContent);
        var download = await trekker.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(Rol.Trekker, "Com");
        HttpSessie.AssertGeenToegang(await ander.GetAsync(link.GetAttribute("href")!));
        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "dii");
        Assert.Equal(HttpStatusCode.OK, (await accounthouder.GetAsync(link.GetAttribute("href")!)).StatusCode);
    }

    [Fact]
    public async Task Een_verwijderde_bijlage_verdwijnt_van_het_plan_maar_Bureau_bewaart_het_bestand()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        var verkeerd = await StuurBijlageAsync(trekker, dv, "verkeerd.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%verkeerd bestand\n"));
        Assert.Equal(HttpStatusCode.Redirect, verkeerd.StatusCode);
        var pagina = await trekker.PaginaAsync(dv);
        var download = pagina.QuerySelector("#bijlagen a")!.GetAttribute("href")!;
        var bijlageId = download.Split('/')[^1];
        var oudeVersie = pagina.QuerySelector("form[action*=BijlageVerwijderen] input[name=Versie]")!.GetAttribute("value")!;

        using var anderePlan = Fabriek.NieuweSessie();
        await anderePlan.AanmeldenAlsAsync(Rol.Trekker, "Com");
        // The trekker of another directie may not see DV's plan, so posts with a token of a page of their own.
        var eigenToken = HttpSessie.Token(await anderePlan.PaginaAsync("/"));
        HttpSessie.AssertGeenToegang(await anderePlan.Client.PostAsync($"{dv}?handler=BijlageVerwijderen", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = eigenToken, ["bijlageId"] = bijlageId, ["Versie"] = oudeVersie })));
        Assert.Single((await trekker.PaginaAsync(dv)).QuerySelectorAll("#bijlagen li"));

        var weg = await trekker.VerstuurFormulierAsync(dv, new Dictionary<string, string> { ["bijlageId"] = bijlageId }, "form[action*=BijlageVerwijderen]");
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        var na = await trekker.PaginaAsync(dv);
        Assert.Empty(na.QuerySelectorAll("#bijlagen li"));
        Assert.Contains("verkeerd.pdf, verwijderd door Jeroen Hoekstra", Tekst(na, "#verwijderde-bijlagen"));
        Assert.Contains("Bijlage 'verkeerd.pdf' verwijderd (het bestand blijft bewaard voor Bureau I&D).", na.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await trekker.GetAsync(download)).StatusCode);
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        Assert.Equal("%PDF-1.7\n%verkeerd bestand\n", await (await bureau.GetAsync(download)).Content.ReadAsStringAsync());

        // A second removal from a page loaded before the first changes nothing and says why.
        var nogmaals = await HttpSessie.LeesAsync(await trekker.Client.PostAsync($"{dv}?handler=BijlageVerwijderen", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSessie.Token(pagina), ["bijlageId"] = bijlageId, ["Versie"] = oudeVersie })));
        Assert.Contains("'verkeerd.pdf' is al verwijderd door Jeroen Hoekstra. Er is niets gewijzigd.", nogmaals.QuerySelector("#Bijlage-fout")!.TextContent);
    }

    [Fact]
    public async Task Import_is_alles_of_niets_met_het_JSON_pad_en_een_export_komt_terug_als_hetzelfde_plan()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var export = await (await bureau.GetAsync(await PlanUrlAsync(Fabriek, "Data") + "/export")).Content.ReadAsStringAsync();
        var naarCom = export.Replace("\"directie\": \"Data\"", "\"directie\": \"Com\"", StringComparison.Ordinal);
        var fout = "{\"actieplannen\": [" + naarCom + ", {\"formaat\": \"idcyclus-actieplan/1\", \"directie\": \"Onbekend\", \"jaar\": 2024}]}";

        var geweigerd = await HttpSessie.LeesAsync(await ImporteerAsync(bureau, fout));
        Assert.Contains("$.actieplannen[1].directie: Directie 'Onbekend' bestaat niet", geweigerd.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Contains("geen actieplan in IdCyclus", (await bureau.PaginaAsync("/actieplannen")).QuerySelector("tr[data-directie='Com']")!.TextContent);

        var gelukt = await HttpSessie.LeesAsync(await ImporteerAsync(bureau, naarCom));
        Assert.Contains("Com 2024: versie 1", Tekst(gelukt, "#geimporteerd"));
        var terug = await (await bureau.GetAsync(await PlanUrlAsync(Fabriek, "Com") + "/export")).Content.ReadAsStringAsync();
        Assert.Equal(naarCom, terug);
        var nogmaals = await HttpSessie.LeesAsync(await ImporteerAsync(bureau, naarCom));
        Assert.Contains("importeren zou die overschrijven", nogmaals.QuerySelector("#foutenoverzicht")!.TextContent);
    }

    /// <summary>What the host's minutely job does: start the repeating definitions whose period has begun.</summary>
    private async Task StartKwartaalupdateAsync() =>
        Assert.Equal(1, await Fabriek.Services.GetRequiredService<Verwerker>().HerhalingenAsync(default));

    private static async Task<HttpResponseMessage> StuurBijlageAsync(HttpSessie sessie, string plan, string naam, byte[] inhoud)
    {
        var pagina = await sessie.PaginaAsync(plan);
        var form = pagina.QuerySelector("form[action*=Bijlage]")!;
        using var velden = new MultipartFormDataContent
        {
            { new StringContent(HttpSessie.Token(pagina)), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Versie]")!.GetAttribute("value")!), "Versie" },
        };
        var bestand = new ByteArrayContent(inhoud);
        bestand.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        velden.Add(bestand, "bestand", naam);
        return await sessie.Client.PostAsync(form.GetAttribute("action"), velden);
    }

    private static async Task<HttpResponseMessage> ImporteerAsync(HttpSessie bureau, string json)
    {
        var pagina = await bureau.PaginaAsync("/actieplannen/importeren");
        using var velden = new MultipartFormDataContent { { new StringContent(HttpSessie.Token(pagina)), "__RequestVerificationToken" } };
        velden.Add(new StringContent(json, Encoding.UTF8, "application/json"), "bestand", "plannen.json");
        return await bureau.Client.PostAsync("/actieplannen/importeren", velden);
    }
}

public sealed class ActieplanVoortgangTests_Sqlite(SqliteFabriek fabriek) : ActieplanVoortgangTests<SqliteFabriek>(fabriek);

public sealed class ActieplanVoortgangTests_Postgres(PostgresFabriek fabriek) : ActieplanVoortgangTests<PostgresFabriek>(fabriek);
