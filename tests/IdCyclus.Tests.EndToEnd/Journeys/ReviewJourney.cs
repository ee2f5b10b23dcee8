using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IdCyclus.Tests.EndToEnd.Infrastructuur.Demoaanmelding;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class ReviewJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(
        DisplayName = "Bureau start de review, een werkgroeplid leest het concept, plaatst een opmerking en rondt de reviewtaak af; Bureau ziet wie klaar is")]
    public async Task Werkgroeplid_rondt_de_reviewtaak_af()
    {
        var controle = new PaginaControle(app, "review");
        await using var bureauContext = await browser.NieuweContextAsync(app);
        var bureau = await bureauContext.NewPageAsync();
        await using var lidContext = await browser.NieuweContextAsync(app);
        var lid = await lidContext.NewPageAsync();
        try
        {
            await MeldAanAsync(bureau, new Regex(@"^\s*Projectleider"));
            await bureau.GotoAsync("/rapportage/2024");
            var deadline = DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime).AddDays(14);
            await bureau.GetByLabel("Deadline van de review").FillAsync(deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Review starten" }).ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Status)).ToContainTextAsync("elk werkgroeplid heeft een reviewtaak in Mijn taken");

            await MeldAanAsync(lid, new Regex(@"^\s*Werkgroeplid"));
            await Menu(lid, "Mijn taken").ClickAsync();
            await lid.GetByRole(AriaRole.Link, new() { Name = "Lees het concept van de Voortgangsrapportage", Exact = true }).ClickAsync();
            await Expect(lid.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lees het concept van de Voortgangsrapportage");
            await controle.ControleerAsync(lid, "reviewtaak");
            var taak = lid.Url;

            await lid.Locator("#review-link").ClickAsync();
            await Expect(lid.GetByRole(AriaRole.Heading, new() { Name = "Review Voortgangsrapportage 2024", Level = 1 })).ToBeVisibleAsync();
            await lid.GetByLabel("Tekstblok").SelectOptionAsync("samenvatting");
            await lid.GetByLabel("Opmerking", new() { Exact = true }).FillAsync("Noem in de samenvatting ook de trekkersoverleggen.");
            await lid.GetByRole(AriaRole.Button, new() { Name = "Opmerking plaatsen" }).ClickAsync();
            await Expect(lid.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw opmerking is geplaatst.");
            await Expect(lid.Locator("#opmerkingen")).ToContainTextAsync("Noem in de samenvatting ook de trekkersoverleggen.");
            await controle.ControleerAsync(lid, "reviewpagina");

            await lid.GotoAsync(taak);
            await lid.GetByRole(AriaRole.Button, new() { Name = "Review afronden" }).ClickAsync();
            await Expect(lid.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bevestig dat u het concept hebt gelezen");
            await controle.ControleerAsync(lid, "reviewtaak-fout");
            await lid.GetByLabel("Ik heb de concepttekst gelezen en mijn opmerkingen geplaatst").CheckAsync();
            await lid.GetByRole(AriaRole.Button, new() { Name = "Review afronden" }).ClickAsync();
            await Expect(lid.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

            await bureau.GotoAsync("/rapportage/2024/review");
            await Expect(bureau.Locator("#reviewers")).ToContainTextAsync("ja, op");
            await Expect(bureau.Locator("#reviewers-kop")).ToContainTextAsync(new Regex(@"\(1 van \d+ afgerond\)"));
            await controle.ControleerAsync(bureau, "reviewstand");
        }
        catch
        {
            uitvoer.WriteLine($"Bureau op {bureau.Url}, werkgroeplid op {lid.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static ILocator Menu(IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });
}
