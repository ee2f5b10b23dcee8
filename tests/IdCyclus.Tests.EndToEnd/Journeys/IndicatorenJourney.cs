using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

[Collection(AppCollectie.Naam)]
public sealed class IndicatorenJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau importeert indicatoren, bevestigt het voorbeeld en ziet tabel, grafiek en de quotumcontrole")]
    public async Task Bureau_importeert_indicatoren_en_ziet_tabel_grafiek_en_quotumcontrole()
    {
        await using var context = await browser.NieuweContextAsync(app);
        var pagina = await context.NewPageAsync();
        var controle = new PaginaControle(app, "indicatoren");
        var bestand = Path.Combine(Path.GetTempPath(), $"indicatoren-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(bestand,
            "indicator;eenheid;periode;waarde;toelichting\n" +
            "banenafspraak_gerealiseerd;Sociaal;2024-05;197;maandcijfer Adviesteam Banenafspraak\n" +
            "banenafspraak_quotum;Gemeente;2024;667,5;VGR2024 Bijlage 1a\n");

        try
        {
            await pagina.GotoAsync("/aanmelden");
            var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = new Regex(@"^\s*Projectleider") }) });
            await groep.GetByRole(AriaRole.Button).First.ClickAsync();

            await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
                .GetByRole(AriaRole.Link, new() { Name = "Indicatoren", Exact = true })
                .ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Indicatoren rapport"), Level = 1 })).ToBeVisibleAsync();
            await pagina.GetByRole(AriaRole.Link, new() { Name = "Cijfers importeren (CSV of XLSX)" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Indicatoren importeren", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(pagina, "importeren");

            // A file with a mistake first: every problem with its line, nothing stored.
            var fout = Path.Combine(Path.GetTempPath(), $"indicatoren-fout-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(fout, "indicator;eenheid;periode;waarde\njongeren;Inkomen;2024;25\n");
            await pagina.GetByLabel("CSV- of XLSX-bestand").SetInputFilesAsync(fout);
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren en voorbeeld tonen" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("Regel 2: onbekende eenheid 'Inkomen'");
            await controle.ControleerAsync(pagina, "importeren-fout");
            File.Delete(fout);

            await pagina.GetByLabel("CSV- of XLSX-bestand").SetInputFilesAsync(bestand);
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren en voorbeeld tonen" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Voorbeeld: indicatoren-"), Level = 1 })).ToBeVisibleAsync();
            await Expect(pagina.Locator("#samenvatting")).ToContainTextAsync("1 nieuw");
            await Expect(pagina.GetByRole(AriaRole.Table, new() { Name = "Nieuwe cijfers" })).ToContainTextAsync("197");
            await controle.ControleerAsync(pagina, "voorbeeld");

            await pagina.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en opslaan" }).ClickAsync();
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("Import bevestigd: 1 nieuw");

            var tabel = pagina.GetByRole(AriaRole.Table, new() { Name = "Gerealiseerde banen Wet banenafspraak per eenheid, rapport 2024" });
            var sociaal = tabel.GetByRole(AriaRole.Row).Filter(new() { Has = pagina.GetByRole(AriaRole.Rowheader, new() { Name = "Sociaal", Exact = true }) });
            await Expect(sociaal).ToContainTextAsync("mei 2024");
            await Expect(sociaal).ToContainTextAsync("197");
            await Expect(sociaal).ToContainTextAsync("+30,66 banen");
            var banen = pagina.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Gerealiseerde banen Wet banenafspraak, rapport 2024") });
            await Expect(banen).ToBeVisibleAsync();
            await Expect(pagina.Locator("#controles")).ToContainTextAsync("het gemeentetotaal is 667,5, de som van 7 rapportsecties is 663,29 (verschil 4,21)");
            await controle.ControleerAsync(pagina, "overzicht");
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt op {pagina.Url}");
            uitvoer.WriteLine("--- hostuitvoer ---");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
        finally
        {
            File.Delete(bestand);
        }
    }
}
