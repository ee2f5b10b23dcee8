using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// Single sign-on in a real browser against a real OpenID provider: a person of the demo organisation lands on the
/// start page as that person, signing out also ends the provider's session, and someone Organisatie does not know gets
/// the Dutch page (scanned with axe like every IdCyclus page; the provider's own pages are not ours and are not scanned).
/// </summary>
[Collection(AppCollectie.Naam)]
public sealed class SsoJourney(AppProces app, BrowserFixture browser)
{
    /// <summary>Trekker of Communicatie in the demo organisation (Organisatie's seed).</summary>
    private const string Email = "lotte.verhoeven@idcyclus.example";
    private const string Naam = "Lotte Verhoeven";

    [Fact(DisplayName = "Aanmelden via de gemeente, afmelden ook bij de gemeente, en een onbekende persoon")]
    public async Task Aanmelden_en_afmelden_via_de_identiteitsprovider()
    {
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        var controle = new PaginaControle(app, "sso");

        await pagina.GotoAsync("/aanmelden");
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met uw account van de gemeente" }).ClickAsync();
        await MeldAanBijProviderAsync(pagina, Email);

        await Expect(pagina).ToHaveURLAsync(new Regex(@"^http://127\.0\.0\.1:\d+/$"));
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = $"Welkom, {Naam}", Level = 1 })).ToBeVisibleAsync();
        var hoofdmenu = pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Expect(hoofdmenu.GetByRole(AriaRole.Link, new() { Name = "Mijn directie" })).ToBeVisibleAsync();
        await controle.ControleerAsync(pagina, "start-na-sso");

        // Signing out of IdCyclus passes the provider, which asks to confirm, and comes back to the sign-in page.
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(pagina).ToHaveURLAsync(new Regex("^" + Regex.Escape(app.Identiteitsprovider.Authority.ToString())));
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Expect(pagina).ToHaveURLAsync(new Regex(@"/aanmelden$"));

        // The provider's session has ended too: signing in again asks for a login instead of letting the next person in.
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met uw account van de gemeente" }).ClickAsync();
        await Expect(pagina.Locator("input[name=login]")).ToBeVisibleAsync();

        // Someone the gemeente knows but IdCyclus does not.
        await MeldAanBijProviderAsync(pagina, "nog.niet.bekend@amsterdam.example");
        await Expect(pagina).ToHaveURLAsync(new Regex(@"/aanmelden/onbekend$"));
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "U bent aangemeld, maar IdCyclus kent u nog niet", Level = 1 })).ToBeVisibleAsync();
        await controle.ControleerAsync(pagina, "onbekende-persoon");
    }

    /// <summary>
    /// The test provider's development screens: any login name (it becomes the e-mail address), then its consent screen
    /// when it shows one, until the browser is back at IdCyclus.
    /// </summary>
    private async Task MeldAanBijProviderAsync(IPage pagina, string login)
    {
        await pagina.Locator("input[name=login]").FillAsync(login);
        await pagina.Locator("input[name=password]").FillAsync("wat-dan-ook");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        var doorgaan = pagina.GetByRole(AriaRole.Button, new() { Name = "Continue" });
        var eind = DateTime.UtcNow.AddSeconds(30);
        while (!pagina.Url.StartsWith(app.BasisUrl.ToString(), StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < eind, $"De provider stuurde niet terug naar IdCyclus (nu op {pagina.Url}).");
            if (await doorgaan.IsVisibleAsync())
            {
                await doorgaan.ClickAsync();
            }

            await Task.Delay(200);
        }
    }
}
