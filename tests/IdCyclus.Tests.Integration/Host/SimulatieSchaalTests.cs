using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// <c>simulate --schaal</c>: the demo organisation made N times as large in the simulation's own database, every copy
/// marked synthetic, and <c>--profiel</c> reporting the phases on stderr without touching the timeline.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class SimulatieSchaalTests
{
    [Fact]
    public async Task Twee_keer_de_organisatie_geeft_elke_directie_zonder_trekker_een_synthetische_kopie_met_eigen_taak()
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync(
            "simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-02", "--schaal", "2", "--profiel");

        Assert.True(code == 0, fout);
        var regels = uit.Split('\n');
        Assert.Contains("op een synthetische organisatie van 2× de demo-organisatie", regels[0], StringComparison.Ordinal);
        var taken = regels.Where(r => r.StartsWith("2025-03-01 09:00  taak-aangemaakt", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, taken.Count);
        foreach (var directie in new[] { "P&O", "Stadsarchief", "UI&E" })
        {
            Assert.Single(taken, r => r.Contains($" {directie} ", StringComparison.Ordinal));
            Assert.Single(taken, r => r.Contains($" {directie}-s2 ", StringComparison.Ordinal) && r.Contains("(synthetisch 2)", StringComparison.Ordinal));
        }

        Assert.Contains("Profiel:", fout, StringComparison.Ordinal);
        Assert.Contains("synthetische organisatie", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("Profiel:", uit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("twee")]
    [InlineData("1001")]
    public async Task Een_ongeldige_schaal_geeft_gebruik_en_foutcode(string schaal)
    {
        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync(
            "simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-02", "--schaal", schaal);

        Assert.Equal(2, code);
        Assert.Contains($"--schaal '{schaal}' is geen geheel getal van 1 tot en met 1000.", fout, StringComparison.Ordinal);
        Assert.Contains("Gebruik: simulate", fout, StringComparison.Ordinal);
    }
}
