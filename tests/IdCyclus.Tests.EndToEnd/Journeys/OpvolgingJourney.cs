using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class OpvolgingJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau legt de sturing van het GMT vast, verschuift een deadline en meldt voortgang; elke pagina zonder axe-fouten")]
    public async Task Bureau_legt_de_sturing_vast_en_volgt_een_afspraak()
    {
        var controle = new PaginaControle(app, "opvolging");
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        try
        {
            await MeldAanAsync(pagina, new Regex(@"^\s*Projectleider"));
            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Opvolging", Exact = true }).ClickAsync();
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

            var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
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
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt op {pagina.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task MeldAanAsync(IPage pagina, Regex groepKop)
    {
        await pagina.GotoAsync("/aanmelden");
        var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = groepKop }) });
        if (!await groep.EvaluateAsync<bool>("d => d.open"))
        {
            await groep.Locator("summary").ClickAsync();
        }

        await groep.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Welkom"), Level = 1 })).ToBeVisibleAsync();
    }
}
