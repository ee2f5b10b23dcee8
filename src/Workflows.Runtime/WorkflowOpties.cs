namespace IdCyclus.Workflows.Runtime;

/// <summary>Bound from "Workflows" in configuration.</summary>
public sealed class WorkflowOpties
{
    public const string Sectie = "Workflows";

    /// <summary>After this many failed attempts a mail goes to the dead-letter state ("Mislukt") for Bureau to retry.</summary>
    public int MaxPogingen { get; set; } = 6;

    /// <summary>First retry delay; doubles per attempt (1, 2, 4, 8 … minutes).</summary>
    public TimeSpan EersteWachttijd { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a host holds a claimed mail before another host may try it (a crash mid-send).</summary>
    public TimeSpan Claimduur { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the Hangfire jobs look for due timers, outbox events and queued mails (whole seconds).</summary>
    public TimeSpan Pollinterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the host starts repeating definitions (<c>opties.herhaling</c>) by itself. On by default; test hosts that
    /// compare histories with a reference run turn it off, as may an installation where Bureau starts every period by hand.
    /// </summary>
    public bool Herhalingen { get; set; } = true;

    /// <summary>
    /// Whether this process runs the Hangfire servers that fire timers and deliver the outbox and mail. Off, the storage
    /// stays registered (the dashboard and <c>IAchtergrondTaken</c> still work) but nothing fires unless code calls
    /// <see cref="Motor.Verwerker.RondeAsync"/>: the tests, <c>simulate</c> and the one-off verbs do that on their own clock.
    /// </summary>
    public bool AchtergrondVerwerking { get; set; } = true;

    /// <summary>Base address for links in mails, e.g. https://idcyclus.amsterdam.nl.</summary>
    public string BasisUrl { get; set; } = "http://localhost:5080";
}
