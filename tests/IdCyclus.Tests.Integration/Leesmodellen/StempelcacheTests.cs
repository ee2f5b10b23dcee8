using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Leesmodellen;

/// <summary>
/// The cached read models (ADR 0030) never show what was true before a change: every page is read twice first (so the
/// second read came from the cache), then changed through the normal handlers and read again. Also when the change is
/// made by another host on the same database, and when it arrives through an integration event.
/// </summary>
public abstract class StempelcacheTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private static string Tekst(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "(geen element)").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A directie's dashboard cells by column head; read twice, the second time from the cache.</summary>
    private static async Task<Dictionary<string, string>> DashboardAsync(HttpSessie sessie, Guid directie)
    {
        await sessie.PaginaAsync("/gmt");
        var pagina = await sessie.PaginaAsync("/gmt");
        var rij = pagina.QuerySelector($"tr[data-directie='{directie}']") ?? throw new InvalidOperationException($"Geen regel voor {directie}.");
        var koppen = rij.Closest("table")!.QuerySelectorAll("thead th").Select(Tekst).ToList();
        return koppen.Zip(rij.Children.Select(Tekst)).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>The task links on "Mijn taken"; read twice, the second time from the cache.</summary>
    private static async Task<HashSet<string>> TakenAsync(HttpSessie sessie)
    {
        await sessie.PaginaAsync("/taken");
        var pagina = await sessie.PaginaAsync("/taken");
        return pagina.QuerySelectorAll("tr.idc-taakrij a").Select(a => a.GetAttribute("href")!).ToHashSet();
    }

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));

    private static async Task AfspraakAsync(HttpSessie bureau, Guid directie, string soort)
    {
        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = directie.ToString(), ["Soort"] = soort, ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
            ["Omschrijving"] = "Werkgroep formeel instellen",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Een_afspraak_en_de_trekker_die_hem_afvinkt_staan_bij_de_volgende_lezing_op_dashboard_en_in_mijn_taken()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync(Rol.Directeur, "Com");
        var com = (await Fabriek.DirectieAsync("Com")).Id;
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var voor = await DashboardAsync(bureau, com);
        var takenVoor = await TakenAsync(directeur);

        await AfspraakAsync(bureau, com, "TrekkerBenoemd");
        // The agreement's own event makes the directeur's task (ADR 0023): a write of the runtime, through the outbox.
        Assert.Equal(1, await BezorgAsync());

        var open = await DashboardAsync(bureau, com);
        Assert.Equal(int.Parse(voor["Lopende afspraken"]) + 1, int.Parse(open["Lopende afspraken"]));
        var takenOpen = await TakenAsync(directeur);
        var taak = Assert.Single(takenOpen.Except(takenVoor));

        // Organisatie records 8 hours; its event closes the agreement, and the agreement's event closes the task.
        var uren = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "8" });
        Assert.Equal(HttpStatusCode.Redirect, uren.StatusCode);
        Assert.Contains("(8 uur)", (await DashboardAsync(bureau, com))["Trekker"]);
        Assert.Equal(2, await BezorgAsync());

        var gedaan = await DashboardAsync(bureau, com);
        Assert.Equal(voor["Lopende afspraken"], gedaan["Lopende afspraken"]);
        Assert.Equal("ja", gedaan["Trekker met minimaal 8 uur"]);
        Assert.DoesNotContain(taak, await TakenAsync(directeur));
    }

    [Fact]
    public async Task Een_beeindigde_rol_geldt_bij_het_volgende_verzoek()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        using var clusterdirecteur = Fabriek.NieuweSessie();
        var rol = await clusterdirecteur.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        var gmtLid = await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<IOrganisatieQueries>().RollenVanAsync(rol.Persoon.Id, Fabriek.Klok.Vandaag())).Any(r => r.Rol == Rol.Gmt));
        var alle = await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag())).Count);
        await clusterdirecteur.PaginaAsync("/gmt");
        var eigen = (await clusterdirecteur.PaginaAsync("/gmt")).QuerySelectorAll("tr.idc-dashboardregel").Length;
        Assert.InRange(eigen, 1, alle - 1);

        var gisteren = Fabriek.Klok.Vandaag().AddDays(-1).ToString("yyyy-MM-dd");
        var einde = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{rol.Id}/beeindigen", new Dictionary<string, string> { ["Tot"] = gisteren });
        Assert.Equal(HttpStatusCode.Redirect, einde.StatusCode);

        // Without the cluster role a GMT member sees the whole municipality (ADR 0024); anyone else nothing.
        if (gmtLid)
        {
            Assert.Equal(alle, (await clusterdirecteur.PaginaAsync("/gmt")).QuerySelectorAll("tr.idc-dashboardregel").Length);
        }
        else
        {
            HttpSessie.AssertGeenToegang(await clusterdirecteur.GetAsync("/gmt"));
        }
    }

    [Fact]
    public async Task Een_wijziging_op_een_tweede_host_staat_bij_de_volgende_lezing_op_de_eerste()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var dv = (await Fabriek.DirectieAsync("DV")).Id;
        var voor = await DashboardAsync(bureau, dv);

        // A second host on the same database: its own container, so its own caches and nothing in memory in common.
        using var tweede = Fabriek.WithWebHostBuilder(_ => { });
        using var bureauTweede = new HttpSessie(
            tweede.CreateClient(new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false, HandleCookies = true, BaseAddress = IdCyclusFabriek.Basisadres,
            }),
            Fabriek);
        await bureauTweede.AanmeldenAlsAsync(Rol.Projectleider);
        Assert.Equal(voor, await DashboardAsync(bureauTweede, dv));
        await AfspraakAsync(bureauTweede, dv, "Overig");

        Assert.Equal(int.Parse(voor["Lopende afspraken"]) + 1, int.Parse((await DashboardAsync(bureau, dv))["Lopende afspraken"]));
    }
}

public sealed class StempelcacheTests_Sqlite(SqliteFabriek fabriek) : StempelcacheTests<SqliteFabriek>(fabriek);

public sealed class StempelcacheTests_Postgres(PostgresFabriek fabriek) : StempelcacheTests<PostgresFabriek>(fabriek);
