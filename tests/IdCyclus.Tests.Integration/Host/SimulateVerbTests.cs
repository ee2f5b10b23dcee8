using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class ConsoleCollectie
{
    public const string Naam = "console";
}

/// <summary>The simulate verb on the shipped example: the timeline Bureau plans with, the same every time.</summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class SimulateVerbTests
{
    private static readonly string Gedrag = Path.Combine(
        RepoMap(), "src", "Modules", "Cyclus", "IdCyclus.Modules.Cyclus", "Simulaties", "benoem-een-trekker.gedrag.json");

    [Fact]
    public async Task Simulatie_van_benoem_een_trekker_geeft_herinneringen_en_escalaties_op_de_juiste_dagen_en_tweemaal_hetzelfde()
    {
        var (code, eerste, _) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-05-31", "--behaviour", Gedrag);
        var (_, tweede, _) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-05-31", "--behaviour", Gedrag);

        Assert.Equal(0, code);
        Assert.Equal(eerste, tweede);
        var regels = eerste.Split('\n');
        Assert.Contains(
            regels,
            r =>
                r.StartsWith("2025-03-01 09:00  taak-aangemaakt", StringComparison.Ordinal) && r.Contains("P&O") && r.Contains("deadline 29 maart 2025 17:00"));
        Assert.Contains(
            regels,
            r => r.StartsWith("2025-03-11 09:00  taak-voltooid", StringComparison.Ordinal) && r.Contains("P&O") && r.Contains("8 uur per week"));
        Assert.Equal(2, regels.Count(r => r.StartsWith("2025-03-22 17:00  herinnering", StringComparison.Ordinal)));
        Assert.Equal(2, regels.Count(r => r.StartsWith("2025-03-28 17:00  herinnering", StringComparison.Ordinal)));
        Assert.Contains(
            regels,
            r => r.StartsWith("2025-03-29 17:00  escalatie", StringComparison.Ordinal) && r.Contains("Stadsarchief") && r.Contains("niemand heeft die rol"));
        Assert.Contains(
            regels,
            r => r.StartsWith("2025-03-29 17:00  escalatie", StringComparison.Ordinal) && r.Contains("UI&E") && r.Contains("clusterdirecteur"));
        Assert.Equal(2, regels.Count(r => r.StartsWith("2025-04-12 17:00  escalatie", StringComparison.Ordinal) && r.Contains("Stadsarchief")));
        Assert.DoesNotContain(regels, r => r.Contains("escalatie") && r.Contains("P&O"));
    }

    /// <summary>
    /// The whole timeline of the shipped example, line for line: every task, reminder, escalation and mail with its
    /// recipient and moment. A change in the engine's behaviour shows up here as a diff to review, never silently.
    /// </summary>
    [Fact]
    public async Task Simulatie_van_benoem_een_trekker_is_precies_de_vastgelegde_tijdlijn()
    {
        var (code, uitvoer, _) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-05-31", "--behaviour", Gedrag);

        Assert.Equal(0, code);
        var verwacht = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Verwacht", "simulatie-benoem-een-trekker.txt"));
        Assert.Equal(verwacht.ReplaceLineEndings(), uitvoer.ReplaceLineEndings());
    }

    [Fact]
    public Task Simulatie_met_ongeldige_definitie_noemt_elk_pad_en_stopt_met_foutcode() =>
        MetTijdelijkBestandAsync(async bestand =>
        {
            await File.WriteAllTextAsync(
                bestand, """{ "id": "Fout Id", "naam": "x", "versie": 0, "stappen": [ { "id": "a", "naam": "A", "soort": "taak" } ] }""");
            var (code, _, fouten) = await SimuleerAsync("--definition", bestand, "--from", "2025-03-01", "--to", "2025-03-31");
            Assert.Equal(1, code);
            Assert.Contains("$.id", fouten);
            Assert.Contains("$.versie", fouten);
            Assert.Contains("$.stappen[0].rol", fouten);
        });

    /// <summary>
    /// A behaviour file with a typo in a step (of a definition the run starts later, too) and in a role stops before the
    /// year runs, naming each action and field; a <c>voor</c> name that met no task is named after a run that did go.
    /// </summary>
    [Fact]
    public Task Simulatie_met_tikfouten_in_het_gedragsbestand_noemt_elke_actie_en_stopt_of_waarschuwt() =>
        MetTijdelijkBestandAsync(async bestand =>
        {
            await File.WriteAllTextAsync(bestand, """
                { "acties": [
                  { "stap": "trekker-benoeme", "naDagen": 3 },
                  { "stap": "duiding-met-directeur-bespreken", "nooit": true, "door": "clusterdirekteur" }
                ] }
                """);
            var (code, uit, fouten) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31",
                "--behaviour", bestand);
            Assert.Equal(1, code);
            Assert.Equal("", uit);
            Assert.Contains("acties[0].stap: 'trekker-benoeme' is geen taakstap van de definities. Bedoelt u 'trekker-benoemen'?", fouten);
            Assert.Contains("acties[1].door: 'clusterdirekteur' is geen rol. Bedoelt u 'clusterdirecteur'?", fouten);
            Assert.DoesNotContain("acties[1].stap", fouten);

            await File.WriteAllTextAsync(bestand, """
                { "acties": [ { "stap": "trekker-benoemen", "voor": ["P&0", "UI&E"], "naDagen": 3,
                  "velden": { "Naam": "Trekker UI&E", "Email": "trekker.uie@idcyclus.example", "UrenPerWeek": "8" } } ] }
                """);
            (code, uit, fouten) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31",
                "--behaviour", bestand);
            Assert.Equal(0, code);
            Assert.Contains("taak-voltooid", uit);
            Assert.Contains("acties[0].voor: 'P&0' paste in deze periode op geen enkele taak van stap 'trekker-benoemen'.", fouten);
            Assert.DoesNotContain("'UI&E' paste", fouten);
        });

    /// <summary>
    /// A refused run keeps nothing: with <c>--database</c> the new file is not left behind as a filled demo database,
    /// whether the behaviour file is no JSON (refused before anything is made) or names a step no definition has
    /// (refused after the host made the file).
    /// </summary>
    [Theory]
    [InlineData("""{ "acties": [ { "stap": "trekker-benoemen", "naDagen": 3 ] }""", "geen geldige JSON")]
    [InlineData("""{ "acties": [ { "stap": "trekker-benoeme", "naDagen": 3 } ] }""", "Bedoelt u 'trekker-benoemen'?")]
    public Task Geweigerde_simulatie_laat_geen_database_achter(string gedrag, string melding) =>
        MetTijdelijkBestandAsync(async bestand =>
        {
            await File.WriteAllTextAsync(bestand, gedrag);
            var database = Path.Combine(Path.GetTempPath(), $"geweigerd-{Guid.NewGuid():N}.db");
            var (code, uit, fouten) = await SimuleerAsync("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31",
                "--behaviour", bestand, "--database", database);

            Assert.Equal(1, code);
            Assert.Equal("", uit);
            Assert.Contains(melding, fouten);
            Assert.DoesNotContain("De gesimuleerde database staat in", fouten);
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"));
        });

    private static async Task MetTijdelijkBestandAsync(Func<string, Task> werk)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"simulatie-{Guid.NewGuid():N}.json");
        try
        {
            await werk(bestand);
        }
        finally
        {
            File.Delete(bestand);
        }
    }

    /// <summary>
    /// <c>--database</c> keeps the simulated state, so Bureau can open the app on it and read the pages as they stand
    /// at <c>--to</c>: the kept file holds the run's tasks, as many as the timeline created.
    /// </summary>
    [Fact]
    public async Task Simulatie_met_database_bewaart_de_gesimuleerde_stand_voor_de_paginas()
    {
        var map = Directory.CreateTempSubdirectory("simulatie-bewaard-").FullName;
        var bestand = Path.Combine(map, "jaar.db");
        try
        {
            var (code, uitvoer, meldingen) = await SimuleerAsync(
                "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-05-31", "--behaviour", Gedrag, "--database", bestand);

            Assert.Equal(0, code);
            Assert.Contains($"De gesimuleerde database staat in {bestand}", meldingen);
            Assert.Contains("--Workflows:AchtergrondVerwerking=false", meldingen);
            Assert.Contains("--Klok:Stand 2025-05-31T23:59:00+02:00", meldingen);
            Assert.False(File.Exists(bestand + "-wal"), "De bewaarde database is één bestand, zonder los schrijflogboek.");
            var aangemaakt = uitvoer.Split('\n').Count(r => r.Contains("  taak-aangemaakt", StringComparison.Ordinal));
            Assert.True(aangemaakt > 0);
            await using var verbinding = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bestand};Mode=ReadOnly;Pooling=False");
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "SELECT COUNT(*) FROM workflows_taken";
            Assert.Equal(aangemaakt, Convert.ToInt32(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));

            // A task's history names the person who completed it, as after a real completion, not the file's actor word.
            opdracht.CommandText = "SELECT DISTINCT door FROM workflows_gebeurtenissen WHERE soort = 'taak-voltooid'";
            var door = new List<string>();
            await using (var lezer = await opdracht.ExecuteReaderAsync())
            {
                while (await lezer.ReadAsync())
                {
                    door.Add(lezer.GetString(0));
                }
            }

            Assert.NotEmpty(door);
            Assert.DoesNotContain("behandelaar", door);
            Assert.All(door, naam => Assert.Matches(@"^\p{Lu}\S+ \S", naam));
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    [Fact]
    public async Task Simulatie_schrijft_nooit_in_een_bestaande_database()
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"bestaand-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(bestand, "iemands werk");
        try
        {
            var (code, _, fouten) = await SimuleerAsync(
                "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31", "--database", bestand);

            Assert.Equal(2, code);
            Assert.Contains("bestaat al", fouten);
            Assert.Equal("iemands werk", await File.ReadAllTextAsync(bestand));
        }
        finally
        {
            File.Delete(bestand);
        }
    }

    [Theory]
    [InlineData("--from", "2025-03-01", "--to", "2025-03-31")]
    [InlineData("--definition", "benoem-een-trekker", "--from", "1 maart", "--to", "2025-03-31")]
    [InlineData("--definition", "benoem-een-trekker", "--from", "2025-03-31", "--to", "2025-03-01")]
    [InlineData("--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31", "--behaviour", "/bestaat/niet.json")]
    public async Task Simulatie_met_ongeldige_opties_geeft_gebruik_en_foutcode(params string[] args)
    {
        var (code, _, fouten) = await SimuleerAsync(args);
        Assert.Equal(2, code);
        Assert.Contains("Gebruik: simulate", fouten);
    }

    private static Task<(int Code, string Uit, string Fout)> SimuleerAsync(params string[] args) =>
        OpdrachtRegel.VoerUitAsync(["simulate", .. args]);

    internal static string RepoMap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "IdCyclus.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException("IdCyclus.sln niet gevonden.");
    }
}
