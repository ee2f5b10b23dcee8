using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Runs a <see cref="Verwerker"/> round every poll interval. Exactly-once does not depend on this loop: every timer,
/// mail and outbox row is claimed in the database, so several hosts may poll the same database safely.
/// </summary>
public sealed class Poller(Verwerker verwerker, TimeProvider klok, IOptions<WorkflowOpties> opties, ILogger<Poller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(opties.Value.Pollinterval, klok);
        do
        {
            try
            {
                var (timers, outbox, mails) = await verwerker.RondeAsync(stoppingToken);
                if (timers + outbox + mails > 0)
                {
                    logger.LogInformation("Workflowronde: {Timers} timer(s), {Outbox} gebeurtenis(sen), {Mails} mail(s)", timers, outbox, mails);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Workflowronde mislukt; volgende ronde probeert het opnieuw");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
