using Quartz;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// The Quartz.NET job that runs a <see cref="Verwerker"/> round: due timers, the outbox, queued mail. Quartz's
/// persistent (and on PostgreSQL clustered) store makes sure the trigger survives restarts and fires on one node at a
/// time; exactly-once itself never depends on that, because every timer, mail and outbox row is claimed in the
/// database (see docs/modules/workflows.md).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WorkflowRondeJob(Verwerker verwerker, Microsoft.Extensions.Logging.ILogger<WorkflowRondeJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (timers, outbox, mails) = await verwerker.RondeAsync(cancellationToken);
        if (timers + outbox + mails > 0)
        {
            Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger,
                "Workflowronde: {Timers} timer(s), {Outbox} gebeurtenis(sen), {Mails} mail(s)", timers, outbox, mails);
        }
    }
}
