using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace IdCyclus.Host.Cli;

/// <summary>
/// The database a <c>simulate</c> run starts from (ADR 0036): every module migrated, the demo organisation loaded and,
/// at <c>--schaal N</c>, its synthetic copies. Building it is the same work on every run of the same build from the same
/// day (about a third of a run at normal size, nearly all of it first use of EF Core and the JIT), so the first run keeps
/// a copy and later runs start from that copy.
/// <para>
/// The copy is found by a key over everything that decides its content: the bytes of the IdCyclus assemblies and of every
/// JSON file the build ships (the built-in definitions and templates the migration publishes), the start moment (the seed
/// stamps its rows with the virtual clock) and the scale. A rebuild that changes any of them misses, so a kept copy can
/// never stand in for other code. A copy is written under a temporary name and then renamed, so a run never starts from
/// half a file, also when two runs build the same copy at once.
/// </para>
/// </summary>
internal static class SimulatieSjabloon
{
    /// <summary>Where the copies are kept; a folder, or <c>uit</c> to build the database on every run.</summary>
    public const string Omgevingsvariabele = "IDCYCLUS_SIMULATIE_SJABLONEN";

    /// <summary>Copies kept at most; the oldest go first (a copy at 100× is about 8 MB).</summary>
    private const int MaxBewaard = 8;

    /// <summary>Raised when what a copy holds changes without the build changing (there is no such case today).</summary>
    private const string Vorm = "1";

    /// <summary>The folder for the copies, or null when the variable says <c>uit</c>.</summary>
    public static string? Map()
    {
        var waarde = Environment.GetEnvironmentVariable(Omgevingsvariabele);
        if (string.Equals(waarde, "uit", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(waarde) ? Path.Combine(Path.GetTempPath(), "idcyclus-simulatie-sjablonen") : waarde;
    }

    /// <summary>The file a run with this start and scale starts from, in <paramref name="map"/>.</summary>
    public static string Pad(string map, DateTimeOffset start, int schaal) =>
        Path.Combine(map, $"{Sleutel(Bouw.Value, start, schaal)}.db");

    /// <summary>The key of a copy: the build, the start moment and the scale. Public for its unit test.</summary>
    public static string Sleutel(string bouw, DateTimeOffset start, int schaal)
    {
        var tekst = string.Join('\n', Vorm, bouw, start.ToString("O", CultureInfo.InvariantCulture), schaal.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)))[..32];
    }

    /// <summary>
    /// Copies a kept database to <paramref name="doel"/> if there is one; false when there is none (or it cannot be read),
    /// and the run builds its own.
    /// </summary>
    public static bool ProbeerTeKopieren(string sjabloon, string doel)
    {
        try
        {
            File.Copy(sjabloon, doel);
            return true;
        }
        catch (Exception fout) when (fout is IOException or UnauthorizedAccessException)
        {
            File.Delete(doel);
            return false;
        }
    }

    /// <summary>
    /// Keeps a consistent copy of the run's database as it stands now (SQLite's online backup, so the write-ahead log of
    /// the open connections is included). A folder that cannot be written only costs the next run its head start: the
    /// run goes on, and the Dutch warning this returns says why nothing was kept (null when it was).
    /// </summary>
    public static string? Bewaar(string bestand, string sjabloon)
    {
        var map = Path.GetDirectoryName(sjabloon)!;
        var tijdelijk = Path.Combine(map, $"{Path.GetFileNameWithoutExtension(sjabloon)}.{Guid.CreateVersion7():N}.tmp");
        try
        {
            Directory.CreateDirectory(map);
            using (var bron = new SqliteConnection($"Data Source={bestand};Pooling=False"))
            using (var kopie = new SqliteConnection($"Data Source={tijdelijk};Pooling=False"))
            {
                bron.Open();
                kopie.Open();
                bron.BackupDatabase(kopie);
            }

            File.Move(tijdelijk, sjabloon, overwrite: true);
            Opruimen(map);
            return null;
        }
        catch (Exception fout) when (fout is IOException or UnauthorizedAccessException or SqliteException)
        {
            // The folder itself may be what failed (a path below a file): then there is no half copy to remove either.
            if (File.Exists(tijdelijk))
            {
                File.Delete(tijdelijk);
            }

            return $"Let op: de startdatabase is niet bewaard in '{map}' ({fout.Message}). De volgende run bouwt hem opnieuw; " +
                   $"kies met {Omgevingsvariabele} een map die u kunt schrijven, of zet hem op 'uit'.";
        }
    }

    private static void Opruimen(string map)
    {
        foreach (var oud in new DirectoryInfo(map).GetFiles("*.db").OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxBewaard))
        {
            oud.Delete();
        }
    }

    /// <summary>
    /// The build's fingerprint: the IdCyclus assemblies and the JSON files next to them (not the static web assets,
    /// which no database holds). Computed once per process; about 20 ms.
    /// </summary>
    private static readonly Lazy<string> Bouw = new(() =>
    {
        var basis = AppContext.BaseDirectory;
        var bestanden = Directory.EnumerateFiles(basis, "IdCyclus*.dll")
            .Concat(Directory.EnumerateFiles(basis, "*.json", SearchOption.AllDirectories)
                .Where(b => !Path.GetRelativePath(basis, b).StartsWith("wwwroot", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bestand in bestanden)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(basis, bestand) + "\n"));
            hash.AppendData(File.ReadAllBytes(bestand));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    });
}
