using IdCyclus.Host;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// Runs the host's command line in-process and captures what it writes. Console output is process-wide, so callers
/// belong to the "console" collection, which never runs in parallel.
/// </summary>
public static class OpdrachtRegel
{
    public static async Task<(int Code, string Uit, string Fout)> VoerUitAsync(params string[] args)
    {
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
        }
    }
}
