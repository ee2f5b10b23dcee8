using IdCyclus.Workflows.Runtime.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpBeveiliging
{
    /// <summary>Plain SMTP: only for a mail catcher on the same machine.</summary>
    Geen,

    /// <summary>STARTTLS when the server offers it, else plain (MailKit's StartTlsWhenAvailable).</summary>
    StartTlsAlsMogelijk,

    /// <summary>STARTTLS required: sending fails when the server does not offer it (submission, port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    Ssl,
}

/// <summary>Bound from "Smtp" in configuration. No credentials in the repository: set them through the environment.</summary>
public sealed class SmtpOpties
{
    public const string Sectie = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Poort { get; set; } = 1025;

    public SmtpBeveiliging Beveiliging { get; set; } = SmtpBeveiliging.StartTlsAlsMogelijk;

    public string Afzender { get; set; } = "idcyclus@amsterdam.nl";

    public string AfzenderNaam { get; set; } = "IdCyclus — Bureau Inclusie en Diversiteit";

    /// <summary>Without a user name there is no authentication.</summary>
    public string? Gebruikersnaam { get; set; }

    public string? Wachtwoord { get; set; }

    /// <summary>Per network step (connect, authenticate, each command of the send): a hanging server fails the attempt.</summary>
    public int TimeoutMs { get; set; } = 15000;
}

/// <summary>
/// Sends through MailKit: one connection per message, secured and authenticated as configured. The message itself
/// (both parts, the stable Message-ID) is made by <see cref="MailOpmaak"/>. Any failure throws, and the runtime retries.
/// </summary>
internal sealed class SmtpMailVerzender(IOptions<SmtpOpties> opties) : IMailVerzender
{
    public async Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken)
    {
        var o = opties.Value;
        using var mail = MailOpmaak.Maak(bericht, o);
        using var client = new SmtpClient { Timeout = o.TimeoutMs };
        await client.ConnectAsync(o.Host, o.Poort, Socketopties(o.Beveiliging), cancellationToken);
        if (!string.IsNullOrEmpty(o.Gebruikersnaam))
        {
            await client.AuthenticateAsync(o.Gebruikersnaam, o.Wachtwoord ?? "", cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Socketopties(SmtpBeveiliging beveiliging) => beveiliging switch
    {
        SmtpBeveiliging.Geen => SecureSocketOptions.None,
        SmtpBeveiliging.StartTls => SecureSocketOptions.StartTls,
        SmtpBeveiliging.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
