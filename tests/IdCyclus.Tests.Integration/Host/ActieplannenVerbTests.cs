using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>`actieplannen import|export` on a fresh SQLite file: all or nothing with JSON paths, and export as the same format.</summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class ActieplannenVerbTests : IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("idcyclus-actieplannen-").FullName;

    private string Database => Path.Combine(map, "verb.db");

    [Fact]
    public async Task Een_fout_bestand_importeert_niets_en_noemt_elk_probleem_met_zijn_JSON_pad()
    {
        var bestand = Path.Combine(map, "fout.json");
        await File.WriteAllTextAsync(bestand, """
            {"actieplannen": [
              {"formaat": "idcyclus-actieplan/1", "directie": "Com", "jaar": 2025,
                "doelen": [{"titel": "Doel", "acties": [{"titel": "Actie", "kwartaal": "2025-Q2", "termijn": "binnen 3 maanden na goedkeuring"}]}]},
              {"formaat": "idcyclus-actieplan/1", "directie": "F&I", "jaar": 2025, "begroting": {"regels": [{"post": "Training", "bedragCent": "7.500"}]}}
            ]}
            """);

        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("actieplannen", "import", "--file", bestand, "--database", Database);
        var (exportCode, _, exportFout) = await OpdrachtRegel.VoerUitAsync(
            "actieplannen", "export", "--directie", "Com", "--jaar", "2025", "--database", Database);

        Assert.Equal(1, code);
        Assert.Contains("$.actieplannen[1].begroting.regels[0].bedragCent: 'bedragCent' moet een geheel aantal eurocenten", fout);
        Assert.Equal(1, exportCode);
        Assert.Contains("Er is geen actieplan 2025 van 'Com'", exportFout);
    }

    [Fact]
    public async Task Een_plan_met_een_verkeerd_gesteld_totaal_en_relatieve_termijnen_komt_ongewijzigd_terug()
    {
        var bestand = Path.Combine(map, "plan.json");
        await File.WriteAllTextAsync(bestand, """
            {"formaat": "idcyclus-actieplan/1", "directie": "Com", "jaar": 2025, "status": "volledig-plan-geaccordeerd",
             "goedgekeurd": {"op": "2025-02-01", "door": "Directeur Com"},
             "doelen": [{"titel": "Bewust werven", "thema": 3, "acties": [{"id": "1", "titel": "Training", "kwartaal": "2025-Q2",
               "termijn": "binnen 3 maanden na goedkeuring", "status": "loopt"}]}],
             "begroting": {"regels": [{"post": "Training", "bedragCent": 750000}, {"post": "Werkgroep", "formule": {"urenPerWeek": 10, "tariefCent": 6000,
               "weken": 40}}],
                           "gesteldeTotalen": [{"tekst": "€ 40.000", "bron": "samenvatting"}]}}
            """);

        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync("actieplannen", "import", "--file", bestand, "--database", Database);
        var (exportCode, json, _) = await OpdrachtRegel.VoerUitAsync("actieplannen", "export", "--directie", "Com", "--jaar", "2025", "--database", Database);

        Assert.True(code == 0, fout);
        Assert.Contains("Geïmporteerd: Com 2025: versie 1 (1 acties, 2 begrotingsregels)", uit);
        Assert.Equal(0, exportCode);
        Assert.Contains("\"termijn\": \"binnen 3 maanden na goedkeuring\"", json);
        Assert.Contains("\"goedkeuring\": \"2025-02-01\"", json);
        Assert.Contains("\"tekst\": \"€ 40.000\"", json);
        Assert.Contains("\"status\": \"loopt\"", json);
        var opnieuw = Path.Combine(map, "opnieuw.json");
        await File.WriteAllTextAsync(opnieuw, json);
        Assert.Equal(0, (await OpdrachtRegel.VoerUitAsync("actieplannen", "import", "--file", opnieuw, "--database", Database)).Code);
        var (_, tweede, _) = await OpdrachtRegel.VoerUitAsync("actieplannen", "export", "--directie", "Com", "--jaar", "2025", "--database", Database);
        Assert.Equal(json, tweede);
    }

    [Fact]
    public async Task Zonder_bestand_legt_de_opdracht_uit_hoe_het_moet()
    {
        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("actieplannen", "import", "--database", Database);

        Assert.Equal(2, code);
        Assert.Contains("actieplannen import --file <json>", fout);
    }

    [Fact]
    public async Task Een_verkeerd_gespelde_optie_wordt_genoemd_in_plaats_van_genegeerd()
    {
        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync("actieplannen", "export", "--directie", "Com", "--jar", "2025", "--database", Database);

        Assert.Equal(2, code);
        Assert.Empty(uit);
        Assert.Contains("Onbekende optie '--jar'. Deze opdracht kent: --directie, --jaar, --database.", fout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(map, recursive: true);
    }
}
