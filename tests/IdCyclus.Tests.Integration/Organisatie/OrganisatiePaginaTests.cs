using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Organisatie;

/// <summary>What each role may see of the organisation (the clock stands on 1 March 2025).</summary>
public abstract class OrganisatiePaginaTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_ziet_zes_clusters_met_hun_actieve_directies()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await sessie.PaginaAsync("/organisatie");

        var clusters = pagina.QuerySelectorAll("section.idc-sectie h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(6, clusters.Count);
        Assert.Contains("Sociaal", clusters);
        Assert.Contains("Digitalisering, Innovatie en Informatie (DII)", clusters);
        var directies = pagina.QuerySelectorAll("tbody th[scope=row] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(43, directies.Count);
        Assert.DoesNotContain("Zuidas", directies);
        Assert.Contains("Zuidas", pagina.QuerySelector(".idc-niet-actief")!.TextContent);
        Assert.Contains("opgegaan in G&O", pagina.QuerySelector(".idc-niet-actief")!.TextContent);
    }

    [Fact]
    public async Task Op_peildatum_in_2024_staan_alle_44_directies_van_het_rapport()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await sessie.PaginaAsync("/organisatie?peildatum=2024-11-01");
        var directies = pagina.QuerySelectorAll("tbody th[scope=row] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(44, directies.Count);
        Assert.Contains("Zuidas", directies);
        Assert.Contains("1 november 2024", pagina.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task Ongeldige_peildatum_valt_terug_op_vandaag_met_melding()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await sessie.PaginaAsync("/organisatie?peildatum=gisteren");
        Assert.Contains("geen geldige datum", HttpSessie.FoutBijVeld(pagina, "Peildatum"));
        Assert.Contains("1 maart 2025", pagina.QuerySelector("main p")!.TextContent);
    }

    [Theory]
    [InlineData("P&O")]
    [InlineData("Stadsarchief")]
    [InlineData("UI&E")]
    public async Task Directie_zonder_trekker_toont_geen_trekker(string afkorting)
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var directie = await Fabriek.DirectieAsync(afkorting);

        var overzicht = await sessie.PaginaAsync("/organisatie");
        var rij = overzicht.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/organisatie/directies/{directie.Id}']") is not null);
        Assert.Contains("Nee, geen trekker", rij.TextContent);

        var pagina = await sessie.PaginaAsync($"/organisatie/directies/{directie.Id}");
        Assert.Contains("Geen trekker", pagina.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task Directiepagina_toont_de_trekkerhistorie_met_een_wissel()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var directie = await Fabriek.DirectieAsync("OJZD");
        var historie = await Fabriek.MetDienstAsync(d =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<IOrganisatieQueries>(d)
                .TrekkerhistorieAsync(directie.Id));
        Assert.True(historie.Count >= 2, "OJZD heeft volgens de bron een wissel van trekker.");

        var pagina = await sessie.PaginaAsync($"/organisatie/directies/{directie.Id}");
        var rijen = pagina.QuerySelectorAll("section[aria-labelledby=trekkers-kop] tbody tr").ToList();
        Assert.Equal(historie.Count, rijen.Count);
        Assert.Contains("beëindigd", rijen[0].TextContent);
        Assert.Contains("actief", rijen[^1].TextContent);
    }

    [Fact]
    public async Task Onbekende_directie_geeft_404_met_nederlandse_pagina()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await sessie.PaginaAsync($"/organisatie/directies/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal("Deze pagina bestaat niet", pagina.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Trekker_ziet_alleen_de_eigen_directie()
    {
        using var sessie = Fabriek.NieuweSessie();
        var trekker = await sessie.AanmeldenAlsAsync(Rol.Trekker, "Com");

        var overzicht = await sessie.GetAsync("/organisatie");
        Assert.Equal(HttpStatusCode.Redirect, overzicht.StatusCode);
        Assert.Equal("/organisatie/mijn-directie", overzicht.Headers.Location!.OriginalString);
        var mijn = await sessie.GetAsync("/organisatie/mijn-directie");
        Assert.Equal($"/organisatie/directies/{trekker.DirectieId}", mijn.Headers.Location!.OriginalString);
        var eigen = await sessie.PaginaAsync($"/organisatie/directies/{trekker.DirectieId}");
        Assert.Empty(eigen.QuerySelectorAll("a[href*='/uren'], a[href*='/beeindigen'], a[href*='/rollen/nieuw']"));

        var ander = await Fabriek.DirectieAsync("F&I");
        var antwoord = await sessie.GetAsync($"/organisatie/directies/{ander.Id}");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/geen-toegang", antwoord.Headers.Location!.PathAndQuery);
        var geenToegang = await sessie.PaginaAsync(antwoord.Headers.Location!.PathAndQuery, HttpStatusCode.Forbidden);
        Assert.Contains("geen toegang", geenToegang.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Directeur_ziet_de_eigen_directie_maar_geen_cluster()
    {
        using var sessie = Fabriek.NieuweSessie();
        var directeur = await sessie.AanmeldenAlsAsync(Rol.Directeur, "GGD");
        await sessie.PaginaAsync($"/organisatie/directies/{directeur.DirectieId}");
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie/clusters/sociaal")).StatusCode);
        var andere = await Fabriek.DirectieAsync("WPI");
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync($"/organisatie/directies/{andere.Id}")).StatusCode);
    }

    [Fact]
    public async Task Clusterdirecteur_ziet_het_eigen_cluster_en_niet_de_andere()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        var overzicht = await sessie.PaginaAsync("/organisatie");
        Assert.Equal(["Sociaal"], overzicht.QuerySelectorAll("section.idc-sectie h2").Select(h => h.TextContent.Trim()));
        await sessie.PaginaAsync("/organisatie/clusters/sociaal");
        var eigen = await Fabriek.DirectieAsync("GGD");
        await sessie.PaginaAsync($"/organisatie/directies/{eigen.Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie/clusters/bedrijfsvoering")).StatusCode);
        var ander = await Fabriek.DirectieAsync("Com");
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync($"/organisatie/directies/{ander.Id}")).StatusCode);
    }

    [Fact]
    public async Task Accounthouder_ziet_de_eigen_clusters()
    {
        using var sessie = Fabriek.NieuweSessie();
        var accounthouder = await sessie.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "sociaal");
        var overzicht = await sessie.PaginaAsync("/organisatie");
        Assert.Contains("Sociaal", overzicht.QuerySelectorAll("section.idc-sectie h2").Select(h => h.TextContent.Trim()));
        Assert.True(overzicht.QuerySelectorAll("section.idc-sectie").Length < 6);
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie/personen")).StatusCode);
        Assert.NotNull(accounthouder.ClusterId);
    }

    [Fact]
    public async Task Gmt_lid_zonder_cluster_ziet_geen_directiegegevens_en_kan_niets_wijzigen()
    {
        var gmtLid = await Fabriek.MetDienstAsync(async d =>
        {
            var organisatie = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IOrganisatieQueries>(d);
            var clusterdirecteuren = (await organisatie.RolhoudersAsync(Rol.Clusterdirecteur, new DateOnly(2025, 3, 1))).Select(r => r.Persoon.Id).ToHashSet();
            return (await organisatie.RolhoudersAsync(Rol.Gmt, new DateOnly(2025, 3, 1))).First(r => !clusterdirecteuren.Contains(r.Persoon.Id));
        });
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(gmtLid.Persoon.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie")).StatusCode);
        var directie = await Fabriek.DirectieAsync("Com");
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync($"/organisatie/directies/{directie.Id}")).StatusCode);
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync($"/organisatie/rollen/{trekker.Id}/uren")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie/rollen/nieuw")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync($"/organisatie/rollen/{trekker.Id}/beeindigen")).StatusCode);
        var start = await sessie.PaginaAsync("/");
        // Scores holds the municipality-wide aggregates; Indicatoren every section; Actieplannen the status per directie without
        // free text; the GMT dashboard the state per directie, also without free text.
        Assert.Equal(
            ["Mijn taken", "Mijn agenda", "Scores", "Indicatoren", "Actieplannen", "GMT-dashboard"],
            start.QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Bureau_ziet_personen_met_rollen_en_clusterpagina_met_clusterrollen()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var personen = await sessie.PaginaAsync("/organisatie/personen");
        Assert.True(personen.QuerySelectorAll("tbody tr").Length > 90);
        Assert.Contains(personen.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Trekker Com"));

        var cluster = await sessie.PaginaAsync("/organisatie/clusters/dii");
        Assert.Contains("Accounthouder", cluster.QuerySelector("section[aria-labelledby=rollen-kop]")!.TextContent);
        Assert.DoesNotContain("Clusterdirecteur", cluster.QuerySelector("section[aria-labelledby=rollen-kop] table")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await sessie.GetAsync("/organisatie/clusters/bestaat-niet")).StatusCode);
    }

    [Fact]
    public async Task Gezondheid_meldt_de_database_per_module_alleen_aan_bureau()
    {
        using var anoniem = Fabriek.NieuweSessie();
        var kaal = await anoniem.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, kaal.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await kaal.Content.ReadAsStringAsync());

        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var antwoord = await sessie.GetAsync("/health");
        var inhoud = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", inhoud);
        Assert.Contains("\"Organisatie\":\"ok\"", inhoud);
        Assert.Contains("\"Toegang\":\"ok\"", inhoud);
    }
}

public sealed class OrganisatiePaginaTests_Sqlite(SqliteFabriek fabriek) : OrganisatiePaginaTests<SqliteFabriek>(fabriek);

public sealed class OrganisatiePaginaTests_Postgres(PostgresFabriek fabriek) : OrganisatiePaginaTests<PostgresFabriek>(fabriek);
