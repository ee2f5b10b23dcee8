using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IdCyclus.Tests.EndToEnd.Infrastructuur.Demoaanmelding;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// The GMT's own hours norm on the sturing page in a real browser, with an axe scan of every page: a norm other than 8
/// without the GMT's date is refused with the field named; with the date it is recorded with the agreements, and the
/// dashboard and the new-agreement form then say "afspraak van het GMT van …" instead of the report's recommendation.
/// On the duidingsgesprekken' host: the shared one's Opvolging journey expects the recommendation, not a GMT norm.
/// </summary>
[Collection(DuidingAppCollectie.Naam)]
public sealed class GmtNormJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau legt een urennorm van het GMT vast (6 uur, met de datum van het GMT); dashboard en nieuwe afspraak noemen die afspraak")]
    public async Task Bureau_legt_de_norm_van_het_GMT_vast()
    {
        SetDefaultExpectTimeout(20_000);
        var controle = new PaginaControle(app, "gmt-norm");
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        try
        {
            await MeldAanAsync(pagina, new Regex(@"^\s*Projectleider"));
            await pagina.GotoAsync("/opvolging/sturing");
            await Expect(pagina.Locator("#norm")).ToContainTextAsync("het GMT heeft dit nog niet als eigen afspraak vastgelegd");
            await controle.ControleerAsync(pagina, "sturing");

            var vandaag = DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
            var gmtDag = vandaag.AddDays(-3);
            // The report year the dashboard opens on (the latest with scores); the sturing page starts on the calendar year.
            await pagina.GetByLabel("Rapportage", new() { Exact = true }).SelectOptionAsync("2024");
            await pagina.GetByLabel("Minimaal aantal uren per week van de trekker").FillAsync("6");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Voorstel bijwerken" }).ClickAsync();
            await Expect(pagina.Locator("#norm")).ToContainTextAsync("minimaal 6 uur per week");
            await pagina.GetByLabel("Deadline voor het benoemen van een trekker").FillAsync(Iso(vandaag.AddDays(30)));
            await pagina.GetByLabel("Deadline voor het opleveren van een geactualiseerd actieplan").FillAsync(Iso(vandaag.AddDays(60)));
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Gekozen afspraken vastleggen" }).ClickAsync();
            await Expect(pagina.Locator("#foutenoverzicht")).ToContainTextAsync("GMT");
            await Expect(pagina.Locator("#NormDoorGmtOp-fout")).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "sturing-norm-zonder-datum");

            await pagina.GetByLabel("Door het GMT als eigen afspraak vastgesteld op").FillAsync(Iso(gmtDag));
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Voorstel bijwerken" }).ClickAsync();
            var herkomst = $"afspraak van het GMT van {gmtDag.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}";
            await Expect(pagina.Locator("#norm")).ToContainTextAsync($"minimaal 6 uur per week ({herkomst})");
            await controle.ControleerAsync(pagina, "sturing-norm-van-het-gmt");
            await pagina.GetByLabel("Deadline voor het benoemen van een trekker").FillAsync(Iso(vandaag.AddDays(30)));
            await pagina.GetByLabel("Deadline voor het opleveren van een geactualiseerd actieplan").FillAsync(Iso(vandaag.AddDays(60)));
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Gekozen afspraken vastleggen" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("afspraken zijn vastgelegd");

            await pagina.GotoAsync("/gmt");
            await Expect(pagina.Locator("#norm")).ToContainTextAsync($"minimaal 6 uur per week ({herkomst})");
            await controle.ControleerAsync(pagina, "dashboard");
            await pagina.GotoAsync("/opvolging/nieuw");
            await Expect(pagina.Locator("main")).ToContainTextAsync($"De norm is minimaal 6 uur per week ({herkomst})");
            await controle.ControleerAsync(pagina, "nieuwe-afspraak");
        }
        catch
        {
            uitvoer.WriteLine($"Bureau op {pagina.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
