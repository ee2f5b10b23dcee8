using System.Net;
using System.Net.Mail;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>Bound from "Smtp" in configuration. No credentials in the repository: set them through the environment.</summary>
public sealed class SmtpOpties
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Poort { get; set; } = 1025;

    public bool Tls { get; set; }

    public string Afzender { get; set; } = "idcyclus@amsterdam.nl";

    public string AfzenderNaam { get; set; } = "IdCyclus — Bureau Inclusie en Diversiteit";

    public string? Gebruikersnaam { get; set; }

    public string? Wachtwoord { get; set; }

    public int TimeoutMs { get; set; } = 15000;
}

/// <summary>
/// Sends through System.Net.Mail (MailKit does not restore here). The message id is derived from the message's
/// idempotency key, so a receiver can recognise the rare duplicate after a crash between sending and recording it.
/// </summary>
public sealed class SmtpMailVerzender(IOptions<SmtpOpties> opties) : IMailVerzender
{
    public async Task VerzendAsync(Bericht bericht, CancellationToken cancellationToken)
    {
        var o = opties.Value;
        using var client = new SmtpClient(o.Host, o.Poort) { EnableSsl = o.Tls, Timeout = o.TimeoutMs, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.Gebruikersnaam))
        {
            client.Credentials = new NetworkCredential(o.Gebruikersnaam, o.Wachtwoord);
        }

        using var mail = new MailMessage(new MailAddress(o.Afzender, o.AfzenderNaam), new MailAddress(bericht.OntvangerAdres, bericht.OntvangerNaam))
        {
            Subject = bericht.Onderwerp,
            Body = bericht.Tekst,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Message-ID", $"<{bericht.Id:N}@idcyclus>");
        mail.Headers.Add("X-IdCyclus-Sleutel", bericht.Sleutel);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
