using System.Diagnostics;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// scripts/simulate.sh runs a published copy of the host (ADR 0037). A copy older than the code would simulate the old
/// engine without anyone noticing, so the script's one decision, publish again or not, is tested on a small tree of
/// files with chosen times, and so is its other one, which runs get the batch runtime settings: the script itself,
/// copied, in its check mode (IDCYCLUS_SIMULATIE_CONTROLE=1).
/// </summary>
public sealed class SimulatieScriptTests : IDisposable
{
    private static readonly DateTime Gepubliceerd = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _repo = Directory.CreateTempSubdirectory("idcyclus-simulatiescript-").FullName;

    public SimulatieScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "scripts"));
        File.Copy(Path.Combine(Broncode.Hoofdmap, "scripts", "simulate.sh"), Path.Combine(_repo, "scripts", "simulate.sh"));
        Schrijf("src/Host/Program.cs", Gepubliceerd.AddDays(-1));
        Schrijf("global.json", Gepubliceerd.AddDays(-1));
    }

    [Fact]
    public void Zonder_gepubliceerde_host_publiceert_het_script_eerst() => Assert.Equal("verouderd", Controleer());

    [Fact]
    public void Een_host_gepubliceerd_na_de_laatste_wijziging_wordt_gebruikt()
    {
        Publiceer();
        Assert.Equal("actueel", Controleer());
    }

    [Theory]
    [InlineData("src/Host/Program.cs")]
    [InlineData("src/Modules/Cyclus/Nieuw.cshtml")]
    [InlineData("src/Workflows/definitie.json")]
    [InlineData("global.json")]
    [InlineData("Directory.Packages.props")]
    public void Een_wijziging_na_het_publiceren_publiceert_opnieuw(string bestand)
    {
        Publiceer();
        Schrijf(bestand, Gepubliceerd.AddMinutes(1));
        Assert.Equal("verouderd", Controleer());
    }

    [Theory]
    [InlineData("src/Host/bin/Release/net10.0/IdCyclus.Host.dll")]
    [InlineData("src/Host/obj/Release/net10.0/IdCyclus.Host.AssemblyInfo.cs")]
    [InlineData("src/Host/node_modules/x/index.js")]
    [InlineData("tests/Iets.cs")]
    [InlineData("docs/simulatie.md")]
    public void Bouwuitvoer_tests_en_documentatie_tellen_niet_als_wijziging(string bestand)
    {
        Publiceer();
        Schrijf(bestand, Gepubliceerd.AddMinutes(1));
        Assert.Equal("actueel", Controleer());
    }

    [Fact]
    public void Een_afgebroken_publicatie_laat_geen_stempel_na_en_publiceert_opnieuw()
    {
        // The publish began (its provisional stamp exists) but never finished: the host may be half written.
        Schrijf("artifacts/simulatie/host/IdCyclus.Host.dll", Gepubliceerd);
        Schrijf("artifacts/simulatie/gepubliceerd.nieuw", Gepubliceerd);
        Assert.Equal("verouderd", Controleer());
    }

    [Theory]
    [InlineData("", "batch")]
    [InlineData("--definition benoem-een-trekker --from 2025-03-01 --to 2025-05-31", "batch")]
    [InlineData("--schaal 1 --profiel", "batch")]
    [InlineData("--schaal 10", "standaard")]
    [InlineData("--profiel --schaal 100 --json", "standaard")]
    public void Alleen_een_run_op_normale_grootte_krijgt_de_batchinstellingen(string argumenten, string instellingen)
    {
        Publiceer();
        Assert.Equal(instellingen, Controleer(argumenten.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Instellingen);
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    private void Publiceer()
    {
        Schrijf("artifacts/simulatie/host/IdCyclus.Host.dll", Gepubliceerd);
        Schrijf("artifacts/simulatie/gepubliceerd", Gepubliceerd);
    }

    private void Schrijf(string bestand, DateTime moment)
    {
        var pad = Path.Combine(_repo, bestand);
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        File.WriteAllText(pad, "");
        File.SetLastWriteTimeUtc(pad, moment);
    }

    private string Controleer() => Controleer([]).Publiceren;

    private (string Publiceren, string Instellingen) Controleer(string[] argumenten)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(_repo, "scripts", "simulate.sh"), .. argumenten])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["IDCYCLUS_SIMULATIE_CONTROLE"] = "1" },
        };
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEnd();
        var fout = proces.StandardError.ReadToEnd();
        proces.WaitForExit();
        Assert.True(proces.ExitCode == 0, $"exit {proces.ExitCode}: {fout}");
        var regels = uit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, regels.Length);
        return (regels[0], regels[1]);
    }
}
