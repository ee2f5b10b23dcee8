using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// Registers (idempotently, on every host) the runtime's recurring jobs. Hangfire stores them in the database, so two
/// hosts share one schedule and each tick creates one job, whichever host picks it up.
/// </summary>
internal sealed class Achtergrondplanning(IRecurringJobManager planning, IOptions<WorkflowOpties> opties) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var cron = Cron(opties.Value.Pollinterval);
        var wachtrij = HangfireRegistratie.WorkflowWachtrij;
        planning.AddOrUpdate<WorkflowTaken>(WorkflowTaken.Timers, wachtrij, t => t.TimersAsync(CancellationToken.None), cron);
        planning.AddOrUpdate<WorkflowTaken>(WorkflowTaken.Outbox, wachtrij, t => t.OutboxAsync(CancellationToken.None), cron);
        planning.AddOrUpdate<WorkflowTaken>(WorkflowTaken.Mail, wachtrij, t => t.MailAsync(CancellationToken.None), cron);
        if (opties.Value.Herhalingen)
        {
            // A period starts at most once a month; a minute late is early enough, and keeps this query rare.
            planning.AddOrUpdate<WorkflowTaken>(WorkflowTaken.Herhalingen, wachtrij, t => t.HerhalingenAsync(CancellationToken.None), "* * * * *");
        }
        else
        {
            // The schedule lives in the database: switching the option off must also remove an earlier registration.
            planning.RemoveIfExists(WorkflowTaken.Herhalingen);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A cron expression with a seconds field (Hangfire 1.8 reads six fields) for an interval of whole seconds.</summary>
    internal static string Cron(TimeSpan interval)
    {
        var seconden = (int)Math.Round(interval.TotalSeconds);
        return seconden switch
        {
            <= 1 => "* * * * * *",
            < 60 => $"*/{seconden} * * * * *",
            _ => $"*/{Math.Max(1, seconden / 60)} * * * *",
        };
    }
}
