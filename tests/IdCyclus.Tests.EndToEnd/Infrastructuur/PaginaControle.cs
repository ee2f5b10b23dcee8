using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// What every journey does on every page it visits: a full-page screenshot for humans (TestResults/screenshots/ under
/// the test output folder, not asserted) and an axe-core scan against WCAG 2.1 A and AA that must find nothing.
/// </summary>
public sealed class PaginaControle(AppProces app, string journey)
{
    private const string AxeScan = """
        async () => {
            const resultaat = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
            });
            return resultaat.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                aantal: v.nodes.length,
                doelen: v.nodes.slice(0, 3).map(n => n.target.join(' '))
            }));
        }
        """;

    private int volgnummer;

    public static string SchermafdrukMap { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Screenshot, then axe; fails with every violation's id, impact, help and first 3 targets.</summary>
    public async Task ControleerAsync(IPage pagina, string naam)
    {
        // The document's own state, not Playwright's record of its load event: twice under a load of 20 a task page had
        // loaded completely (network idle) and the wait for "load" still ran out after 30 s.
        await WachtTotGeladenAsync(pagina);
        volgnummer++;
        Directory.CreateDirectory(SchermafdrukMap);
        var bestand = Path.Combine(SchermafdrukMap, $"{journey}-{volgnummer:00}-{naam}.png");
        await pagina.ScreenshotAsync(new PageScreenshotOptions { Path = bestand, FullPage = true });

        var axe = Path.Combine(app.RepoRoot, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"{axe} ontbreekt: voer 'npm ci' uit in de hoofdmap.");
        // Evaluated by the test driver, not added as a <script>: the application's Content-Security-Policy refuses inline
        // script (as it should), and the scan must see the page with that policy in force.
        await pagina.EvaluateAsync(await File.ReadAllTextAsync(axe) + "\n;true");
        var resultaat = await pagina.EvaluateAsync<JsonElement>(AxeScan);
        var schendingen = resultaat.EnumerateArray().Select(v => new Schending(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
                v.GetProperty("help").GetString()!,
                v.GetProperty("helpUrl").GetString()!,
                v.GetProperty("aantal").GetInt32(),
                v.GetProperty("doelen").EnumerateArray().Select(d => d.GetString()!).ToList()))
            .ToList();

        if (schendingen.Count > 0)
        {
            var melding = new StringBuilder()
                .AppendLine($"axe vond {schendingen.Count} WCAG 2.1 A/AA-schending(en) op '{naam}' ({pagina.Url}); schermafdruk: {bestand}");
            foreach (var s in schendingen)
            {
                melding.AppendLine($"- {s.Id} [{s.Impact}] {s.Help} ({s.Aantal}x) {s.HelpUrl}");
                foreach (var doel in s.Doelen)
                {
                    melding.AppendLine($"    {doel}");
                }
            }

            Assert.Fail(melding.ToString());
        }
    }

    private static async Task WachtTotGeladenAsync(IPage pagina)
    {
        var tot = DateTime.UtcNow.AddSeconds(30);
        var stand = "onbekend";
        while (DateTime.UtcNow < tot)
        {
            try
            {
                stand = await pagina.EvaluateAsync<string>("document.readyState");
                if (stand == "complete")
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // Still navigating: the old document's context is gone before the new one exists. Ask again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{pagina.Url} is na 30 s nog niet geladen (document.readyState: {stand}).");
    }

    private sealed record Schending(string Id, string? Impact, string Help, string HelpUrl, int Aantal, List<string> Doelen);
}
