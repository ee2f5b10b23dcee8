using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class GmtDashboardJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau opent het GMT-dashboard, filtert, drukt af en downloadt CSV; elke weergave zonder axe-fouten")]
    public async Task Bureau_bekijkt_filtert_en_drukt_het_dashboard_af()
    {
        var controle = new PaginaControle(app, "gmt-dashboard");
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        try
        {
            await pagina.GotoAsync("/aanmelden");
            var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = new Regex(@"^\s*Projectleider") }) });
            if (!await groep.EvaluateAsync<bool>("d => d.open"))
            {
                await groep.Locator("summary").ClickAsync();
            }

            await groep.GetByRole(AriaRole.Button).First.ClickAsync();
            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "GMT-dashboard" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^GMT-dashboard"), Level = 1 })).ToBeVisibleAsync();
            await Expect(pagina.Locator("table.idc-dashboard").First).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "alles");

            // The filter is a GET form: the address afterwards is the bookmark of this view.
            await pagina.GetByLabel("Trekker (niet verplicht)").SelectOptionAsync(new SelectOptionValue { Label = "Zonder trekker of met te weinig uren" });
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex("Trekker=onder-norm"));
            var rijen = pagina.Locator("tr.idc-dashboardregel");
            await Expect(rijen.First).ToBeVisibleAsync();
            foreach (var cel in await rijen.Locator("td:nth-of-type(2)").AllTextContentsAsync())
            {
                Assert.StartsWith("nee, ", cel.Trim(), StringComparison.Ordinal);
            }

            await controle.ControleerAsync(pagina, "gefilterd");

            await pagina.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
            await controle.ControleerAsync(pagina, "gefilterd-print-css");
            await pagina.EmulateMediaAsync(new() { Media = Media.Screen });

            var download = await pagina.RunAndWaitForDownloadAsync(
                () => pagina.GetByRole(AriaRole.Link, new() { Name = "Downloaden als CSV (voor Excel)" }).ClickAsync());
            Assert.Matches(@"^gmt-dashboard-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);

            var aantal = await rijen.CountAsync();
            await pagina.GetByRole(AriaRole.Link, new() { Name = "Afdrukweergave voor het GMT-overleg" }).ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex("Weergave=print"));
            await Expect(pagina.Locator("tr.idc-dashboardregel")).ToHaveCountAsync(aantal);
            await controle.ControleerAsync(pagina, "afdrukweergave");
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt op {pagina.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }
}
