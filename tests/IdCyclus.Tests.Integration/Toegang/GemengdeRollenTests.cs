using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// Rights follow each role in its own scope, today: someone who is accounthouder of one cluster and clusterdirecteur of
/// another gets each role's rights only where that role holds (issue 10's mixed-roles case); the predecessor whose role
/// ended yesterday has none left; and a form replayed by another user is refused.
/// </summary>
public abstract class GemengdeRollenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Accounthouder_van_het_ene_en_clusterdirecteur_van_het_andere_cluster_krijgt_elke_rol_alleen_in_zijn_eigen_cluster()
    {
        var wpi = await Fabriek.DirectieAsync("WPI");
        var po = await Fabriek.DirectieAsync("P&O");
        Assert.NotEqual(wpi.ClusterId, po.ClusterId);
        var gemengd = await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: wpi.ClusterId);
        var voorganger = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: po.ClusterId);
        var derdeCluster = await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<IOrganisatieQueries>().ClustersAsync()).First(c => c.Id != wpi.ClusterId && c.Id != po.ClusterId).Id);

        // Bureau hands the P&O cluster over: the clusterdirecteur's role ended yesterday, the accounthouder of WPI's cluster takes it today.
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var einde = await bureau.VerstuurFormulierAsync(
                $"/organisatie/rollen/{voorganger.Id}/beeindigen", new Dictionary<string, string> { ["Tot"] = "2025-02-28" });
            Assert.Equal(HttpStatusCode.Redirect, einde.StatusCode);
            var nieuw = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?clusterId={po.ClusterId}", new Dictionary<string, string>
            {
                ["Rol"] = nameof(Rol.Clusterdirecteur), ["PersoonId"] = gemengd.Persoon.Id.ToString(), ["Van"] = "2025-03-01",
            });
            Assert.True(
                nieuw.StatusCode == HttpStatusCode.Redirect,
                HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(nieuw), "Rol") ?? await nieuw.Content.ReadAsStringAsync());
        }

        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(gemengd.Persoon.Id);

        // As accounthouder of WPI's cluster: may change WPI's interview answers.
        Assert.Equal("ok", await PostUitkomstAsync(sessie, $"/interviews/2024/{wpi.Id}?handler=Opslaan"));
        // As clusterdirecteur of P&O's cluster: may look, but the accounthouder's right does not travel along.
        await sessie.PaginaAsync($"/interviews/2024/{po.Id}");
        await sessie.PaginaAsync($"/organisatie/clusters/{po.ClusterId}");
        Assert.Equal("403", await PostUitkomstAsync(sessie, $"/interviews/2024/{po.Id}?handler=Opslaan"));
        Assert.Equal("403", await PostUitkomstAsync(sessie, $"/interviews/2024/{po.Id}?handler=Indienen"));
        // Neither role reaches a third cluster.
        HttpSessie.AssertGeenToegang(await sessie.GetAsync($"/organisatie/clusters/{derdeCluster}"));

        // The predecessor, whose role ended yesterday, keeps nothing of it.
        using var oud = Fabriek.NieuweSessie();
        await oud.AanmeldenAlsAsync(voorganger.Persoon.Id);
        HttpSessie.AssertGeenToegang(await oud.GetAsync($"/organisatie/clusters/{po.ClusterId}"));
    }

    [Fact]
    public async Task Een_formulier_van_de_een_nagespeeld_door_een_ander_wordt_geweigerd_en_verandert_niets()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var velden = HttpSessie.FormulierVelden(await bureau.PaginaAsync($"/organisatie/rollen/{trekker.Id}/uren"));
        velden["UrenPerWeek"] = "16";

        // Someone without the right sends Bureau's form, token and all, from their own session: refused at the door.
        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(Rol.Trekker, "WPI");
        HttpSessie.AssertGeenToegang(await ander.Client.PostAsync($"/organisatie/rollen/{trekker.Id}/uren", new FormUrlEncodedContent(velden)));

        // Another Bureau member, who may change hours, still cannot use a token issued to someone else.
        using var collega = Fabriek.NieuweSessie();
        await collega.AanmeldenAlsAsync(Rol.DataAnalist);
        var nagespeeld = await collega.Client.PostAsync($"/organisatie/rollen/{trekker.Id}/uren", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.BadRequest, nagespeeld.StatusCode);

        Assert.Equal(trekker.UrenPerWeek, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
    }

    /// <summary>A POST with only the antiforgery token, judged as the access matrix does: past the door ("ok") or refused ("403").</summary>
    private static async Task<string> PostUitkomstAsync(HttpSessie sessie, string url)
    {
        var token = HttpSessie.Token(await sessie.PaginaAsync("/"));
        var antwoord = await sessie.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var naar = antwoord.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        return antwoord.StatusCode == HttpStatusCode.Forbidden || naar.StartsWith("/geen-toegang", StringComparison.Ordinal) ? "403"
            : antwoord.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect ? "ok"
            : ((int)antwoord.StatusCode).ToString();
    }
}

public sealed class GemengdeRollenTests_Sqlite(SqliteFabriek fabriek) : GemengdeRollenTests<SqliteFabriek>(fabriek);

public sealed class GemengdeRollenTests_Postgres(PostgresFabriek fabriek) : GemengdeRollenTests<PostgresFabriek>(fabriek);
