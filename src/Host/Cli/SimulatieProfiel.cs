using System.Diagnostics;

namespace IdCyclus.Host.Cli;

/// <summary>
/// `simulate --profiel`: wall time per phase of a run (setup, rounds, scripted actors, looking ahead, the timeline), on
/// stderr, so a slow run says where its time goes without changing the timeline on stdout (docs/benchmarks.md).
/// </summary>
internal sealed class SimulatieProfiel(bool aan)
{
    private readonly Stopwatch _totaal = Stopwatch.StartNew();
    private readonly Dictionary<string, (TimeSpan Duur, TimeSpan Jit, int Keer)> _fasen = [];

    public static readonly SimulatieProfiel Uit = new(false);

    public int Stops { get; set; }

    public async Task<T> MeetAsync<T>(string fase, Func<Task<T>> werk)
    {
        var klok = Stopwatch.StartNew();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        try
        {
            return await werk();
        }
        finally
        {
            var (duur, jitDuur, keer) = _fasen.GetValueOrDefault(fase);
            _fasen[fase] = (duur + klok.Elapsed, jitDuur + System.Runtime.JitInfo.GetCompilationTime() - jit, keer + 1);
        }
    }

    public T Meet<T>(string fase, Func<T> werk) => MeetAsync(fase, () => Task.FromResult(werk())).GetAwaiter().GetResult();

    public Task MeetAsync(string fase, Func<Task> werk) => MeetAsync(fase, async () =>
    {
        await werk();
        return true;
    });

    public void Meld(TextWriter uit)
    {
        if (!aan)
        {
            return;
        }

        uit.WriteLine($"Profiel: {_totaal.Elapsed.TotalSeconds:0.000} s in totaal, {Stops} klokstops, "
            + $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.000} s ({System.Runtime.JitInfo.GetCompiledMethodCount()} methoden)");
        foreach (var (fase, (duur, jit, keer)) in _fasen)
        {
            uit.WriteLine($"  {fase,-24} {duur.TotalSeconds,8:0.000} s  {keer,6}×  JIT {jit.TotalSeconds,6:0.000} s");
        }
    }
}
