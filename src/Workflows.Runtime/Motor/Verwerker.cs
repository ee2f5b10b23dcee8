using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// The background work of the runtime in three steps: due timers, the outbox, queued mail. Each step runs in its own
/// scope. The Hangfire jobs (<see cref="Achtergrond.WorkflowTaken"/>) run one step each; <c>simulate</c> and tests run
/// a whole <see cref="RondeAsync"/> on their own clock.
/// </summary>
public sealed class Verwerker(IServiceScopeFactory scopes)
{
    public const int Partij = 200;

    // One runner per step per process: a step that is still busy (a slow SMTP server) makes the next trigger a no-op
    // instead of a second, parallel sender. Across hosts the claims in the database keep every effect single.
    private readonly SemaphoreSlim _timers = new(1, 1);
    private readonly SemaphoreSlim _outbox = new(1, 1);
    private readonly SemaphoreSlim _mails = new(1, 1);
    private readonly SemaphoreSlim _herhalingen = new(1, 1);

    public async Task<(int Timers, int Outbox, int Mails)> RondeAsync(CancellationToken ct)
    {
        var timers = await TimersAsync(ct);
        var outbox = await OutboxAsync(ct);
        var mails = await MailsAsync(ct);
        return (timers, outbox, mails);
    }

    /// <summary>Fires due timers; 0 when another run of this step is still busy in this process.</summary>
    public Task<int> TimersAsync(CancellationToken ct) =>
        AlleenAsync(_timers, s => s.GetRequiredService<WorkflowMotor>().VuurAlleAsync(Partij, ct));

    /// <summary>
    /// Keeps firing due timers for <paramref name="duur"/>, looking every <paramref name="interval"/>: the Hangfire job
    /// that calls this every second then always has one run awake per host, so a timer's delay is about one interval
    /// and does not depend on how quickly Hangfire schedules and fetches the next job.
    /// </summary>
    public Task<int> TimersWakkerAsync(TimeSpan duur, TimeSpan interval, CancellationToken ct) =>
        AlleenAsync(_timers, async s =>
        {
            var motor = s.GetRequiredService<WorkflowMotor>();
            // Elapsed time, not the clock: the timers themselves are judged by the injected TimeProvider.
            var wakker = Stopwatch.StartNew();
            var gevuurd = 0;
            while (!ct.IsCancellationRequested)
            {
                gevuurd += await motor.VuurAlleAsync(Partij, ct);
                if (wakker.Elapsed + interval > duur)
                {
                    return gevuurd;
                }

                await Task.Delay(interval, ct);
            }

            return gevuurd;
        });

    public Task<int> OutboxAsync(CancellationToken ct) =>
        AlleenAsync(_outbox, s => s.GetRequiredService<OutboxBezorger>().BezorgAsync(Partij, ct));

    public Task<int> MailsAsync(CancellationToken ct) =>
        AlleenAsync(_mails, s => s.GetRequiredService<Bezorger>().BezorgAsync(Partij, ct));

    /// <summary>Starts the repeating definitions whose period has begun (not part of <see cref="RondeAsync"/>: see docs/modules/workflows.md).</summary>
    public Task<int> HerhalingenAsync(CancellationToken ct) =>
        AlleenAsync(_herhalingen, s => s.GetRequiredService<HerhaaldeStarts>().StartAsync(ct));

    private async Task<int> AlleenAsync(SemaphoreSlim slot, Func<IServiceProvider, Task<int>> stap)
    {
        if (!await slot.WaitAsync(TimeSpan.Zero))
        {
            return 0;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await stap(scope.ServiceProvider);
        }
        finally
        {
            slot.Release();
        }
    }
}
