using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class RapportageJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau opent Rapportage 2024, schrijft de samenvatting en leest het concept met inhoudsopgave, grafieken en tabellen")]
    public async Task Bureau_schrijft_de_samenvatting_en_leest_het_conceptrapport()
    {
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        var controle = new PaginaControle(app, "rapportage");
        try
        {
            await pagina.GotoAsync("/aanmelden");
            var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = new Regex(@"^\s*Projectleider") }) });
            await groep.GetByRole(AriaRole.Button).First.ClickAsync();

            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
                .GetByRole(AriaRole.Link, new() { Name = "Rapportage", Exact = true })
                .ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Voortgangsrapportage", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "overzicht");

            await pagina.GetByRole(AriaRole.Link, new() { Name = "Rapportage 2024" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Rapportage 2024", Level = 1 })).ToBeVisibleAsync();
            await Expect(pagina.Locator("#huidige-momentopname")).ToContainTextAsync("Momentopname 1");
            await controle.ControleerAsync(pagina, "beheer");

            await pagina.GetByRole(AriaRole.Link, new() { Name = "Samenvatting: algemene conclusies" }).ClickAsync();
            await pagina.GetByLabel("Tekst (Markdown)").FillAsync("De gemiddelde score ligt **rond de 30**.\n\n- Randvoorwaarden nog niet overal op orde");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("Tekstblok opgeslagen.");
            await Expect(pagina.Locator("#voorbeeld strong")).ToHaveTextAsync("rond de 30");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Naar review" }).ClickAsync();
            await Expect(pagina.Locator("#blokstaat")).ToContainTextAsync("in review");
            await controle.ControleerAsync(pagina, "blok");

            await pagina.GotoAsync("/rapportage/2024/concept");
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Voortgangsrapportage"), Level = 1 })).ToBeVisibleAsync();
            var inhoud = pagina.GetByRole(AriaRole.Navigation, new() { Name = "Inhoud" });
            await inhoud.GetByRole(AriaRole.Link, new() { Name = "Stadsdelen" }).ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex("#sectie-stadsdelen$"));
            await Expect(pagina.Locator("#blok-samenvatting strong")).ToHaveTextAsync("rond de 30");
            await Expect(pagina.GetByRole(AriaRole.Img, new() { Name = "Gemiddelde totaalscore per cluster" })).ToBeVisibleAsync();
            var randvoorwaarden = pagina.GetByRole(
                AriaRole.Table, new() { Name = "Randvoorwaarden op orde: percentage directies per cluster en voor alle clusters" });
            await Expect(randvoorwaarden).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "concept");
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt op {pagina.Url}");
            uitvoer.WriteLine("--- hostuitvoer ---");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }
}
