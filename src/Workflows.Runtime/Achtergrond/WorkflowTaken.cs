using System.ComponentModel;
using Hangfire;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// The runtime's Hangfire jobs: due timers, the outbox and queued mail, each a recurring job every
/// <see cref="WorkflowOpties.Pollinterval"/> (default one second), and once a minute the starts of repeating definitions.
/// Hangfire is at-least-once and may run a job twice or on two hosts at once; the claims in the database
/// (docs/adr/0011-hangfire-als-trigger.md) and the unique start keys keep every effect single. A failed run is not
/// retried by Hangfire (the next trigger is near) and not kept, so the dashboard shows real incidents only.
/// </summary>
public sealed class WorkflowTaken(Verwerker verwerker, ILogger<WorkflowTaken> logger)
{
    public const string Timers = "workflow-timers";
    public const string Outbox = "workflow-outbox";
    public const string Mail = "workflow-mail";
    public const string Herhalingen = "workflow-herhalingen";

    /// <summary>How long one timer run stays awake, looking every <see cref="Kijkinterval"/> (docs/adr/0011).</summary>
    public static readonly TimeSpan Wakkerduur = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan Kijkinterval = TimeSpan.FromMilliseconds(250);

    [DisplayName("Workflow: verlopen timers vuren")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [KorteBewaartijd]
    public async Task TimersAsync(CancellationToken ct) =>
        Meld("timer(s) gevuurd", await verwerker.TimersWakkerAsync(Wakkerduur, Kijkinterval, ct));

    [DisplayName("Workflow: gebeurtenissen bezorgen")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [KorteBewaartijd]
    public async Task OutboxAsync(CancellationToken ct) => Meld("gebeurtenis(sen) bezorgd", await verwerker.OutboxAsync(ct));

    [DisplayName("Workflow: mail versturen")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [KorteBewaartijd]
    public async Task MailAsync(CancellationToken ct) => Meld("mail(s) verstuurd", await verwerker.MailsAsync(ct));

    [DisplayName("Workflow: herhaalde workflows starten")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [KorteBewaartijd]
    public async Task HerhalingenAsync(CancellationToken ct) => Meld("herhaalde workflow(s) gestart", await verwerker.HerhalingenAsync(ct));

    private void Meld(string wat, int aantal)
    {
        if (aantal > 0)
        {
            logger.LogInformation("Workflowronde: {Aantal} {Wat}", aantal, wat);
        }
    }
}
