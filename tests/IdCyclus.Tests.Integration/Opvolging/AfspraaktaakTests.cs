using System.Net;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>
/// Each agreement is a task for its directeur (ADR 0023): started once through Opvolging's outbox, in the directeur's
/// "Mijn taken", with reminders and the escalation ladder on the agreement's deadline; a moved deadline moves the task;
/// done completes it, dropped cancels it, with the reason in its history.
/// </summary>
public abstract class AfspraaktaakTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_afspraak_wordt_eenmaal_een_taak_in_mijn_taken_van_de_directeur_en_niet_van_een_ander()
    {
        using var bureau = await BureauAsync();
        var url = await VastleggenAsync(bureau, "Com", "TrekkerBenoemd");
        Assert.Equal(1, await BezorgAsync());
        Assert.Equal(0, await BezorgAsync());

        // A second delivery (another key, as after a crash before the inbox row) finds the task and starts nothing.
        var id = Guid.Parse(url.Split('/')[^1]);
        await Fabriek.MetDienstAsync(async d =>
        {
            await d.GetRequiredService<IIntegratieHandler<AfspraakGewijzigd>>().VerwerkAsync("nogmaals", new AfspraakGewijzigd(id, 1), default);
            return 0;
        });
        var taak = Assert.Single(await TakenAsync());
        Assert.Equal("opvolging-afspraak-trekker", taak.DefinitieId);

        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var rij = Assert.Single((await sessie.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
        Assert.Contains("Afspraak: benoem een trekker", rij.TextContent);
        Assert.Contains("Trekker met minimaal 8 uur per week benoemd", rij.TextContent);
        Assert.Contains("1 juni 2025 17:00", rij.TextContent);
        var taakpagina = await sessie.PaginaAsync($"/taken/{taak.Id}");
        Assert.Equal(url, taakpagina.QuerySelector("#afspraaklink")!.GetAttribute("href"));
        Assert.NotNull(taakpagina.QuerySelector("#Velden_UrenPerWeek"));

        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync((await Fabriek.RolhouderAsync(Rol.Directeur, "P&O")).Persoon.Id);
        Assert.Empty((await ander.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
        HttpSessie.AssertGeenToegang(await ander.GetAsync($"/taken/{taak.Id}"));
    }

    [Fact]
    public async Task Herinneringen_en_escalaties_volgen_de_deadline_van_de_afspraak()
    {
        using var bureau = await BureauAsync();
        var afspraak = await VastleggenAsync(bureau, "Com", "ActieplanOpgeleverd");
        await BezorgAsync();
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        var cluster = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: (await Fabriek.DirectieAsync("Com")).ClusterId);
        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();
        await verwerker.RondeAsync(default);
        Assert.Contains(Fabriek.Mail.Mails, m => m.Aan == directeur.Persoon.Email && m.Onderwerp.Contains("lever een geactualiseerd actieplan op"));

        Fabriek.Klok.Zet(Amsterdam(2025, 5, 25, 16));
        await verwerker.RondeAsync(default);
        Assert.DoesNotContain(Fabriek.Mail.Mails, m => m.Onderwerp.StartsWith("Herinnering"));
        Fabriek.Klok.Zet(Amsterdam(2025, 5, 25, 18));
        await verwerker.RondeAsync(default);
        Assert.Single(Fabriek.Mail.Mails, m => m.Aan == directeur.Persoon.Email && m.Onderwerp.StartsWith("Herinnering"));
        Assert.DoesNotContain(Fabriek.Mail.Mails, m => m.Aan == cluster.Persoon.Email);

        Fabriek.Klok.Zet(Amsterdam(2025, 6, 1, 18));
        await verwerker.RondeAsync(default);
        Assert.Contains(Fabriek.Mail.Mails, m => m.Aan == cluster.Persoon.Email && m.Onderwerp.StartsWith("Escalatie"));
        Assert.Equal(TaakStatus.Geescaleerd, Assert.Single(await TakenAsync()).Status);
        using var clustersessie = Fabriek.NieuweSessie();
        await clustersessie.AanmeldenAlsAsync(cluster.Persoon.Id);
        Assert.Single((await clustersessie.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
        // A GMT member who is no clusterdirecteur at all, so the mail can only come from the later rung, and who sees no
        // directie in detail (the GMT sees aggregates).
        var clusterdirecteuren = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>()
            .RolhoudersAsync(Rol.Clusterdirecteur, Fabriek.Klok.Vandaag(), null, null))).Select(r => r.Persoon.Id).ToHashSet();
        var gmt = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().RolhoudersAsync(Rol.Gmt, Fabriek.Klok.Vandaag(), null, null)))
            .First(r => !clusterdirecteuren.Contains(r.Persoon.Id));
        Assert.DoesNotContain(Fabriek.Mail.Mails, m => m.Aan == gmt.Persoon.Email);
        using var gmtsessie = Fabriek.NieuweSessie();
        await gmtsessie.AanmeldenAlsAsync(gmt.Persoon.Id);
        HttpSessie.AssertGeenToegang(await gmtsessie.GetAsync(afspraak));

        Fabriek.Klok.Zet(Amsterdam(2025, 6, 15, 18));
        await verwerker.RondeAsync(default);
        Assert.Contains(Fabriek.Mail.Mails, m => m.Aan == gmt.Persoon.Email && m.Onderwerp.StartsWith("Escalatie"));
        Assert.Equal(3, Assert.Single(await TakenAsync()).EscalatieNiveau);

        // The task that reached the GMT links to the agreement: its members read it (and go back to their tasks, having
        // no register), without the forms of those who report on it or manage it. A new sign-in: two weeks have passed.
        using var gmtlater = Fabriek.NieuweSessie();
        await gmtlater.AanmeldenAlsAsync(gmt.Persoon.Id);
        var taakpagina = await gmtlater.PaginaAsync($"/taken/{Assert.Single(await TakenAsync()).Id}");
        Assert.Equal(afspraak, taakpagina.QuerySelector("#afspraaklink")!.GetAttribute("href"));
        // The escalation does not hand the task over, but it can be answered in it, as the user guide says.
        Assert.Null(taakpagina.QuerySelector("form[action*=Voltooien]"));
        Assert.Contains("Afronden kan alleen wie de rol van de taak heeft (directeur", taakpagina.QuerySelector("#escalatie-uitleg")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Wat wordt er van de behandelaar gevraagd?", taakpagina.QuerySelector("#wat-kop")!.TextContent);
        using var eigenaar = Fabriek.NieuweSessie();
        await eigenaar.AanmeldenAlsAsync(directeur.Persoon.Id);
        var eigenPagina = await eigenaar.PaginaAsync($"/taken/{Assert.Single(await TakenAsync()).Id}");
        Assert.Null(eigenPagina.QuerySelector("#escalatie-uitleg"));
        Assert.Equal("Wat wordt er van u gevraagd?", eigenPagina.QuerySelector("#wat-kop")!.TextContent);
        var taakId = Assert.Single(await TakenAsync()).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await gmtlater.VerstuurFormulierAsync($"/taken/{taakId}",
            new Dictionary<string, string> { ["Tekst"] = "Besproken in het GMT van 15 juni." }, "form[action*=Opmerking]")).StatusCode);
        Assert.Contains("Besproken in het GMT van 15 juni.", (await gmtlater.PaginaAsync($"/taken/{taakId}")).QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
        var gelezen = await gmtlater.PaginaAsync(afspraak);
        Assert.Equal("/taken", gelezen.QuerySelector(".ams-breadcrumb__link")!.GetAttribute("href"));
        Assert.Empty(gelezen.QuerySelectorAll("main form"));
        HttpSessie.AssertGeenToegang(await gmtlater.GetAsync("/opvolging"));
    }

    [Fact]
    public async Task Een_verschoven_deadline_verschuift_de_taak_met_haar_herinneringen_en_escalaties()
    {
        using var bureau = await BureauAsync();
        var url = await VastleggenAsync(bureau, "Com", "TrekkerBenoemd");
        await BezorgAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync(url,
            new Dictionary<string, string> { ["NieuweDeadline"] = "2025-09-01", ["Reden"] = "Reorganisatie" }, "form[action*=Verschuiven]")).StatusCode);
        Assert.Equal(1, await BezorgAsync());

        var taak = Assert.Single(await TakenAsync());
        Assert.Equal(Amsterdam(2025, 9, 1, 17).UtcDateTime, taak.DeadlineUtc);
        var historie = await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().HistorieAsync(new HistorieVraag { TaakId = taak.Id }, default));
        Assert.Contains(
            historie,
            h => h.Soort == "deadline-verplaatst" && h.Omschrijving.Contains("1 september 2025 17:00") && h.Omschrijving.Contains("Reorganisatie"));

        // The old deadline passes without a reminder or an escalation; the new one keeps its ladder.
        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();
        Fabriek.Klok.Zet(Amsterdam(2025, 6, 2, 10));
        await verwerker.RondeAsync(default);
        Assert.DoesNotContain(Fabriek.Mail.Mails, m => m.Onderwerp.StartsWith("Herinnering") || m.Onderwerp.StartsWith("Escalatie"));
        Assert.Equal(TaakStatus.Open, Assert.Single(await TakenAsync()).Status);
        Fabriek.Klok.Zet(Amsterdam(2025, 9, 1, 18));
        await verwerker.RondeAsync(default);
        Assert.Equal(TaakStatus.Geescaleerd, Assert.Single(await TakenAsync()).Status);
    }

    [Fact]
    public async Task Vanzelf_gedaan_rondt_de_taak_af_en_vervallen_annuleert_haar_met_de_reden()
    {
        using var bureau = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren",
            new Dictionary<string, string> { ["UrenPerWeek"] = "4" })).StatusCode);
        await VastleggenAsync(bureau, "Com", "TrekkerBenoemd");
        var plan = await VastleggenAsync(bureau, "Com", "ActieplanOpgeleverd");
        await BezorgAsync();
        Assert.Equal(2, (await TakenAsync()).Count(t => !t.IsAfgerond));

        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren",
            new Dictionary<string, string> { ["UrenPerWeek"] = "8" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync(plan,
            new Dictionary<string, string> { ["RedenVervallen"] = "Het GMT ziet af van een nieuw plan dit jaar" }, "form[action*=Vervallen]")).StatusCode);
        await BezorgAsync();
        await BezorgAsync();

        var taken = await TakenAsync();
        var trekkertaak = taken.Single(t => t.DefinitieId == "opvolging-afspraak-trekker");
        var plantaak = taken.Single(t => t.DefinitieId == "opvolging-afspraak-actieplan");
        Assert.Equal(TaakStatus.Voltooid, trekkertaak.Status);
        Assert.Equal(TaakStatus.Geannuleerd, plantaak.Status);
        var historie = await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().HistorieAsync(new HistorieVraag(), default));
        Assert.Contains(historie, h => h.TaakId == trekkertaak.Id && h.Omschrijving.Contains("de afspraak is gedaan (IdCyclus (systeem))"));
        Assert.Contains(
            historie,
            h => h.TaakId == plantaak.Id && h.Omschrijving.Contains("vervallen") && h.Omschrijving.Contains("ziet af van een nieuw plan"));

        // A late redelivery of an older change changes nothing: the task stays as it ended.
        await Fabriek.MetDienstAsync(async d =>
        {
            await d.GetRequiredService<IIntegratieHandler<AfspraakGewijzigd>>().VerwerkAsync(
                "laat",
                new AfspraakGewijzigd(Guid.Parse(plan.Split('/')[^1]), 1),
                default);
            return 0;
        });
        Assert.Equal(2, (await TakenAsync()).Count(t => t.IsAfgerond));
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        Assert.Empty((await sessie.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
    }

    [Fact]
    public async Task De_directeur_rondt_een_overige_afspraak_af_met_bewijs_en_de_afspraak_is_gedaan()
    {
        using var bureau = await BureauAsync();
        var url = await VastleggenAsync(bureau, "Com", "Overig", omschrijving: "Inclusie op de agenda van elk MT-overleg");
        await BezorgAsync();
        var taak = Assert.Single(await TakenAsync());
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var taakUrl = $"/taken/{taak.Id}";
        Assert.Contains("Com", (await sessie.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij")!.TextContent);

        var zonder = await HttpSessie.LeesAsync(await sessie.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string>(), "form[action*=Voltooien]"));
        Assert.Contains("Vul het bewijs in", HttpSessie.FoutBijVeld(zonder, "Velden_Bewijs"));

        Assert.Equal(HttpStatusCode.Redirect, (await sessie.VerstuurFormulierAsync(taakUrl,
            new Dictionary<string, string> { ["Velden[Bewijs]"] = "Staat sinds april vast op de MT-agenda" }, "form[action*=Voltooien]")).StatusCode);
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
        await BezorgAsync();

        var afspraak = Assert.Single(await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOpvolgingQueries>().AfsprakenAsync(null, Fabriek.Klok.Vandaag())));
        Assert.Equal("gedaan", afspraak.Status);
        Assert.Contains("Staat sinds april vast op de MT-agenda", (await bureau.PaginaAsync(url)).QuerySelector("#afsluiting")!.TextContent);
    }

    private async Task<HttpSessie> BureauAsync()
    {
        var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        return bureau;
    }

    private async Task<string> VastleggenAsync(HttpSessie bureau, string directie, string soort, string deadline = "2025-06-01", string? omschrijving = null)
    {
        var velden = new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync(directie)).Id.ToString(), ["Soort"] = soort, ["Bron"] = "Gmt", ["Deadline"] = deadline,
        };
        if (omschrijving is not null)
        {
            velden["Omschrijving"] = omschrijving;
        }

        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", velden);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        return antwoord.Headers.Location!.OriginalString;
    }

    private static DateTimeOffset Amsterdam(int jaar, int maand, int dag, int uur) =>
        new DateTimeOffset(new DateTime(jaar, maand, dag, uur, 0, 0), Tijd.Amsterdam.GetUtcOffset(new DateTime(jaar, maand, dag, uur, 0, 0)));

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));

    private Task<IReadOnlyList<WorkflowTaak>> TakenAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag { OokAfgerond = true }, default));
}

public sealed class AfspraaktaakTests_Sqlite(SqliteFabriek fabriek) : AfspraaktaakTests<SqliteFabriek>(fabriek);

public sealed class AfspraaktaakTests_Postgres(PostgresFabriek fabriek) : AfspraaktaakTests<PostgresFabriek>(fabriek);
