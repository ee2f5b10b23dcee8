using System.Diagnostics;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Test hook for the crash matrix (tests/IdCyclus.Tests.Duurzaamheid/CrashmatrixTests.cs). With the environment
/// variable <c>IDCYCLUS_CRASHPUNT=naam:k</c> the process kills itself with SIGKILL — no shutdown, no flush, as a pulled
/// plug — the k-th time it reaches the named point. Without it (always, outside that test) a point is one null check.
/// The points sit exactly where a crash hurts most: between an external effect and recording it, and inside open
/// transactions.
/// </summary>
internal static class Crashpunt
{
    public const string Variabele = "IDCYCLUS_CRASHPUNT";

    private static readonly (string Naam, int Keer)? Doel = Lees(Environment.GetEnvironmentVariable(Variabele));
    private static int _bereikt;

    public static void Bereikt(string naam)
    {
        if (Doel is not { } doel || doel.Naam != naam || Interlocked.Increment(ref _bereikt) != doel.Keer)
        {
            return;
        }

        Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? Lees(string? waarde) =>
        waarde?.Split(':') is [var naam, var keer] && int.TryParse(keer, out var k) ? (naam, k) : null;
}
