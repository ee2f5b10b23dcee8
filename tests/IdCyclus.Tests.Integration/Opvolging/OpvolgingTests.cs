using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>The follow-up register over HTTP: recording, moving, reporting, closing, conflicts and who sees what.</summary>
public abstract class OpvolgingTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private async Task<HttpSessie> AlsAsync(Rol rol, string? directie = null)
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(rol, directie);
        return sessie;
    }

    private async Task<string> VastleggenAsync(HttpSessie bureau, string directie, string soort, string deadline = "2025-06-01", string? omschrijving = null)
    {
        var velden = new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync(directie)).Id.ToString(),
            ["Soort"] = soort,
            ["Bron"] = "Gmt",
            ["Deadline"] = deadline,
        };
        if (omschrijving is not null)
        {
            velden["Omschrijving"] = omschrijving;
        }

        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", velden);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        return antwoord.Headers.Location!.OriginalString;
    }

    private Task<IReadOnlyList<AfspraakGegevens>> AllesAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IOpvolgingQueries>().AfsprakenAsync(null, Fabriek.Klok.Vandaag()));

    [Fact]
    public async Task Bureau_legt_een_trekkerafspraak_vast_met_de_directeur_als_eigenaar()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "DV", null);

        var url = await VastleggenAsync(bureau, "DV", "TrekkerBenoemd");

        var pagina = await bureau.PaginaAsync(url);
        Assert.Equal("Trekker met minimaal 8 uur per week benoemd", pagina.QuerySelector("h1")!.TextContent);
        Assert.Contains(directeur.Persoon.Naam, HttpSessie.Tekst(pagina, "#gegevens"));
        Assert.Equal("open", HttpSessie.Tekst(pagina, "#status"));
        Assert.Contains("1 juni 2025", HttpSessie.Tekst(pagina, "#deadline"));
        Assert.Contains("Vastgelegd (GMT) met deadline 1 juni 2025", HttpSessie.Tekst(pagina, "#geschiedenis"));
        var register = await bureau.PaginaAsync("/opvolging");
        Assert.Contains("Trekker met minimaal 8 uur per week benoemd", HttpSessie.Tekst(register, "#afspraken"));
        var afspraak = Assert.Single(await AllesAsync());
        Assert.Equal((directeur.Persoon.Id, "open"), (afspraak.EigenaarPersoonId, afspraak.Status));
    }

    [Fact]
    public async Task Onvolledige_invoer_noemt_elk_veld_en_legt_niets_vast()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);

        var leeg = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>()));
        Assert.Contains("Kies de soort afspraak", HttpSessie.FoutBijVeld(leeg, "Soort"));

        var velden = new Dictionary<string, string>
        {
            ["Soort"] = "Overig", ["Deadline"] = "2025-02-01", ["MinimaleUren"] = "8", ["Omschrijving"] = " ",
        };
        var fout = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/opvolging/nieuw", velden));
        Assert.Contains("Kies de directie", HttpSessie.FoutBijVeld(fout, "DirectieId"));
        Assert.Contains("Beschrijf wat er is afgesproken", HttpSessie.FoutBijVeld(fout, "Omschrijving"));
        Assert.Contains("na de dag van de afspraak (1 maart 2025)", HttpSessie.FoutBijVeld(fout, "Deadline"));
        Assert.Equal("2025-02-01", fout.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Deadline")!.Value);

        var teLang = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync("DV")).Id.ToString(), ["Soort"] = "Overig", ["Deadline"] = "2025-06-01",
            ["Omschrijving"] = new string('x', 501),
        }));
        Assert.Contains("501 tekens; maximaal 500", HttpSessie.FoutBijVeld(teLang, "Omschrijving"));
        Assert.Empty(await AllesAsync());
    }

    [Fact]
    public async Task Een_verschoven_deadline_houdt_de_oorspronkelijke_zichtbaar_en_een_melding_zet_hem_op_schema()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var url = await VastleggenAsync(bureau, "DV", "ActieplanOpgeleverd");

        var zonderReden = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            url,
            new Dictionary<string, string> { ["NieuweDeadline"] = "2025-09-01" },
            "form[action*=Verschuiven]"));
        Assert.Contains("waarom de deadline verschuift", HttpSessie.FoutBijVeld(zonderReden, "Reden"));
        var verschoven = await bureau.VerstuurFormulierAsync(
            url,
            new Dictionary<string, string> { ["NieuweDeadline"] = "2025-09-01", ["Reden"] = "Reorganisatie" },
            "form[action*=Verschuiven]");
        Assert.Equal(HttpStatusCode.Redirect, verschoven.StatusCode);

        var pagina = await bureau.PaginaAsync(url);
        Assert.Contains("1 september 2025 (oorspronkelijk 1 juni 2025; 92 dagen later)", HttpSessie.Tekst(pagina, "#deadline"));
        Assert.Contains("Deadline van 1 juni 2025 naar 1 september 2025: Reorganisatie", HttpSessie.Tekst(pagina, "#geschiedenis"));
        Assert.Contains("1 met een verschoven deadline", HttpSessie.Tekst(await bureau.PaginaAsync("/opvolging"), "#telling"));

        using var trekker = await AlsAsync(Rol.Trekker, "DV");
        var gemeld = await trekker.VerstuurFormulierAsync(
            url,
            new Dictionary<string, string> { ["Voortgang"] = "Concept ligt bij de directeur" },
            "form[action*=Voortgang]");
        Assert.Equal(HttpStatusCode.Redirect, gemeld.StatusCode);
        Assert.Equal("op schema", HttpSessie.Tekst(await trekker.PaginaAsync(url), "#status"));

        Fabriek.Klok.Zet(new DateTimeOffset(2025, 9, 2, 9, 0, 0, TimeSpan.FromHours(2)));
        using var later = await AlsAsync(Rol.Projectleider);
        Assert.Equal("te laat", HttpSessie.Tekst(await later.PaginaAsync(url), "#status"));
        Assert.Equal("te-laat", Assert.Single(await AllesAsync()).Status);
    }

    [Fact]
    public async Task Twee_mensen_die_tegelijk_verschuiven_overschrijven_elkaar_niet()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        using var collega = await AlsAsync(Rol.Projectleider);
        var url = await VastleggenAsync(bureau, "DV", "TrekkerBenoemd");
        var pagina = await collega.PaginaAsync(url);
        var velden = HttpSessie.FormulierVelden(pagina, "form[action*=Verschuiven]");

        Assert.Equal(HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync(
                url,
                new Dictionary<string, string> { ["NieuweDeadline"] = "2025-07-01", ["Reden"] = "Eerst" },
                "form[action*=Verschuiven]")).StatusCode);
        velden["NieuweDeadline"] = "2025-08-01";
        velden["Reden"] = "Tweede";
        var conflict = await HttpSessie.LeesAsync(await collega.Client.PostAsync(url + "?handler=Verschuiven", new FormUrlEncodedContent(velden)));

        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", HttpSessie.Tekst(conflict, "#foutenoverzicht"));
        Assert.Equal("Tweede", conflict.QuerySelector("#Reden")!.TextContent);
        Assert.Contains("1 juli 2025", HttpSessie.Tekst(conflict, "#deadline"));
        Assert.Equal(new DateOnly(2025, 7, 1), Assert.Single(await AllesAsync()).HuidigeDeadline);
    }

    [Fact]
    public async Task De_directeur_vinkt_af_met_bewijs_en_daarna_is_de_afspraak_dicht()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var url = await VastleggenAsync(bureau, "DV", "Overig", omschrijving: "Werkgroep formeel instellen");
        using var directeur = await AlsAsync(Rol.Directeur, "DV");

        var zonderBewijs = await HttpSessie.LeesAsync(await directeur.VerstuurFormulierAsync(url, new Dictionary<string, string>(), "form[action*=Gedaan]"));
        Assert.Contains("Vul het bewijs in", HttpSessie.FoutBijVeld(zonderBewijs, "Bewijs"));
        Assert.Null(zonderBewijs.QuerySelector("form[action*=Verschuiven]"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await directeur.VerstuurFormulierAsync(
                url,
                new Dictionary<string, string> { ["Bewijs"] = "Instellingsbesluit van 20 maart" },
                "form[action*=Gedaan]")).StatusCode);

        var pagina = await directeur.PaginaAsync(url);
        Assert.Equal("gedaan", HttpSessie.Tekst(pagina, "#status"));
        Assert.Equal("Instellingsbesluit van 20 maart", HttpSessie.Tekst(pagina, "#afsluiting"));
        Assert.Null(pagina.QuerySelector("form[action*=Voortgang]"));
        Assert.Equal("gedaan", Assert.Single(await AllesAsync()).Status);
        Assert.Empty((await bureau.PaginaAsync("/opvolging")).QuerySelectorAll("tr.idc-afspraakrij"));
        Assert.Single((await bureau.PaginaAsync("/opvolging?Status=alle")).QuerySelectorAll("tr.idc-afspraakrij"));
    }

    [Fact]
    public async Task Ieder_ziet_alleen_de_eigen_afspraken_en_doet_alleen_wat_bij_de_rol_hoort()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var dv = await VastleggenAsync(bureau, "DV", "TrekkerBenoemd");
        var data = await VastleggenAsync(bureau, "Data", "TrekkerBenoemd");

        using var trekker = await AlsAsync(Rol.Trekker, "DV");
        var register = await trekker.PaginaAsync("/opvolging");
        Assert.Single(register.QuerySelectorAll("tr.idc-afspraakrij"));
        Assert.Null(register.QuerySelector("a[href='/opvolging/nieuw']"));
        HttpSessie.AssertGeenToegang(await trekker.GetAsync(data));
        HttpSessie.AssertGeenToegang(await trekker.GetAsync("/opvolging/nieuw"));
        var eigen = await trekker.PaginaAsync(dv);
        Assert.NotNull(eigen.QuerySelector("form[action*=Voortgang]"));
        Assert.Null(eigen.QuerySelector("form[action*=Gedaan]"));
        var gedaanVelden = HttpSessie.FormulierVelden(eigen, "form[action*=Voortgang]");
        gedaanVelden["Bewijs"] = "Zelf afgevinkt";
        HttpSessie.AssertGeenToegang(await trekker.Client.PostAsync(dv + "?handler=Gedaan", new FormUrlEncodedContent(gedaanVelden)));
        HttpSessie.AssertGeenToegang(await trekker.Client.PostAsync(dv + "?handler=Vervallen", new FormUrlEncodedContent(gedaanVelden)));

        Assert.All(await AllesAsync(), a => Assert.Equal("open", a.Status));
    }
}

public sealed class OpvolgingTests_Sqlite(SqliteFabriek fabriek) : OpvolgingTests<SqliteFabriek>(fabriek);

public sealed class OpvolgingTests_Postgres(PostgresFabriek fabriek) : OpvolgingTests<PostgresFabriek>(fabriek);
