using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// The shipped simulation of the 2025 cycle (late accounthouders, a trekker who never confirms): the reminders and
/// escalations fall on the planned days, Bureau's closing cancels what is left, and the output is the same every time.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class CyclusSimulatieTests
{
    private static readonly string Map = Path.Combine(SimulateVerbTests.RepoMap(), "src", "Modules", "Cyclus", "IdCyclus.Modules.Cyclus", "Simulaties");

    [Fact]
    public async Task De_cyclus_2025_herinnert_en_escaleert_op_de_juiste_dagen_en_geeft_tweemaal_hetzelfde()
    {
        string[] args =
        [
            "simulate", "--definition", Path.Combine(Map, "voortgangscyclus-2025.json"), "--from", "2025-02-03", "--to", "2025-07-31",
            "--behaviour", Path.Combine(Map, "voortgangscyclus-2025.gedrag.json"),
        ];
        var (code, eerste, fout) = await OpdrachtRegel.VoerUitAsync(args);
        var (_, tweede, _) = await OpdrachtRegel.VoerUitAsync(args);

        Assert.True(code == 0, fout);
        Assert.Equal(eerste, tweede);
        var regels = eerste.Split('\n');
        Assert.DoesNotContain(regels, r => r.Contains("geweigerd", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.StartsWith("2025-02-21 17:00  melding", StringComparison.Ordinal) && r.Contains("Vooraankondiging aan de trekkers"));
        Assert.Contains(regels, r => r.StartsWith("2025-02-21 17:00  per-item", StringComparison.Ordinal) && r.Contains("43 item(s)"));
        Assert.Equal(43, regels.Count(r => r.Contains("taak-voltooid", StringComparison.Ordinal) && r.Contains("Neem het interview af")));

        // Com's trekker never confirms: reminders 7 and 2 days before, then the directeur, then Bureau.
        Assert.Contains(regels, r => r.StartsWith("2025-04-14 17:00  herinnering", StringComparison.Ordinal) && r.Contains("Com"));
        Assert.Contains(regels, r => r.StartsWith("2025-04-19 17:00  herinnering", StringComparison.Ordinal) && r.Contains("Com"));
        Assert.Contains(regels, r => r.StartsWith("2025-04-21 17:00  escalatie", StringComparison.Ordinal) && r.Contains("Com") && r.Contains("naar directeur"));
        Assert.Contains(regels, r => r.StartsWith("2025-05-05 17:00  escalatie", StringComparison.Ordinal) && r.Contains("Com") && r.Contains("naar bureau"));

        // The late accounthouders: reminders before 16 May, escalation to Bureau a week after.
        foreach (var laat in new[] { "DV", "Data", "DSI", "GGD" })
        {
            Assert.Contains(regels, r => r.StartsWith("2025-05-09 17:00  herinnering", StringComparison.Ordinal) && r.Contains($" {laat} "));
            Assert.Contains(regels, r => r.StartsWith("2025-05-23 17:00  escalatie", StringComparison.Ordinal) && r.Contains($" {laat} ") && r.Contains("naar bureau"));
        }

        // Bureau closes the interview phase: what is still open is cancelled, Com's confirmation among it.
        Assert.Contains(regels, r => r.Contains("samengevoegd", StringComparison.Ordinal) && r.Contains("Interviewfase gesloten"));
        Assert.Contains(regels, r => r.Contains("taak-geannuleerd", StringComparison.Ordinal) && r.Contains("Com"));
        Assert.DoesNotContain(regels, r => r.Contains("escalatie", StringComparison.Ordinal) && r.Contains("Com") && string.CompareOrdinal(r, "2025-05-29") > 0);
    }
}
