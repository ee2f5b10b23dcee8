using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>Waiting until a host on a SQLite file has nothing left to do: no due timer, no queued mail, no open outbox event.</summary>
public static class Rust
{
    public static async Task<bool> HeeftInstantieAsync(string verbinding)
    {
        await using var db = Context(verbinding);
        return await db.Instanties.AnyAsync();
    }

    /// <param name="host">The host that should do the work: if it stops by itself, waiting is over and its output says why.</param>
    public static async Task WachtAsync(string verbinding, double maximaalSeconden = 180, HostProces? host = null)
    {
        var tot = DateTime.UtcNow.AddSeconds(maximaalSeconden);
        while (!await KlaarAsync(verbinding))
        {
            if (host?.Gestopt() is { } reden)
            {
                throw new InvalidOperationException($"Gewacht op alle timers en mail: {await OpenAsync(verbinding)}. {reden}");
            }

            if (DateTime.UtcNow > tot)
            {
                throw new TimeoutException($"Gewacht op alle timers en mail, langer dan {maximaalSeconden} s: {await OpenAsync(verbinding)}.");
            }

            await Task.Delay(200);
        }
    }

    private static async Task<string> OpenAsync(string verbinding)
    {
        await using var db = Context(verbinding);
        var nu = DateTime.UtcNow;
        return $"{await db.Timers.CountAsync(t => t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)} timer(s) verlopen, "
            + $"{await db.Berichten.CountAsync(b => b.Status == BerichtStatus.Wachtrij)} bericht(en) in de wachtrij, "
            + $"{await db.Outbox.CountAsync(o => o.VerwerktOpUtc == null)} outboxbericht(en) open";
    }

    private static async Task<bool> KlaarAsync(string verbinding)
    {
        await using var db = Context(verbinding);
        var nu = DateTime.UtcNow;
        return await db.Instanties.AnyAsync()
            && !await db.Timers.AnyAsync(t => t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
            && !await db.Berichten.AnyAsync(b => b.Status == BerichtStatus.Wachtrij)
            && !await db.Outbox.AnyAsync(o => o.VerwerktOpUtc == null);
    }

    private static WorkflowDbContext Context(string verbinding)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(DatabaseProvider.Sqlite, verbinding, WorkflowDbContext.Schema);
        return new WorkflowDbContext(builder.Options);
    }
}
