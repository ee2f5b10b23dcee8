using System.Text.Json;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>The vragenlijst verbs on a fresh SQLite file: import all or nothing, then the scores as JSON and CSV.</summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class VragenlijstVerbTests : IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("idcyclus-verb-").FullName;

    private string Database => Path.Combine(map, "verb.db");

    [Fact]
    public async Task Import_en_scores_op_een_nieuw_bestand_geven_totaal_op_orde_en_ontbrekend()
    {
        var bestand = Path.Combine(map, "import.json");
        await File.WriteAllTextAsync(bestand, """
            {"jaar": 2024, "versie": "2024", "interviews": [
              {"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"1": 3, "2": 1, "6": 2, "14a": 1, "16": "vrije tekst"}},
              {"directie": "com", "respondenttype": "directeur", "antwoorden": {"1": 3, "2": 3, "3": 3, "4": 3, "5": 3, "6": 2, "7": 3, "8": 3, "9": 3,
                "10": 3, "11": 3, "12": 3, "13": 3, "14a": 3, "14b": 3, "15": 3}}
            ]}
            """);

        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "import", "--file", bestand, "--database", Database);
        Assert.True(code == 0, fout);
        Assert.Contains("2 interview(s) geïmporteerd", uit);

        var (scoreCode, json, _) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "scores", "--jaar", "2024", "--format", "json", "--database", Database);
        Assert.Equal(0, scoreCode);
        var regels = JsonDocument.Parse(json).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("directie").GetString()!);
        var fi = regels["F&I"];
        Assert.Equal(JsonValueKind.Null, fi.GetProperty("totaal").ValueKind);
        Assert.Equal(47, fi.GetProperty("max").GetInt32());
        Assert.True(fi.GetProperty("opOrde").GetProperty("1").GetBoolean());
        Assert.False(fi.GetProperty("opOrde").GetProperty("2").GetBoolean());
        Assert.True(fi.GetProperty("opOrde").GetProperty("6").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fi.GetProperty("opOrde").GetProperty("3").ValueKind);
        Assert.Contains("12", fi.GetProperty("ontbreekt").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("16", fi.GetProperty("ontbreekt").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(47, regels["Com"].GetProperty("totaal").GetInt32());

        var (_, csv, _) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "scores", "--jaar", "2024", "--format", "csv", "--database", Database);
        Assert.StartsWith("directie,cluster,totaal,max,randvoorwaarden,themas,opOrde_1", csv);
    }

    [Fact]
    public async Task Het_voorbeeldbestand_uit_de_documentatie_geeft_de_beschreven_scores()
    {
        var bestand = Path.Combine(SimulateVerbTests.RepoMap(), "docs", "voorbeelden", "interviews-2024.json");
        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "import", "--file", bestand, "--database", Database);
        Assert.True(code == 0, fout);

        var (_, json, _) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "scores", "--jaar", "2024", "--database", Database);
        var regels = JsonDocument.Parse(json).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("directie").GetString()!);
        Assert.Equal(30, regels["F&I"].GetProperty("totaal").GetInt32());
        Assert.Equal(
            ["1", "5", "6"],
            regels["F&I"].GetProperty("opOrde").EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.True).Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, regels["Zuid"].GetProperty("totaal").ValueKind);
        Assert.Equal(["12", "13", "14a", "14b", "15"], regels["Zuid"].GetProperty("ontbreekt").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(10, regels["Stadsarchief"].GetProperty("totaal").GetInt32());
    }

    [Fact]
    public async Task Een_foutief_bestand_wordt_geweigerd_met_elke_fout_en_er_verandert_niets()
    {
        var bestand = Path.Combine(map, "fout.json");
        await File.WriteAllTextAsync(bestand, """
            {"jaar": 2024, "versie": "2024", "interviews": [
              {"directie": "XYZ", "respondenttype": "trekker", "antwoorden": {"1": 3}},
              {"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"6": 3, "20": 1}}
            ]}
            """);

        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "import", "--file", bestand, "--database", Database);
        Assert.Equal(1, code);
        Assert.Contains("XYZ", fout);
        Assert.Contains("\"20\"", fout);
        Assert.Contains("antwoorden[\"6\"]", fout);

        var (_, json, _) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "scores", "--jaar", "2024", "--database", Database);
        Assert.Empty(JsonDocument.Parse(json).RootElement.EnumerateArray());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(map, recursive: true);
    }
}
