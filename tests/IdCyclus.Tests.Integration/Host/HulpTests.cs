using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>The command line behaves like one: <c>--help</c> everywhere exits 0 with the usage, an unknown verb lists the verbs and exits 2.</summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class HulpTests
{
    private static readonly string[] Verbs = ["migrate", "simulate", "vragenlijst", "indicatoren", "actieplannen", "rapport"];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_op_de_host_noemt_elke_opdracht_en_start_niets(string hulp)
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync(hulp);

        Assert.Equal(0, code);
        Assert.StartsWith("Gebruik: IdCyclus.Host [opdracht] [opties]", uit, StringComparison.Ordinal);
        Assert.All(Verbs, verb => Assert.Contains($"  {verb} ", uit, StringComparison.Ordinal));
        Assert.Empty(fout);
    }

    [Theory]
    [InlineData("migrate", "--help")]
    [InlineData("simulate", "--help")]
    [InlineData("simulate", "-h")]
    [InlineData("vragenlijst", "--help")]
    [InlineData("vragenlijst", "import", "--help")]
    [InlineData("indicatoren", "--help")]
    [InlineData("actieplannen", "--help")]
    [InlineData("rapport", "-h")]
    public async Task Help_op_een_opdracht_toont_haar_gebruik_en_geeft_nul(params string[] args)
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync(args);

        Assert.Equal(0, code);
        Assert.StartsWith($"{args[0]}: ", uit, StringComparison.Ordinal);
        Assert.Contains($"Gebruik: {args[0]}", uit, StringComparison.Ordinal);
        Assert.Empty(fout);
    }

    [Fact]
    public async Task Elke_opdracht_heeft_een_help()
    {
        foreach (var verb in Verbs)
        {
            var (code, uit, _) = await OpdrachtRegel.VoerUitAsync(verb, "--help");
            Assert.True(code == 0, $"{verb} --help gaf {code}");
            Assert.Contains($"Gebruik: {verb}", uit, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bestaat-niet")]
    [InlineData("bestaat-niet", "--help")]
    public async Task Een_onbekende_opdracht_noemt_de_opdrachten_en_geeft_twee(params string[] args)
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(uit);
        Assert.Contains("Onbekende opdracht 'bestaat-niet'.", fout, StringComparison.Ordinal);
        Assert.All(Verbs, verb => Assert.Contains($"  {verb} ", fout, StringComparison.Ordinal));
    }

    /// <summary>A module verb's own usage (printed on a mistake) is the one <c>--help</c> shows.</summary>
    [Fact]
    public async Task Het_gebruik_bij_een_fout_is_het_gebruik_van_help()
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-hulp-").FullName;
        try
        {
            var (_, hulp, _) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "--help");
            var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "--database", Path.Combine(map, "hulp.db"));

            Assert.Equal(2, code);
            var gebruik = hulp[hulp.IndexOf("Gebruik:", StringComparison.Ordinal)..].ReplaceLineEndings().TrimEnd();
            Assert.Contains(gebruik, fout.ReplaceLineEndings(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }
}
