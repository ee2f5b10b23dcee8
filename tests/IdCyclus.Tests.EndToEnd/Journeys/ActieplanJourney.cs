using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IdCyclus.Tests.EndToEnd.Infrastructuur.Demoaanmelding;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// An action plan from concept to the quarterly update: the DV trekker edits the seeded plan and submits it, the
/// directeur approves it through the task, Bureau starts the quarterly update, the trekker records progress and completes
/// the task, and Bureau's overview shows DV's late actions. Every page is checked with axe.
/// </summary>
[Collection(AppCollectie.Naam)]
public sealed class ActieplanJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Trekker dient in, directeur keurt goed, kwartaalupdate, Bureau ziet de achterstallige actie")]
    public async Task Trekker_dient_in_directeur_keurt_goed_kwartaalupdate_en_Bureau_ziet_achterstand()
    {
        var controle = new PaginaControle(app, "actieplan");
        await using var trekkerContext = await browser.NieuweContextAsync(app);
        var trekker = await trekkerContext.NewPageAsync();
        await using var directeurContext = await browser.NieuweContextAsync(app);
        var directeur = await directeurContext.NewPageAsync();
        await using var bureauContext = await browser.NieuweContextAsync(app);
        var bureau = await bureauContext.NewPageAsync();
        try
        {
            // --- The trekker edits the DV plan and submits it ----------------------------------------------------
            await MeldAanAsync(trekker, new Regex(@"^\s*Trekker\b"), new Regex(@"Trekker DV\s*$"));
            await Menu(trekker, "Actieplannen").ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Heading, new() { Name = "Actieplannen", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(trekker, "overzicht-trekker");
            await trekker.GetByRole(AriaRole.Link, new() { Name = "Digitale Voorzieningen (DV)" }).ClickAsync();
            await Expect(trekker.Locator("#versiestatus")).ToHaveTextAsync("Versie 1: concept");
            await Expect(trekker.Locator("#afwijkingen")).ToContainTextAsync("60 uur per week");
            await controle.ControleerAsync(trekker, "plan-concept");

            await trekker.GetByRole(AriaRole.Link, new() { Name = "Concept bewerken" }).ClickAsync();
            var ankers = trekker.GetByLabel("Ankerdatums voor relatieve termijnen");
            await ankers.FillAsync("aanvang van het project: 2024-04-01");
            await trekker.GetByLabel("Gepland kwartaal").First.FillAsync("2024 Q2");
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Alert)).ToContainTextAsync("schrijf jaar en kwartaal als 2024-Q2");
            await Expect(ankers).ToHaveValueAsync("aanvang van het project: 2024-04-01");
            await controle.ControleerAsync(trekker, "bewerken-fout");
            await trekker.GetByLabel("Gepland kwartaal").First.FillAsync("2024-Q2");
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Status)).ToContainTextAsync("Het concept is opgeslagen.");
            await Expect(trekker.Locator("tr[data-actie='4.2.1']")).ToContainTextAsync("uiterlijk 1 oktober 2024");

            await trekker.GetByRole(AriaRole.Button, new() { Name = "Versie 1 indienen ter goedkeuring" }).ClickAsync();
            await Expect(trekker.Locator("#versiestatus")).ToHaveTextAsync("Versie 1: ingediend");
            await controle.ControleerAsync(trekker, "plan-ingediend");

            // --- The directeur approves through the task ------------------------------------------------------------
            await MeldAanAsync(directeur, new Regex(@"^\s*Directeur\b"), new Regex(@"DV\s*$"));
            await Menu(directeur, "Mijn taken").ClickAsync();
            await directeur.GetByRole(AriaRole.Link, new() { Name = "Keur het actieplan goed", Exact = true }).ClickAsync();
            await Expect(directeur.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Keur het actieplan goed");
            await controle.ControleerAsync(directeur, "goedkeuringstaak");
            await directeur.GetByRole(AriaRole.Link, new() { Name = "Het plan en de wijzigingen bekijken" }).ClickAsync();
            await Expect(directeur.Locator("#versiestatus")).ToHaveTextAsync("Versie 1: ingediend");
            await controle.ControleerAsync(directeur, "plan-directeur");
            await directeur.GoBackAsync();
            await directeur.GetByLabel("Goedkeuren").CheckAsync();
            await directeur.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
            await Expect(directeur.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");
            await trekker.ReloadAsync();
            await Expect(trekker.Locator("#versiestatus")).ToContainTextAsync("Versie 1: goedgekeurd");
            await Expect(trekker.Locator("#planstatus")).ToHaveTextAsync("er ligt een volledig plan, geaccordeerd door het MT");

            // --- The trekker adds the signed plan as an attachment, removes it, and finds it under the removed ones ---
            await trekker.GetByLabel("Ondertekend plan toevoegen (PDF of DOCX, maximaal 10 MB)").SetInputFilesAsync(new FilePayload
            {
                Name = "ondertekend-plan.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes(
                    "%PDF-1.4\n% fictief ondertekend plan\n%%EOF\n"),
            });
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Bijlage toevoegen" }).ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Status)).ToContainTextAsync("De bijlage is toegevoegd.");
            await Expect(trekker.Locator("#bijlagen")).ToContainTextAsync("ondertekend-plan.pdf");
            await trekker.Locator("#bijlagen li", new() { HasText = "ondertekend-plan.pdf" })
                .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Verwijderen") })
                .ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Status)).ToContainTextAsync(
                "De bijlage 'ondertekend-plan.pdf' is verwijderd; Bureau I&D bewaart het bestand.");
            await Expect(trekker.Locator("#bijlagen")).Not.ToContainTextAsync("ondertekend-plan.pdf");
            await trekker.GetByText("Verwijderde bijlagen (1)").ClickAsync();
            await Expect(trekker.Locator("#verwijderde-bijlagen")).ToContainTextAsync("ondertekend-plan.pdf, verwijderd door");
            await controle.ControleerAsync(trekker, "bijlage-verwijderd");

            // --- Bureau starts the quarterly update -----------------------------------------------------------------
            await MeldAanAsync(bureau, new Regex(@"^\s*Projectleider"), null);
            await Menu(bureau, "Workflows").ClickAsync();
            await bureau.GetByLabel("Workflow", new() { Exact = true }).SelectOptionAsync("actieplan-kwartaalupdate");
            var vandaag = DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
            await bureau.GetByLabel("Startdatum").FillAsync(vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Workflow starten" }).ClickAsync();
            await Expect(bureau).ToHaveURLAsync(new Regex(@"/workflows/instanties/[0-9a-f-]{36}$"));

            // --- The trekker records progress and completes the task ------------------------------------------------
            await Menu(trekker, "Mijn taken").ClickAsync();
            await trekker.GetByRole(AriaRole.Link, new() { Name = "Werk de voortgang van het actieplan bij", Exact = true }).ClickAsync();
            await controle.ControleerAsync(trekker, "kwartaaltaak");
            await trekker.GetByRole(AriaRole.Link, new() { Name = "Voortgang van de acties bijwerken" }).ClickAsync();
            var statussen = trekker.GetByLabel("Status", new() { Exact = true });
            for (var i = 0; i < await statussen.CountAsync(); i++)
            {
                await statussen.Nth(i).SelectOptionAsync(i == 0 ? "afgerond" : "loopt");
            }

            await trekker.GetByLabel("Toelichting").First.FillAsync("Vijf nieuwe leden geworven");
            await controle.ControleerAsync(trekker, "voortgang");
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Voortgang opslaan" }).ClickAsync();
            await Expect(trekker.GetByRole(AriaRole.Status)).ToContainTextAsync("U kunt de taak nu afronden.");
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Voortgang is bijgewerkt: taak afronden" }).ClickAsync();
            await Expect(trekker.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

            // --- Bureau's overview shows DV's late actions ---------------------------------------------------------
            await Menu(bureau, "Actieplannen").ClickAsync();
            var dv = bureau.Locator("tr[data-directie='DV']");
            await Expect(dv).ToContainTextAsync("er ligt een volledig plan, geaccordeerd door het MT (3)");
            await Expect(dv.Locator(".idc-achterstallig")).ToHaveTextAsync(new Regex(@"^\d+ over de termijn$"));
            await controle.ControleerAsync(bureau, "overzicht-bureau");
            await dv.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(bureau.Locator("tr[data-actie='4.1.2']")).ToContainTextAsync("loopt – over de termijn");
            await Expect(bureau.Locator("tr[data-actie='4.1.1']")).ToContainTextAsync("Vijf nieuwe leden geworven");
            await controle.ControleerAsync(bureau, "plan-bureau");
        }
        catch
        {
            uitvoer.WriteLine($"Trekker op {trekker.Url}, directeur op {directeur.Url}, Bureau op {bureau.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static ILocator Menu(IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });
}
