using System.Net;
using System.Net.Http.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using AngleSharp.Dom;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Organisatie;

/// <summary>Bureau's forms: valid input is saved with an audit line; bad input gets a Dutch message at the field and changes nothing.</summary>
public abstract class RolWijzigenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Theory]
    [InlineData("60", "tussen 0 en 40")]
    [InlineData("-1", "tussen 0 en 40")]
    [InlineData("acht", "geen getal")]
    [InlineData("4,55", "één decimaal")]
    [InlineData("", "Vul het aantal uren")]
    public async Task Ongeldige_uren_worden_geweigerd_zonder_iets_te_wijzigen(string invoer, string melding)
    {
        using var sessie = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var antwoord = await sessie.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = invoer });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains(melding, HttpSessie.FoutBijVeld(pagina, "UrenPerWeek"));
        Assert.Equal(invoer, pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UrenPerWeek")!.Value);
        Assert.NotNull(pagina.QuerySelector("[role=alert]"));
        Assert.Equal(trekker.UrenPerWeek, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
        Assert.Empty((await sessie.PaginaAsync($"/organisatie/directies/{trekker.DirectieId}")).QuerySelectorAll("tr.idc-auditregel"));
    }

    [Fact]
    public async Task Uren_wijzigen_slaat_op_en_toont_de_auditregel()
    {
        using var sessie = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var antwoord = await sessie.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "12.5" });

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(12.5m, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
        var pagina = await sessie.PaginaAsync(antwoord.Headers.Location!.OriginalString);
        Assert.Contains("opgeslagen", pagina.QuerySelector("[role=status]")!.TextContent);
        var regel = Assert.Single(pagina.QuerySelectorAll("tr.idc-auditregel"));
        var cellen = regel.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1 maart 2025 10:00", cellen[0]);
        Assert.Equal((await Fabriek.RolhouderAsync(Rol.Projectleider)).Persoon.Naam, cellen[1]);
        Assert.Contains(trekker.Persoon.Naam, cellen[2]);
        Assert.Equal($"{trekker.UrenPerWeek:0.#} uur per week", cellen[3]);
        Assert.Equal("12,5 uur per week", cellen[4]);
    }

    [Fact]
    public async Task Gelijktijdige_wijziging_overschrijft_niet_en_bewaart_de_invoer()
    {
        using var eerste = await BureauAsync();
        using var tweede = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var formulierVanEerste = await eerste.PaginaAsync($"/organisatie/rollen/{trekker.Id}/uren");

        var tweedeOpgeslagen = await tweede.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "10" });
        Assert.Equal(HttpStatusCode.Redirect, tweedeOpgeslagen.StatusCode);

        var antwoord = await eerste.Client.PostAsync($"/organisatie/rollen/{trekker.Id}/uren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UrenPerWeek"] = "16",
            ["Versie"] = formulierVanEerste.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Versie]")!.Value,
            ["__RequestVerificationToken"] = HttpSessie.Token(formulierVanEerste),
        }));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", pagina.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("16", pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UrenPerWeek")!.Value);
        Assert.Contains("10", pagina.QuerySelector("dl")!.TextContent);
        Assert.Equal(10m, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
    }

    [Fact]
    public async Task Nieuwe_trekker_met_nieuwe_persoon_wordt_toegewezen()
    {
        using var sessie = await BureauAsync();
        var directie = await Fabriek.DirectieAsync("P&O");

        var antwoord = await sessie.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?directieId={directie.Id}", new Dictionary<string, string>
        {
            ["Rol"] = "Trekker",
            ["NieuwePersoonNaam"] = "Femke Testpersoon",
            ["NieuwePersoonEmail"] = "femke.testpersoon@idcyclus.example",
            ["Van"] = "2025-03-01",
            ["UrenPerWeek"] = "8",
        });

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var pagina = await sessie.PaginaAsync($"/organisatie/directies/{directie.Id}");
        Assert.Contains("Femke Testpersoon (8 uur per week)", pagina.QuerySelector("dl")!.TextContent);
        Assert.Contains("Rol toegewezen", Assert.Single(pagina.QuerySelectorAll("tr.idc-auditregel")).TextContent);
    }

    public static TheoryData<Dictionary<string, string>, string, string> OngeldigeToewijzingen => new()
    {
        { new() { ["Rol"] = "Trekker", ["PersoonId"] = "", ["Van"] = "2025-03-01", ["UrenPerWeek"] = "8" }, "PersoonId", "Kies een persoon" },
        { new() { ["Rol"] = "", ["Van"] = "2025-03-01" }, "Rol", "Kies een rol" },
        { new() { ["Rol"] = "Bestaatniet", ["Van"] = "2025-03-01" }, "Rol", "geen rol" },
        { new() { ["Rol"] = "Trekker", ["Van"] = "2025-03-01", ["Tot"] = "2025-02-01", ["UrenPerWeek"] = "8" }, "Tot", "vóór de begindatum" },
        { new() { ["Rol"] = "Trekker", ["Van"] = "2025-03-01", ["UrenPerWeek"] = "60" }, "UrenPerWeek", "tussen 0 en 40" },
        { new() { ["Rol"] = "Trekker", ["Van"] = "2025-03-01" }, "UrenPerWeek", "Vul het aantal uren" },
        { new() { ["Rol"] = "Directeur", ["Van"] = "2025-03-01" }, "Van", "heeft in deze periode al een directeur" },
        { new() { ["Rol"] = "Directeur", ["Van"] = "2025-03-01", ["UrenPerWeek"] = "4" }, "UrenPerWeek", "Alleen een trekker" },
        { new() { ["Rol"] = "Trekker", ["Van"] = "31-02-2025", ["UrenPerWeek"] = "8" }, "Van", "geen geldige waarde voor Begindatum" },
        { new() { ["Rol"] = "Trekker", ["Van"] = "", ["UrenPerWeek"] = "8" }, "Van", "Vul de begindatum in" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeToewijzingen))]
    public async Task Ongeldige_toewijzing_krijgt_melding_bij_het_veld_en_slaat_niets_op(Dictionary<string, string> velden, string veld, string melding)
    {
        using var sessie = await BureauAsync();
        var directie = await Fabriek.DirectieAsync("P&O");
        var persoon = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        if (!velden.ContainsKey("PersoonId"))
        {
            velden["PersoonId"] = persoon.Persoon.Id.ToString();
        }

        var antwoord = await sessie.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?directieId={directie.Id}", velden);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains(melding, HttpSessie.FoutBijVeld(pagina, veld));
        var directiePagina = await sessie.PaginaAsync($"/organisatie/directies/{directie.Id}");
        Assert.Empty(directiePagina.QuerySelectorAll("tr.idc-auditregel"));
        Assert.Contains("Geen trekker", directiePagina.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task Nieuwe_persoon_met_bestaand_of_ongeldig_emailadres_wordt_geweigerd()
    {
        using var sessie = await BureauAsync();
        var directie = await Fabriek.DirectieAsync("P&O");
        var bestaand = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var dubbel = await sessie.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?directieId={directie.Id}", new Dictionary<string, string>
        {
            ["Rol"] = "Trekker", ["NieuwePersoonNaam"] = "Iemand", ["NieuwePersoonEmail"] = bestaand.Persoon.Email,
            ["Van"] = "2025-03-01", ["UrenPerWeek"] = "8",
        });
        Assert.Contains("Er is al een persoon", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(dubbel), "NieuwePersoonEmail"));

        var ongeldig = await sessie.VerstuurFormulierAsync($"/organisatie/rollen/nieuw?directieId={directie.Id}", new Dictionary<string, string>
        {
            ["Rol"] = "Trekker", ["NieuwePersoonNaam"] = "Iemand", ["NieuwePersoonEmail"] = "geen-adres", ["Van"] = "2025-03-01", ["UrenPerWeek"] = "8",
        });
        Assert.Contains("geen geldig e-mailadres", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(ongeldig), "NieuwePersoonEmail"));
    }

    [Fact]
    public async Task Rol_beeindigen_met_einddatum_voor_begin_wordt_geweigerd_en_geldige_einddatum_wordt_vastgelegd()
    {
        using var sessie = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var fout = await sessie.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/beeindigen",
            new Dictionary<string, string> { ["Tot"] = trekker.Van.AddDays(-1).ToString("yyyy-MM-dd") });
        Assert.Contains("vóór de begindatum", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(fout), "Tot"));
        Assert.Null((await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).Tot);

        var goed = await sessie.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/beeindigen", new Dictionary<string, string> { ["Tot"] = "2025-03-31" });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal(new DateOnly(2025, 3, 31), (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).Tot);
        var pagina = await sessie.PaginaAsync($"/organisatie/directies/{trekker.DirectieId}");
        Assert.Contains("31 maart 2025", Assert.Single(pagina.QuerySelectorAll("tr.idc-auditregel")).TextContent);
    }

    [Fact]
    public async Task Clusterrol_en_gemeenterol_toewijzen()
    {
        using var sessie = await BureauAsync();
        var persoon = await Fabriek.RolhouderAsync(Rol.Trekker, "WPI");

        var cluster = await sessie.VerstuurFormulierAsync("/organisatie/rollen/nieuw?clusterId=dii", new Dictionary<string, string>
        {
            ["Rol"] = "Clusterdirecteur", ["PersoonId"] = persoon.Persoon.Id.ToString(), ["Van"] = "2025-04-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, cluster.StatusCode);
        Assert.Equal("/organisatie/clusters/dii", cluster.Headers.Location!.OriginalString);

        var gemeente = await sessie.VerstuurFormulierAsync("/organisatie/rollen/nieuw", new Dictionary<string, string>
        {
            ["Rol"] = "WerkgroepLid", ["PersoonId"] = persoon.Persoon.Id.ToString(), ["Van"] = "2025-04-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, gemeente.StatusCode);
        var personen = await sessie.PaginaAsync("/organisatie/personen");
        Assert.Contains("Werkgroeplid", Assert.Single(personen.QuerySelectorAll("tr.idc-auditregel")).TextContent);

        var scopeFout = await sessie.VerstuurFormulierAsync("/organisatie/rollen/nieuw?clusterId=dii", new Dictionary<string, string>
        {
            ["Rol"] = "Trekker", ["PersoonId"] = persoon.Persoon.Id.ToString(), ["Van"] = "2025-04-01", ["UrenPerWeek"] = "8",
        });
        Assert.Contains("hoort niet bij", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(scopeFout), "Rol"));
    }

    [Fact]
    public async Task Api_uren_geeft_problem_details_in_het_nederlands_en_409_bij_oude_versie()
    {
        using var sessie = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var fout = await sessie.Client.PutAsJsonAsync($"/api/organisatie/rollen/{trekker.Id}/uren", new { urenPerWeek = 60, versie = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Equal("application/problem+json", fout.Content.Headers.ContentType!.MediaType);
        Assert.Contains("tussen 0 en 40", await fout.Content.ReadAsStringAsync());

        var goed = await sessie.Client.PutAsJsonAsync($"/api/organisatie/rollen/{trekker.Id}/uren", new { urenPerWeek = 9, versie = 1 });
        Assert.Equal(HttpStatusCode.NoContent, goed.StatusCode);
        var oud = await sessie.Client.PutAsJsonAsync($"/api/organisatie/rollen/{trekker.Id}/uren", new { urenPerWeek = 11, versie = 1 });
        Assert.Equal(HttpStatusCode.Conflict, oud.StatusCode);
        Assert.Equal(9m, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);

        var onbekend = await sessie.Client.PutAsJsonAsync($"/api/organisatie/rollen/{Guid.NewGuid()}/uren", new { urenPerWeek = 8, versie = 1 });
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }

    [Fact]
    public async Task Twee_gelijktijdige_wijzigingen_met_dezelfde_versie_geven_precies_een_conflict()
    {
        using var eerste = await BureauAsync();
        using var tweede = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var antwoorden = await Task.WhenAll(
            eerste.Client.PutAsJsonAsync($"/api/organisatie/rollen/{trekker.Id}/uren", new { urenPerWeek = 20, versie = 1 }),
            tweede.Client.PutAsJsonAsync($"/api/organisatie/rollen/{trekker.Id}/uren", new { urenPerWeek = 30, versie = 1 }));

        var codes = antwoorden.Select(a => a.StatusCode).OrderBy(c => c).ToList();
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], codes);
        var gewonnen = antwoorden[0].StatusCode == HttpStatusCode.NoContent ? 20m : 30m;
        Assert.Equal(gewonnen, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
    }

    [Fact]
    public async Task Api_leest_clusters_en_directies_binnen_de_eigen_rol()
    {
        using var bureau = await BureauAsync();
        var clusters = await bureau.Client.GetFromJsonAsync<List<ClusterGegevens>>("/api/organisatie/clusters");
        Assert.Equal(6, clusters!.Count);
        Assert.Equal(44, (await bureau.Client.GetFromJsonAsync<List<DirectieGegevens>>("/api/organisatie/directies?peildatum=2024-11-01"))!.Count);
        var fout = await bureau.GetAsync("/api/organisatie/directies?peildatum=morgen");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("jjjj-mm-dd", await fout.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/api/organisatie/directies/{Guid.NewGuid()}")).StatusCode);

        using var trekker = Fabriek.NieuweSessie();
        var rol = await trekker.AanmeldenAlsAsync(Rol.Trekker, "Com");
        var eigen = await trekker.Client.GetFromJsonAsync<List<DirectieGegevens>>("/api/organisatie/directies");
        Assert.Equal(rol.DirectieId, Assert.Single(eigen!).Id);
        var ander = await Fabriek.DirectieAsync("F&I");
        Assert.Equal(HttpStatusCode.Forbidden, (await trekker.GetAsync($"/api/organisatie/directies/{ander.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trekker.GetAsync($"/api/organisatie/directies/{rol.DirectieId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await trekker.Client.PutAsJsonAsync($"/api/organisatie/rollen/{rol.Id}/uren", new { urenPerWeek = 12, versie = 1 })).StatusCode);
    }

    private async Task<HttpSessie> BureauAsync()
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        return sessie;
    }
}

public sealed class RolWijzigenTests_Sqlite(SqliteFabriek fabriek) : RolWijzigenTests<SqliteFabriek>(fabriek);

public sealed class RolWijzigenTests_Postgres(PostgresFabriek fabriek) : RolWijzigenTests<PostgresFabriek>(fabriek);
