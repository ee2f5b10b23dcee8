using IdCyclus.Host;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// Runs the host's command line in-process and captures what it writes. Console output is process-wide, so callers
/// belong to the "console" collection, which never runs in parallel.
/// </summary>
public static class OpdrachtRegel
{
    /// <summary>
    /// Runs the command line with <c>simulate</c>'s kept start databases off, so every run migrates and seeds as a
    /// first run does and a test never depends on what an earlier run left in the temp folder.
    /// </summary>
    public static Task<(int Code, string Uit, string Fout)> VoerUitAsync(params string[] args) => VoerUitMetSjablonenAsync("uit", args);

    /// <summary>Runs the command line with <c>simulate</c>'s start databases kept in <paramref name="map"/> (or <c>uit</c>).</summary>
    public static async Task<(int Code, string Uit, string Fout)> VoerUitMetSjablonenAsync(string map, params string[] args)
    {
        // Process-wide like the console, and restored like it: callers are in the serial "console" collection.
        var sjablonen = Environment.GetEnvironmentVariable(SimulatieSjablonenVariabele);
        Environment.SetEnvironmentVariable(SimulatieSjablonenVariabele, map);
        var (uit, fout) = (Console.Out, Console.Error);
        await using var uitvoer = new StringWriter();
        await using var fouten = new StringWriter();
        Console.SetOut(uitvoer);
        Console.SetError(fouten);
        try
        {
            var code = await IdCyclusApp.VoerUitAsync(args);
            return (code, uitvoer.ToString(), fouten.ToString());
        }
        finally
        {
            Console.SetOut(uit);
            Console.SetError(fout);
            Environment.SetEnvironmentVariable(SimulatieSjablonenVariabele, sjablonen);
        }
    }

    /// <summary>Runs <paramref name="werk"/> with a new, empty folder for <c>simulate</c>'s kept start databases, removed after.</summary>
    public static async Task<T> MetSjablonenmapAsync<T>(Func<string, Task<T>> werk)
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-sjablonen-").FullName;
        try
        {
            return await werk(map);
        }
        finally
        {
            // A kept database opened by the test may still sit in the pool.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    public static Task MetSjablonenmapAsync(Func<string, Task> werk) => MetSjablonenmapAsync(async map =>
    {
        await werk(map);
        return true;
    });

    private const string SimulatieSjablonenVariabele = IdCyclus.Host.Cli.SimulatieSjabloon.Omgevingsvariabele;
}
