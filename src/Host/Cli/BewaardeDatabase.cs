using IdCyclus.Shared;

namespace IdCyclus.Host.Cli;

/// <summary>
/// <c>simulate --database &lt;file&gt;</c>: the simulated database kept after the run, so Bureau can open the app on it
/// and read Mijn taken or the GMT dashboard as they stand at <c>--to</c>. It must be a new file: a simulation fills it
/// with fictional demo data and a virtual year, and must never write into a database that holds anyone's work.
/// </summary>
internal static class BewaardeDatabase
{
    /// <summary>The Dutch message for a path that cannot be used, or null.</summary>
    public static string? Controleer(string? pad)
    {
        if (pad is null)
        {
            return null;
        }

        if (File.Exists(pad))
        {
            return $"--database '{pad}' bestaat al. Een simulatie schrijft nooit in een bestaande database: kies een nieuw bestand.";
        }

        return Directory.Exists(Path.GetDirectoryName(pad)) ? null : $"--database '{pad}': de map bestaat niet.";
    }

    /// <summary>
    /// Folds the write-ahead log into the file itself, so the kept database is one file that can be copied or opened
    /// elsewhere; the app switches it back to WAL when it starts on it.
    /// </summary>
    public static void MaakZelfstandig(string pad)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SimulatieDatabase.ZetJournaal(pad, "DELETE");
    }

    /// <summary>Removes a database this run made, with its write-ahead log and shared-memory file.</summary>
    public static void Verwijder(string pad)
    {
        foreach (var bestand in new[] { pad, pad + "-wal", pad + "-shm", pad + "-journal" })
        {
            File.Delete(bestand);
        }
    }

    /// <summary>
    /// How to open it: on a clock that stands at the end of the simulated period (<see cref="Infrastructuur.Klokstand"/>),
    /// so the pages say what was late then. Background processing stays off as well: should someone leave out the clock,
    /// the host would otherwise fire a year of reminders and escalations on today's date into the simulated state.
    /// </summary>
    public static string Melding(string pad, DateTimeOffset stand) =>
        $"De gesimuleerde database staat in {pad}. Bekijk hem in de browser zoals hij er op {Nederlands.DatumTijd(stand)} bij stond:\n" +
        $"  dotnet run --project src/Host -- --Database:ConnectionString \"Data Source={pad}\" --Workflows:AchtergrondVerwerking=false" +
        $" --{Infrastructuur.Klokstand.Sleutel} {Infrastructuur.Klokstand.Tekst(stand)}";
}
