using IdCyclus.Host.Cli;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Data.Sqlite;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// The start database a <c>simulate</c> run keeps for the next run of the same build, day and scale (ADR 0036): found
/// only by a key that covers all three, the same timeline from the copy as from a fresh build, and nothing kept when
/// the variable says <c>uit</c>.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class SimulatieSjabloonTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void De_sleutel_hangt_af_van_de_bouw_het_startmoment_en_de_schaal_en_van_niets_anders()
    {
        var sleutel = SimulatieSjabloon.Sleutel("bouw-a", Start, 1);

        Assert.Equal(sleutel, SimulatieSjabloon.Sleutel("bouw-a", Start, 1));
        Assert.Equal(sleutel, SimulatieSjabloon.Sleutel("bouw-a", Start.ToUniversalTime().ToOffset(TimeSpan.FromHours(1)), 1));
        Assert.NotEqual(sleutel, SimulatieSjabloon.Sleutel("bouw-b", Start, 1));
        Assert.NotEqual(sleutel, SimulatieSjabloon.Sleutel("bouw-a", Start.AddDays(1), 1));
        Assert.NotEqual(sleutel, SimulatieSjabloon.Sleutel("bouw-a", Start, 2));
        Assert.Matches("^[0-9a-f]{32}$", sleutel);
    }

    [Fact]
    public Task Een_tweede_run_begint_uit_de_bewaarde_database_met_dezelfde_tijdlijn_en_een_andere_schaal_of_dag_bouwt_zijn_eigen() =>
        OpdrachtRegel.MetSjablonenmapAsync(async map =>
        {
            string[] args = ["simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31", "--profiel"];

            var (code, eerste, foutEerste) = await OpdrachtRegel.VoerUitMetSjablonenAsync(map, args);
            Assert.True(code == 0, foutEerste);
            Assert.Contains("migreren", foutEerste, StringComparison.Ordinal);
            Assert.Contains("sjabloon bewaren", foutEerste, StringComparison.Ordinal);
            var bewaard = Assert.Single(Directory.GetFiles(map));
            Assert.Equal(".db", Path.GetExtension(bewaard));

            var (_, tweede, foutTweede) = await OpdrachtRegel.VoerUitMetSjablonenAsync(map, args);
            Assert.Contains("sjabloon kopiëren", foutTweede, StringComparison.Ordinal);
            Assert.DoesNotContain("migreren", foutTweede, StringComparison.Ordinal);
            Assert.DoesNotContain("demodata", foutTweede, StringComparison.Ordinal);
            Assert.Equal(eerste, tweede);

            // Another scale and another first day are other start databases: built, not borrowed.
            var (_, _, foutSchaal) = await OpdrachtRegel.VoerUitMetSjablonenAsync(map, [.. args, "--schaal", "2"]);
            Assert.Contains("synthetische organisatie", foutSchaal, StringComparison.Ordinal);
            var (_, _, foutDag) = await OpdrachtRegel.VoerUitMetSjablonenAsync(
                map, "simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-02", "--to", "2025-03-31", "--profiel");
            Assert.Contains("migreren", foutDag, StringComparison.Ordinal);
            Assert.Equal(3, Directory.GetFiles(map, "*.db").Length);
            Assert.Empty(Directory.GetFiles(map, "*.tmp"));
        });

    [Fact]
    public Task Een_gesimuleerde_database_bewaren_werkt_ook_vanuit_de_bewaarde_startdatabase() =>
        OpdrachtRegel.MetSjablonenmapAsync(async map =>
        {
            var bestand = Path.Combine(map, "bewaard.db");
            string[] args = ["simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31"];
            await OpdrachtRegel.VoerUitMetSjablonenAsync(map, args);

            var (code, _, fout) = await OpdrachtRegel.VoerUitMetSjablonenAsync(map, [.. args, "--database", bestand]);

            Assert.True(code == 0, fout);
            Assert.Contains($"De gesimuleerde database staat in {bestand}", fout, StringComparison.Ordinal);
            await using var verbinding = new SqliteConnection($"Data Source={bestand};Pooling=False;Mode=ReadOnly");
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "SELECT COUNT(*) FROM workflows_taken";
            Assert.True(Convert.ToInt32(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        });

    /// <summary>A folder that cannot be made (here: a path below a file) costs the head start, not the run, and says so.</summary>
    [Fact]
    public Task Een_map_die_niet_te_schrijven_is_laat_de_run_doorgaan_met_een_Nederlandse_waarschuwing() =>
        OpdrachtRegel.MetSjablonenmapAsync(async map =>
        {
            var bestand = Path.Combine(map, "geen-map");
            await File.WriteAllTextAsync(bestand, "een bestand, geen map");
            string[] args = ["simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-31"];

            var (code, uitvoer, fout) = await OpdrachtRegel.VoerUitMetSjablonenAsync(Path.Combine(bestand, "sjablonen"), args);
            var (_, zonder, _) = await OpdrachtRegel.VoerUitMetSjablonenAsync("uit", args);

            Assert.True(code == 0, fout);
            Assert.Contains("Let op: de startdatabase is niet bewaard in", fout, StringComparison.Ordinal);
            Assert.Contains(SimulatieSjabloon.Omgevingsvariabele, fout, StringComparison.Ordinal);
            Assert.Equal(zonder, uitvoer);
        });

    [Fact]
    public async Task Met_de_variabele_op_uit_bouwt_elke_run_zijn_eigen_startdatabase()
    {
        var (code, _, fout) = await OpdrachtRegel.VoerUitMetSjablonenAsync(
            "uit", "simulate", "--definition", "benoem-een-trekker", "--from", "2025-03-01", "--to", "2025-03-02", "--profiel");

        Assert.True(code == 0, fout);
        Assert.Contains("migreren", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("sjabloon", fout, StringComparison.Ordinal);
    }
}
