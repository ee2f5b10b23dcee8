using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// Task rights follow today's roles: a role that ended yesterday loses the task, passing on goes only to holders of the
/// task's role, and an escalation without "herverdelen" shows the task without handing it over.
/// </summary>
public abstract class TaakrechtenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_rol_die_gisteren_eindigde_geeft_geen_toegang_meer_tot_de_taak()
    {
        var (directeur, taakUrl) = await TaakVanDirecteurAsync();
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.FromHours(1)));
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var einde = await bureau.VerstuurFormulierAsync(
                $"/organisatie/rollen/{directeur.Id}/beeindigen",
                new Dictionary<string, string> { ["Tot"] = "2025-03-04" });
            Assert.Equal(HttpStatusCode.Redirect, einde.StatusCode);
        }

        using var oud = Fabriek.NieuweSessie();
        await oud.AanmeldenAlsAsync(directeur.Persoon.Id);
        Assert.Empty((await oud.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"));
        HttpSessie.AssertGeenToegang(await oud.GetAsync(taakUrl));
    }

    [Fact]
    public async Task Een_opgeslagen_formulier_van_een_oud_rolhouder_wordt_niet_verwerkt()
    {
        var (directeur, taakUrl) = await TaakVanDirecteurAsync();
        using var oud = Fabriek.NieuweSessie();
        await oud.AanmeldenAlsAsync(directeur.Persoon.Id);
        var formulier = HttpSessie.FormulierVelden(await oud.PaginaAsync(taakUrl), "form[action*=Voltooien]");

        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.FromHours(1)));
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{directeur.Id}/beeindigen", new Dictionary<string, string> { ["Tot"] = "2025-03-04" });
        }

        // The session of four days ago has expired; signing in again gives the person today's roles (none for this task).
        await oud.AanmeldenAlsAsync(directeur.Persoon.Id);
        formulier["Velden[Naam]"] = "Nieuwe Trekker";
        formulier["Velden[Email]"] = "nieuwe.trekker@idcyclus.example";
        formulier["Velden[UrenPerWeek]"] = "8";
        var antwoord = await oud.Client.PostAsync($"{taakUrl}?handler=Voltooien", new FormUrlEncodedContent(formulier));
        HttpSessie.AssertGeenToegang(antwoord);
        using var bureauKijkt = Fabriek.NieuweSessie();
        await bureauKijkt.AanmeldenAlsAsync(Rol.Projectleider);
        Assert.Equal("Open", (await bureauKijkt.PaginaAsync(taakUrl)).QuerySelector("#taakstatus")!.TextContent.Trim());
    }

    [Fact]
    public async Task Doorgeven_kan_alleen_aan_iemand_met_de_rol_van_de_taak()
    {
        var (directeur, taakUrl) = await TaakVanDirecteurAsync();
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var pagina = await sessie.PaginaAsync(taakUrl);

        // The directeur is the only one with the role: no list offering only themselves, but why it cannot be done.
        Assert.Null(pagina.QuerySelector("form[action*=Doorgeven]"));
        Assert.Contains(
            "Doorgeven kan nu niet: niemand anders heeft vandaag de rol van deze taak", pagina.QuerySelector("#niemand-om-door-te-geven")!.TextContent);

        // A replayed form with someone else's id (a trekker of another directie) is refused with a Dutch message.
        var buitenstaander = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var antwoord = await sessie.VerstuurZonderFormulierAsync(taakUrl, "Doorgeven", new Dictionary<string, string>
        {
            ["Naar"] = buitenstaander.Persoon.Id.ToString(), ["Reden"] = "Vakantie",
        });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var geweigerd = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("heeft vandaag niet de rol van deze taak", HttpSessie.Tekst(geweigerd, "#foutenoverzicht"));

        // The form is not shown again, so the summary links to no field that is not on the page (WCAG 3.3.1).
        Assert.Null(geweigerd.QuerySelector("#Naar"));
        Assert.Empty(geweigerd.QuerySelectorAll("#foutenoverzicht a"));
        Assert.NotNull(geweigerd.QuerySelector("#niemand-om-door-te-geven"));

        // Nor to the one who has it: that would only mail them their own task and add a line to its history.
        var aanZichzelf = await sessie.VerstuurZonderFormulierAsync(taakUrl, "Doorgeven", new Dictionary<string, string>
        {
            ["Naar"] = directeur.Persoon.Id.ToString(), ["Reden"] = "Vakantie",
        });
        Assert.Contains("behandelt deze taak al", HttpSessie.Tekst(await HttpSessie.LeesAsync(aanZichzelf), "#foutenoverzicht"));
        Assert.DoesNotContain("Doorgegeven aan", (await sessie.PaginaAsync(taakUrl)).QuerySelector("section[aria-labelledby=historie-kop]")!.TextContent);

        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(buitenstaander.Persoon.Id);
        HttpSessie.AssertGeenToegang(await ander.GetAsync(taakUrl));
    }

    [Fact]
    public async Task Escalatie_zonder_herverdelen_toont_de_taak_maar_geeft_haar_niet_over()
    {
        var (_, taakUrl) = await TaakVanDirecteurAsync();
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)));
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);

        var po = await Fabriek.DirectieAsync("P&O");
        using var clusterdirecteur = Fabriek.NieuweSessie();
        await clusterdirecteur.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: po.ClusterId);
        var pagina = await clusterdirecteur.PaginaAsync(taakUrl);
        Assert.Null(pagina.QuerySelector("form[action*=Voltooien]"));
        var poging = await clusterdirecteur.Client.PostAsync($"{taakUrl}?handler=Voltooien", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(pagina), ["Versie"] = "2", ["Velden[Naam]"] = "X", ["Velden[Email]"] = "x@idcyclus.example",
            ["Velden[UrenPerWeek]"] = "8",
        }));
        HttpSessie.AssertGeenToegang(poging);

        // A GMT member who is no clusterdirecteur of this cluster is not on the ladder yet (level 3 comes later).
        var gmt = await Fabriek.MetDienstAsync(async d =>
        {
            var organisatie = d.GetRequiredService<IOrganisatieQueries>();
            var leden = await organisatie.RolhoudersAsync(Rol.Gmt, Fabriek.Klok.Vandaag());
            var cds = (await organisatie.RolhoudersAsync(Rol.Clusterdirecteur, Fabriek.Klok.Vandaag())).Select(r => r.Persoon.Id).ToHashSet();
            return leden.First(l => !cds.Contains(l.Persoon.Id));
        });
        using var gmtLid = Fabriek.NieuweSessie();
        await gmtLid.AanmeldenAlsAsync(gmt.Persoon.Id);
        HttpSessie.AssertGeenToegang(await gmtLid.GetAsync(taakUrl));
    }

    private async Task<(RolGegevens Directeur, string TaakUrl)> TaakVanDirecteurAsync()
    {
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var start = await bureau.VerstuurFormulierAsync(
                "/workflows",
                new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        }

        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "P&O");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var taakUrl = (await sessie.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;
        return (directeur, taakUrl);
    }
}

public sealed class TaakrechtenTests_Sqlite(SqliteFabriek fabriek) : TaakrechtenTests<SqliteFabriek>(fabriek);

public sealed class TaakrechtenTests_Postgres(PostgresFabriek fabriek) : TaakrechtenTests<PostgresFabriek>(fabriek);
