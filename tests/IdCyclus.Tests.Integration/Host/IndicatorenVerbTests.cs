using System.Text.Json;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// The indicatoren verbs on a fresh SQLite file (organisation and definitions, no demo figures): the report's 2024
/// figures imported from the example file, then the gaps and checks the 2024 report should show, as JSON and CSV.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class IndicatorenVerbTests : IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("idcyclus-indicatoren-").FullName;

    private string Database => Path.Combine(map, "verb.db");

    private static string Voorbeeld => Path.Combine(SimulateVerbTests.RepoMap(), "docs", "voorbeelden", "indicatoren-2024.csv");

    [Fact]
    public async Task Het_voorbeeldbestand_geeft_de_gaten_en_de_quotumcontrole_van_het_rapport_2024()
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync("indicatoren", "import", "--file", Voorbeeld, "--database", Database);
        Assert.True(code == 0, fout);
        Assert.Contains("29 nieuw, 0 gewijzigd (oude waarde bewaard), 0 ongewijzigd", uit);

        var (overzichtCode, json, _) = await OpdrachtRegel.VoerUitAsync(
            "indicatoren", "overzicht", "--jaar", "2024", "--format", "json", "--database", Database);
        Assert.Equal(0, overzichtCode);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(2024, root.GetProperty("jaar").GetInt32());
        var waarden = root.GetProperty("waarden").EnumerateArray().ToList();
        var sociaal = waarden.Single(
            w => w.GetProperty("indicator").GetString() == "migratieachtergrond_schaal12plus" && w.GetProperty("eenheid").GetString() == "Sociaal");
        Assert.Equal(("2023", 13m, 30m, -17m, "nee"), (sociaal.GetProperty("periode").GetString(), sociaal.GetProperty("waarde").GetDecimal(),
            sociaal.GetProperty("streefcijfer").GetDecimal(), sociaal.GetProperty("verschil").GetDecimal(), sociaal.GetProperty("voldoet").GetString()));
        var stadsdelen = waarden.Single(
            w => w.GetProperty("indicator").GetString() == "banenafspraak_gerealiseerd" && w.GetProperty("eenheid").GetString() == "Stadsdelen");
        Assert.Equal(("2024-04", 92m, 61.61m, 30.39m, "ja"), (stadsdelen.GetProperty("periode").GetString(), stadsdelen.GetProperty("waarde").GetDecimal(),
            stadsdelen.GetProperty("streefcijfer").GetDecimal(), stadsdelen.GetProperty("verschil").GetDecimal(),
            stadsdelen.GetProperty("voldoet").GetString()));
        var quotum = waarden.Single(
            w => w.GetProperty("indicator").GetString() == "banenafspraak_quotum" && w.GetProperty("eenheid").GetString() == "Gemeente");
        Assert.Equal(JsonValueKind.Null, quotum.GetProperty("voldoet").ValueKind);

        var controle = Assert.Single(root.GetProperty("controles").EnumerateArray());
        Assert.Equal(("som-secties", "Gemeente", 667.5m, 663.29m, 4.21m), (controle.GetProperty("soort").GetString(),
            controle.GetProperty("eenheid").GetString(), controle.GetProperty("totaal").GetDecimal(),
            controle.GetProperty("somOnderdelen").GetDecimal(), controle.GetProperty("verschil").GetDecimal()));

        var (_, csv, _) = await OpdrachtRegel.VoerUitAsync("indicatoren", "overzicht", "--jaar", "2024", "--format", "csv", "--database", Database);
        Assert.StartsWith("jaar,indicator,eenheid,periode,waarde,streefcijfer,verschil,voldoet", csv);
        Assert.Contains("2024,migratieachtergrond_schaal12plus,Sociaal,2023,13,30,-17,nee", csv);
        Assert.Contains("2024,som-secties,banenafspraak_quotum,Gemeente,", csv);
        Assert.Contains(",667.5,663.29,4.21", csv);
    }

    [Fact]
    public async Task Een_ongeldig_bestand_wordt_met_regelnummers_geweigerd_en_slaat_niets_op()
    {
        var bestand = Path.Combine(map, "fout.csv");
        await File.WriteAllTextAsync(bestand, "indicator,eenheid,periode,waarde\nbanenafspraak_quotum,Gemeente,2024,667.5\njongeren,Gemeente,2024,25\n");

        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("indicatoren", "import", "--file", bestand, "--database", Database);

        Assert.Equal(1, code);
        Assert.Contains("Import geweigerd: 1 fout(en); er is niets opgeslagen.", fout);
        Assert.Contains("- Regel 3: jongeren wordt gemeten per cluster, rapportsectie of directie, maar 'Gemeente' is de gemeente.", fout);
        var (_, json, _) = await OpdrachtRegel.VoerUitAsync("indicatoren", "overzicht", "--jaar", "2024", "--database", Database);
        Assert.Empty(JsonDocument.Parse(json).RootElement.GetProperty("waarden").EnumerateArray());
    }

    [Theory]
    [InlineData("overzicht", "--jaar", "twee", "Geef het rapportjaar met --jaar, bijvoorbeeld --jaar 2024.")]
    [InlineData("overzicht", "--format", "xml", "Geef het rapportjaar met --jaar, bijvoorbeeld --jaar 2024.")]
    [InlineData("import", "--file", "/bestaat/niet.csv", "Het bestand '/bestaat/niet.csv' bestaat niet.")]
    [InlineData("opruimen", "--jaar", "2024", "Onbekende opdracht 'indicatoren opruimen'.")]
    [InlineData("overzicht", "--jar", "2024", "Onbekende optie '--jar'. Deze opdracht kent: --jaar, --format, --database.")]
    public async Task Verkeerde_argumenten_geven_een_nederlandse_melding(string opdracht, string optie, string waarde, string melding)
    {
        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("indicatoren", opdracht, optie, waarde, "--database", Database);

        Assert.NotEqual(0, code);
        Assert.Contains(melding, fout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(map, recursive: true);
    }
}
