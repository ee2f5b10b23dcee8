using IdCyclus.Shared.Opdrachtregel;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

public sealed class OpdrachtoptiesTests
{
    private static readonly string[] Bekend = ["jaar", "format", "database"];

    [Fact]
    public void Paren_van_optie_en_waarde_worden_gelezen_en_instellingen_van_de_host_overgeslagen()
    {
        var gelezen = Opdrachtopties.Lees(["--jaar", "2024", "--Database:Provider=Sqlite", "--format", "csv", "--environment=Development"], Bekend);

        Assert.True(gelezen.IsGelukt);
        Assert.Equal(new Dictionary<string, string> { ["jaar"] = "2024", ["format"] = "csv" }, gelezen.Waarde);
    }

    [Theory]
    [InlineData(new[] { "--jar", "2024" }, "--jar", "Onbekende optie '--jar'. Deze opdracht kent: --jaar, --format, --database.")]
    [InlineData(new[] { "--jaar" }, "--jaar", "Bij --jaar ontbreekt de waarde.")]
    [InlineData(new[] { "--jaar", "--format", "csv" }, "--jaar", "Bij --jaar ontbreekt de waarde.")]
    [InlineData(new[] { "--jaar", "2024", "--jaar", "2025" }, "--jaar", "--jaar staat er twee keer in; geef elke optie één keer.")]
    [InlineData(new[] { "2024" }, "2024", "Onverwacht argument '2024': een optie begint met --, gevolgd door haar waarde.")]
    public void Een_fout_noemt_de_optie_en_levert_niets_op(string[] args, string veld, string melding)
    {
        var gelezen = Opdrachtopties.Lees(args, Bekend);

        var fout = Assert.Single(gelezen.Fouten);
        Assert.Equal(veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
        Assert.Null(gelezen.Waarde);
    }

    [Fact]
    public void Elke_fout_wordt_gemeld_niet_alleen_de_eerste()
    {
        var gelezen = Opdrachtopties.Lees(["--jar", "2024", "--format"], Bekend);

        Assert.Equal(["--jar", "--format"], gelezen.Fouten.Select(f => f.Veld));
    }

    [Theory]
    [InlineData(new string[0], "Geef een opdracht: import of scores.")]
    [InlineData(new[] { "opruimen" }, "Onbekende opdracht 'vragenlijst opruimen'.")]
    [InlineData(new[] { "scores", "--jar", "2024" }, "Onbekende optie '--jar'. Deze opdracht kent: --jaar, --format.")]
    public async Task Een_verkeerde_opdracht_geeft_de_melding_en_het_gebruik(string[] args, string melding)
    {
        var fout = new StringWriter();
        var subopdrachten = new Dictionary<string, string[]> { ["import"] = ["file"], ["scores"] = ["jaar", "format"] };

        var gelezen = await Opdrachtopties.LeesAsync("vragenlijst", args, subopdrachten, "Gebruik: vragenlijst …", fout);

        Assert.Null(gelezen);
        Assert.Equal($"{melding}\nGebruik: vragenlijst …\n", fout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Een_goede_opdracht_geeft_de_subopdracht_en_haar_opties()
    {
        var fout = new StringWriter();

        var gelezen = await Opdrachtopties.LeesAsync(
            "vragenlijst", ["scores", "--jaar", "2024"], new Dictionary<string, string[]> { ["scores"] = ["jaar"] }, "Gebruik", fout);

        Assert.Equal("scores", gelezen?.Subopdracht);
        Assert.Equal("2024", gelezen?.Opties["jaar"]);
        Assert.Empty(fout.ToString());
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    public void Een_csv_veld_wordt_alleen_tussen_aanhalingstekens_gezet_als_het_moet(string veld, string verwacht)
    {
        Assert.Equal(verwacht, Csvuitvoer.Veld(veld));
    }
}
