using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IdCyclus.Tests.EndToEnd.Infrastructuur.Demoaanmelding;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class OpvolgingJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(
        DisplayName = "Bureau legt de sturing van het GMT vast en verschuift een deadline; de directeur benoemt in de taak een trekker en de afspraak is "
            + "vanzelf gedaan; elke pagina zonder axe-fouten")]
    public async Task Bureau_legt_de_sturing_vast_en_volgt_een_afspraak()
    {
        var controle = new PaginaControle(app, "opvolging");
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        try
        {
            await MeldAanAsync(pagina, new Regex(@"^\s*Projectleider"));
            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
                .GetByRole(AriaRole.Link, new() { Name = "Opvolging", Exact = true })
                .ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Opvolging: afspraken", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "register");

            await pagina.GetByRole(AriaRole.Link, new() { Name = "Sturing door het GMT vastleggen" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sturing door het GMT");
            await Expect(pagina.Locator("#norm")).ToContainTextAsync("het GMT heeft dit nog niet als eigen afspraak vastgelegd");
            await controle.ControleerAsync(pagina, "sturing");

            // Without deadlines nothing is recorded and both fields say why.
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Gekozen afspraken vastleggen" }).ClickAsync();
            await Expect(pagina.Locator("#foutenoverzicht")).ToContainTextAsync("Vul de deadline in");
            await controle.ControleerAsync(pagina, "sturing-fouten");

            var vandaag = DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
            await pagina.GetByLabel("Deadline voor het benoemen van een trekker").FillAsync(Iso(vandaag.AddDays(30)));
            await pagina.GetByLabel("Deadline voor het opleveren van een geactualiseerd actieplan").FillAsync(Iso(vandaag.AddDays(60)));
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Gekozen afspraken vastleggen" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("afspraken zijn vastgelegd");
            await Expect(pagina.Locator("tr.idc-afspraakrij").First).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "register-gevuld");

            await pagina.Locator("tr.idc-afspraakrij a").First.ClickAsync();
            await Expect(pagina.Locator("#status")).ToHaveTextAsync("open");
            await controle.ControleerAsync(pagina, "afspraak");

            await pagina.GetByRole(AriaRole.Button, new() { Name = "Deadline verschuiven" }).ClickAsync();
            await Expect(pagina.Locator("#foutenoverzicht")).ToContainTextAsync("Vul de nieuwe deadline in");
            await controle.ControleerAsync(pagina, "afspraak-fouten");
            await pagina.GetByLabel("Nieuwe deadline").FillAsync(Iso(vandaag.AddDays(45)));
            await pagina.Locator("#Reden").FillAsync("Reorganisatie van de directie");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Deadline verschuiven" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De deadline is verschoven.");
            await Expect(pagina.Locator("#deadline")).ToContainTextAsync("15 dagen later");

            await pagina.Locator("#Voortgang").FillAsync("De directeur heeft een kandidaat gesproken.");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Voortgang vastleggen" }).ClickAsync();
            await Expect(pagina.Locator("#status")).ToHaveTextAsync("op schema");
            await Expect(pagina.Locator("#geschiedenis")).ToContainTextAsync("Reorganisatie van de directie");
            await controle.ControleerAsync(pagina, "afspraak-bijgewerkt");

            // --- The agreement is a task for its directeur (ADR 0023), who appoints the trekker in it -------------------
            var afspraakUrl = pagina.Url;
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Trekker met minimaal");
            var directieNaam = await pagina.Locator("#gegevens dd").First.InnerTextAsync();
            var afkorting = Regex.Match(directieNaam, @"\(([^()]+)\)\s*$").Groups[1].Value;
            await using var directeurContext = await browser.NieuweContextAsync(app);
            var directeur = await directeurContext.NewPageAsync();
            await MeldAanAsync(directeur, new Regex(@"^\s*Directeur\b"), new Regex(Regex.Escape(afkorting) + @"\s*$"));
            await directeur.GotoAsync("/taken");
            var taakrij = directeur.Locator("tr.idc-taakrij").Filter(new() { HasText = "Afspraak: benoem een trekker" });
            // The task is started from Opvolging's outbox by the background job (every 5 seconds).
            await HerlaadTotAsync(directeur, taakrij, 1);
            await Expect(taakrij).ToContainTextAsync("Trekker met minimaal 8 uur per week benoemd");
            // The shifted deadline travels through the same outbox: when the job ran between recording and shifting, the
            // task started with the first deadline and moves a round later. Each reload reads the page anew.
            var verschoven = vandaag.AddDays(45).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
            await HerlaadTotAsync(directeur, taakrij.Filter(new() { HasText = verschoven }), 1);
            await controle.ControleerAsync(directeur, "mijn-taken-afspraak");

            await taakrij.GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(directeur.Locator("#afspraaklink")).ToHaveAttributeAsync("href", new Uri(afspraakUrl).AbsolutePath);
            await controle.ControleerAsync(directeur, "taak-afspraak");
            var kenmerk = Guid.NewGuid().ToString("N")[..6];
            await directeur.GetByLabel("Naam van de nieuwe trekker", new() { Exact = true }).FillAsync("Noor Bakker");
            await directeur.GetByLabel("E-mailadres van de nieuwe trekker", new() { Exact = true }).FillAsync($"noor.bakker.{kenmerk}@amsterdam.nl");
            await directeur.GetByLabel("Uren per week voor de trekkersrol", new() { Exact = true }).FillAsync("8");
            await directeur.GetByRole(AriaRole.Button, new() { Name = "Trekker benoemen en taak afronden" }).ClickAsync();
            await Expect(directeur.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");
            await controle.ControleerAsync(directeur, "taak-afgerond");

            // Organisatie records the trekker, its event reaches Opvolging's inbox: the agreement is done by itself.
            await directeur.GotoAsync(afspraakUrl);
            await HerlaadTotAsync(directeur, directeur.Locator("#status").Filter(new() { HasText = "gedaan" }), 1);
            await Expect(directeur.Locator("#afsluiting")).ToContainTextAsync("Noor Bakker");
            await controle.ControleerAsync(directeur, "afspraak-gedaan");

            // The GMT dashboard (Bureau sees the whole municipality) shows the directie with its new trekker, and the
            // register the trekker agreement as done.
            await pagina.GotoAsync("/gmt");
            var dashboardrij = pagina.Locator("tr.idc-dashboardregel").Filter(new() { HasText = afkorting });
            await Expect(dashboardrij).ToContainTextAsync("Noor Bakker");
            await controle.ControleerAsync(pagina, "gmt-dashboard-na-afspraak");
            await pagina.GotoAsync("/opvolging?Status=gedaan");
            await Expect(pagina.Locator("tr.idc-afspraakrij").Filter(new() { HasText = afkorting })).ToHaveCountAsync(1);
            await controle.ControleerAsync(pagina, "register-gedaan");

            // A GMT member's start page counts the municipality's agreements (the link per case is tested over HTTP).
            await using var gmtContext = await browser.NieuweContextAsync(app);
            var gmt = await gmtContext.NewPageAsync();
            await MeldAanAsync(gmt, new Regex(@"^\s*GMT-lid"));
            await Expect(gmt.Locator("#afspraken")).ToContainTextAsync("In de hele gemeente");
            await controle.ControleerAsync(gmt, "start-gmt");
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt op {pagina.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reloads until the locator matches <paramref name="aantal"/> elements: the background jobs run every few seconds.</summary>
    private static async Task HerlaadTotAsync(IPage pagina, ILocator locator, int aantal)
    {
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (await locator.CountAsync() != aantal && DateTime.UtcNow < tot)
        {
            await Task.Delay(1000);
            await pagina.ReloadAsync();
        }

        await Expect(locator).ToHaveCountAsync(aantal);
    }
}
