using System.Diagnostics;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class UrenWijzigenJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau wijzigt de uren van een trekker en ziet de auditregel")]
    public async Task Bureau_wijzigt_de_uren_van_een_trekker_en_ziet_de_auditregel()
    {
        var klok = Stopwatch.StartNew();
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        var controle = new PaginaControle(app, "uren-wijzigen");

        try
        {
            // Not signed in: the organisation sends us to the sign-in page, remembering where we wanted to go.
            await pagina.GotoAsync("/organisatie");
            await Expect(pagina).ToHaveURLAsync(new Regex(@"/aanmelden\?ReturnUrl=%2Forganisatie$", RegexOptions.IgnoreCase));
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden bij IdCyclus", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "aanmelden");

            // The first demo group (open) is Bureau I&D's projectleider; sign in as its first person.
            var groep = pagina.Locator("details").Filter(new()
            {
                Has = pagina.Locator("summary", new() { HasTextRegex = new Regex(@"^\s*Projectleider") }),
            });
            await Expect(groep).ToHaveJSPropertyAsync("open", true);
            var knopnaam = (await groep.GetByRole(AriaRole.Button).First.InnerTextAsync()).Trim();
            var projectleider = knopnaam.Split(" — ")[0].Trim();
            await groep.GetByRole(AriaRole.Button, new() { Name = knopnaam, Exact = true }).ClickAsync();

            // The return URL is honoured; the start page is one click on the logo away.
            await Expect(pagina).ToHaveURLAsync(new Regex(@"/organisatie$"));
            await pagina.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("naar de startpagina") }).ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex(@"^http://127\.0\.0\.1:\d+/$"));
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = $"Welkom, {projectleider}", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "start");

            // Cluster overview through the main menu.
            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
                .GetByRole(AriaRole.Link, new() { Name = "Organisatie", Exact = true }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Organisatie", Level = 1, Exact = true })).ToBeVisibleAsync();
            await Expect(pagina.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "organisatie");

            // Directie Communicatie.
            await pagina.GetByRole(AriaRole.Link, new() { Name = "Communicatie (Com)", Exact = true }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Communicatie");
            var directieUrl = pagina.Url;
            await controle.ControleerAsync(pagina, "directie");

            var rollen = pagina.GetByRole(AriaRole.Table, new() { NameRegex = new Regex(@"^Rollen bij Com op ") });
            var trekkerRij = rollen.GetByRole(AriaRole.Row).Filter(new()
            {
                Has = pagina.GetByRole(AriaRole.Cell, new() { Name = "Trekker", Exact = true }),
            }).First;
            var trekker = (await trekkerRij.GetByRole(AriaRole.Cell).Nth(1).InnerTextAsync()).Trim();
            var link = trekkerRij.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Uren wijzigen") });
            await Expect(link).ToHaveAccessibleNameAsync(new Regex(Regex.Escape(trekker)));
            await link.ClickAsync();

            // The form: first an impossible number of hours.
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Uren per week wijzigen", Level = 1 })).ToBeVisibleAsync();
            var uren = pagina.GetByLabel("Uren per week", new() { Exact = true });
            await Expect(uren).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "uren-formulier");

            await uren.FillAsync("60");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Uren opslaan" }).ClickAsync();

            var veld = pagina.Locator(".ams-field").Filter(new() { Has = pagina.GetByLabel("Uren per week", new() { Exact = true }) });
            var fout = veld.Locator(".ams-error-message");
            await Expect(fout).ToContainTextAsync("tussen 0 en 40");
            await Expect(uren).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(uren).ToHaveAttributeAsync("aria-describedby", new Regex(await fout.GetAttributeAsync("id") ?? "ontbreekt"));
            await Expect(uren).ToHaveValueAsync("60");
            await Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("tussen 0 en 40");
            await controle.ControleerAsync(pagina, "uren-formulier-fouten");

            // Then a valid Dutch decimal.
            await uren.FillAsync("12,5");
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Uren opslaan" }).ClickAsync();

            await Expect(pagina).ToHaveURLAsync(directieUrl);
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De uren per week zijn opgeslagen.");
            await controle.ControleerAsync(pagina, "directie-na-opslaan");

            // The audit trail shows who changed what: before → after, by the projectleider.
            var wijzigingen = pagina.GetByRole(AriaRole.Region, new() { Name = "Wijzigingen", Exact = true }).GetByRole(AriaRole.Table);
            var regel = wijzigingen.GetByRole(AriaRole.Row).Filter(new()
            {
                Has = pagina.GetByRole(AriaRole.Cell, new() { Name = "12,5 uur per week", Exact = true }),
            });
            await Expect(regel).ToHaveCountAsync(1);
            var cellen = regel.GetByRole(AriaRole.Cell);
            await Expect(cellen.Nth(1)).ToHaveTextAsync(projectleider);
            await Expect(cellen.Nth(3)).ToContainTextAsync("uur per week");
            await Expect(cellen.Nth(4)).ToHaveTextAsync("12,5 uur per week");

            uitvoer.WriteLine($"{projectleider} wijzigde de uren van trekker {trekker} bij Com in {klok.Elapsed.TotalSeconds:0.0} s.");
            uitvoer.WriteLine($"Schermafdrukken: {PaginaControle.SchermafdrukMap}");
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
