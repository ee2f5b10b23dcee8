using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>One round of background work: due timers, then the outbox, then mail. Each runs in its own scope.</summary>
public sealed class Verwerker(IServiceScopeFactory scopes)
{
    public const int Partij = 200;

    public async Task<(int Timers, int Outbox, int Mails)> RondeAsync(CancellationToken ct)
    {
        int timers, outbox, mails;
        await using (var scope = scopes.CreateAsyncScope())
        {
            timers = await scope.ServiceProvider.GetRequiredService<WorkflowMotor>().VuurAlleAsync(Partij, ct);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            outbox = await scope.ServiceProvider.GetRequiredService<OutboxBezorger>().BezorgAsync(Partij, ct);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            mails = await scope.ServiceProvider.GetRequiredService<Bezorger>().BezorgAsync(Partij, ct);
        }

        return (timers, outbox, mails);
    }
}
