using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang.Oidc;

/// <summary>
/// Single sign-on against a real OpenID Connect provider on loopback: the browser's round trip (authorize, the
/// provider's login and consent screens, the callback) is made over HTTP as a browser would, the token exchange and
/// signature check are the real ones.
/// </summary>
public sealed class OidcTests(OidcFabriek fabriek) : ProviderTests<OidcFabriek>(fabriek)
{
    [Fact]
    public async Task Een_bekende_persoon_meldt_aan_via_de_provider_en_krijgt_de_rollen_uit_organisatie()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using var sessie = Fabriek.NieuweSessie();
        Assert.NotNull((await sessie.PaginaAsync("/aanmelden")).QuerySelector("a.idc-sso-knop[href='/aanmelden/sso']"));

        var terug = await MeldAanViaProviderAsync(sessie, trekker.Persoon.Email, "/taken");
        Assert.Equal("/taken", terug);
        var start = await sessie.PaginaAsync("/");
        Assert.Contains(trekker.Persoon.Naam, start.QuerySelector("h1")!.TextContent);
        // The roles come from Organisatie, as after any sign-in: a trekker has "Mijn directie" and no Bureau pages.
        var menu = start.QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent).ToList();
        Assert.Contains("Mijn directie", menu);
        Assert.DoesNotContain("Alle taken", menu);

        var regel = await LaatsteLogregelAsync();
        Assert.Equal((Aanmeldsoort.Aangemeld, Aanmeldwijze.Oidc, trekker.Persoon.Id), (regel.Soort, regel.Wijze, regel.PersoonId));
    }

    [Fact]
    public async Task Een_persoon_die_organisatie_niet_kent_krijgt_een_nederlandse_pagina_en_geen_toegang()
    {
        using var sessie = Fabriek.NieuweSessie();
        var terug = await MeldAanViaProviderAsync(sessie, "nog.niet.bekend@amsterdam.example", "/");
        Assert.Equal("/aanmelden/onbekend", terug);
        var pagina = await sessie.PaginaAsync(terug);
        Assert.Contains("IdCyclus kent u nog niet", pagina.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("/aanmelden", (await sessie.GetAsync("/taken")).Headers.Location!.PathAndQuery);

        var regel = await LaatsteLogregelAsync();
        Assert.Equal((Aanmeldsoort.OnbekendePersoon, Aanmeldwijze.Oidc, "nog.niet.bekend@amsterdam.example"), (regel.Soort, regel.Wijze, regel.Email));
    }

    /// <summary>
    /// Follows the browser's way: IdCyclus sends it to the provider (with a PKCE challenge), the provider shows its login
    /// and consent forms, and finally redirects back to IdCyclus, whose answer (where it sends the person) is returned.
    /// </summary>
    private async Task<string> MeldAanViaProviderAsync(HttpSessie sessie, string login, string returnUrl)
    {
        using var browser = Browser();
        return await MeldAanViaProviderAsync(sessie, browser, login, returnUrl);
    }

    /// <param name="browser">The browser's side at the provider: its cookies are the provider's session.</param>
    private async Task<string> MeldAanViaProviderAsync(HttpSessie sessie, HttpClient browser, string? login, string returnUrl)
    {
        var naarProvider = await sessie.GetAsync($"/aanmelden/sso?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, naarProvider.StatusCode);
        var adres = naarProvider.Headers.Location!;
        Assert.Equal(Fabriek.Authority.Authority, adres.Authority);
        // The handler pushes the request (PAR) when the provider offers it; the provider requires PKCE, so this flow only
        // succeeds with a code challenge.
        return await VolgProviderAsync(sessie, browser, await browser.GetAsync(adres), adres, login);
    }

    private static HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

    /// <summary>
    /// Follows the provider's redirects and fills its forms (login and consent; for signing out its confirmation) until
    /// it sends the browser back to IdCyclus; returns where IdCyclus then sends it.
    /// </summary>
    private static async Task<string> VolgProviderAsync(HttpSessie sessie, HttpClient browser, HttpResponseMessage antwoord, Uri adres, string? login)
    {
        for (var stap = 0; stap < 12; stap++)
        {
            if (antwoord.Headers.Location is { } volgende)
            {
                adres = new Uri(adres, volgende);
                if (adres.Authority == IdCyclusFabriek.Basisadres.Authority)
                {
                    var terug = await sessie.GetAsync(adres.PathAndQuery);
                    Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
                    return terug.Headers.Location!.OriginalString;
                }

                antwoord = await browser.GetAsync(adres);
                continue;
            }

            var html = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.IsSuccessStatusCode, $"Provider: {(int)antwoord.StatusCode} {html}");
            var form = (await HttpSessie.LeesAsync(html)).QuerySelector<IHtmlFormElement>("form")
                ?? throw new InvalidOperationException($"Geen formulier bij de provider: {html}");
            var velden = HttpSessie.FormulierVelden(form);
            if (velden.ContainsKey("login"))
            {
                velden["login"] = login ?? throw new InvalidOperationException("De provider vraagt opnieuw om aan te melden.");
                velden["password"] = "wat-dan-ook";
            }

            if (form.Id == "op.logoutForm")
            {
                // The provider's "Yes, sign me out" button sits outside its form.
                velden["logout"] = "yes";
            }

            adres = new Uri(adres, form.GetAttribute("action")!);
            antwoord = await browser.PostAsync(adres, new FormUrlEncodedContent(velden));
        }

        throw new InvalidOperationException("De provider stuurde niet terug naar IdCyclus.");
    }

    [Fact]
    public async Task Afmelden_beeindigt_ook_de_sessie_bij_de_provider()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using var sessie = Fabriek.NieuweSessie();
        using var browser = Browser();
        // The sign-out form's answer redirects to the provider: the CSP's form-action allows that origin, and only that one.
        var csp = Assert.Single((await sessie.GetAsync("/aanmelden")).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"form-action 'self' {Fabriek.Authority.GetLeftPart(UriPartial.Authority)};", csp);
        Assert.Equal("/", await MeldAanViaProviderAsync(sessie, browser, trekker.Persoon.Email, "/"));
        Assert.Contains(trekker.Persoon.Naam, (await sessie.PaginaAsync("/")).QuerySelector("h1")!.TextContent);

        // While the provider's session lasts, signing in again needs no login: the provider sends the browser straight back.
        using (var tweede = Fabriek.NieuweSessie())
        {
            Assert.Equal("/", await MeldAanViaProviderAsync(tweede, browser, login: null, "/"));
        }

        var afmelden = await sessie.Client.PostAsync("/afmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(await sessie.PaginaAsync("/")),
        }));
        Assert.Equal(HttpStatusCode.Redirect, afmelden.StatusCode);
        var eindeSessie = afmelden.Headers.Location!;
        Assert.Equal(Fabriek.Authority.Authority, eindeSessie.Authority);
        var parameters = System.Web.HttpUtility.ParseQueryString(eindeSessie.Query);
        Assert.False(string.IsNullOrEmpty(parameters["id_token_hint"]), "Afmelden moet de provider vertellen wie er afmeldt (id_token_hint).");
        Assert.Equal("https://localhost/signout-callback-oidc", parameters["post_logout_redirect_uri"]);

        // The browser confirms at the provider and comes back to IdCyclus's sign-in page, signed out of both.
        Assert.Equal("/aanmelden", await VolgProviderAsync(sessie, browser, await browser.GetAsync(eindeSessie), eindeSessie, login: null));
        Assert.StartsWith("/aanmelden", (await sessie.GetAsync("/taken")).Headers.Location!.PathAndQuery);
        using (var derde = Fabriek.NieuweSessie())
        {
            var opnieuw = await Assert.ThrowsAsync<InvalidOperationException>(() => MeldAanViaProviderAsync(derde, browser, login: null, "/"));
            Assert.Contains("opnieuw om aan te melden", opnieuw.Message);
        }

        var regel = await LaatsteLogregelAsync();
        Assert.Equal((Aanmeldsoort.Afgemeld, Aanmeldwijze.Oidc, trekker.Persoon.Id), (regel.Soort, regel.Wijze, regel.PersoonId));
    }

    private Task<Aanmeldgebeurtenis> LaatsteLogregelAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<ToegangDbContext>().Aanmeldgebeurtenissen.AsNoTracking().OrderBy(g => g.Id).LastAsync());
}
