using System.Net;
using System.Security.Cryptography;
using System.Text;
using IdCyclus.Workflows.Runtime.Persistence;
using MimeKit;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Turns a queued <see cref="WorkflowBericht"/> into the MIME message that goes out: multipart/alternative with the stored plain
/// text and an HTML rendering of that same text (inside multipart/mixed with the attachment, when it has one). The HTML
/// knows no domain words: it is the stored text, paragraph by paragraph, under the subject as heading, so both parts
/// always say the same thing.
/// </summary>
internal static class MailOpmaak
{
    // Amsterdam Design System tokens (@amsterdam/design-system-tokens 4.4.0): mail clients ignore stylesheets and
    // web fonts often, so the values are inlined and Arial is the fallback the City's own font falls back to.
    private const string Lettertype = "'Amsterdam Sans', Arial, sans-serif";
    private const string Tekstkleur = "#202020";
    private const string Linkkleur = "#004699";
    private const string Huiskleur = "#ec0000";
    private const string Scheidingskleur = "#d1d1d1";

    public static MimeMessage Maak(WorkflowBericht bericht, SmtpOpties opties)
    {
        var mail = new MimeMessage
        {
            Subject = bericht.Onderwerp,
            MessageId = BerichtId(bericht.Sleutel, opties.Afzender),
            // The moment the message was queued, not the moment of this attempt: a resend is byte-for-byte the same mail.
            Date = new DateTimeOffset(DateTime.SpecifyKind(bericht.AangemaaktOpUtc, DateTimeKind.Utc)),
        };
        mail.From.Add(new MailboxAddress(opties.AfzenderNaam, opties.Afzender));
        mail.To.Add(new MailboxAddress(bericht.OntvangerNaam, bericht.OntvangerAdres));
        mail.Headers.Add(Sleutelkop(bericht.Sleutel));
        var inhoud = new BodyBuilder { TextBody = bericht.Tekst, HtmlBody = Html(bericht, opties.AfzenderNaam) };
        if (bericht.Bijlage is { } bijlage)
        {
            // The type keeps its parameters (text/calendar; method=REQUEST|CANCEL): Outlook offers the invitation from it.
            inhoud.Attachments.Add(bijlage.Naam, Encoding.UTF8.GetBytes(bijlage.Inhoud), ContentType.Parse(bijlage.Inhoudstype));
        }

        mail.Body = inhoud.ToMessageBody();
        return mail;
    }

    /// <summary>
    /// The Message-ID (without angle brackets) of the message with this idempotency key: a hash of the key at the
    /// sender's domain. The same key always gives the same id, so a mail sent again after a crash is recognisably the
    /// same mail (mail clients and the durability tests group on it).
    /// </summary>
    public static string BerichtId(string sleutel, string afzender)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)))[..32];
        var apenstaart = afzender.LastIndexOf('@');
        var domein = apenstaart >= 0 && apenstaart < afzender.Length - 1 ? afzender[(apenstaart + 1)..] : "idcyclus.local";
        return $"{hash}@{domein}";
    }

    /// <summary>
    /// The idempotency key as a header of its own, written as is: MimeKit would otherwise encode a key longer than a
    /// line as RFC 2047 words, and whoever checks delivery (the durability tests' SMTP listener) reads it from one line.
    /// The key holds only ASCII letters, digits, ':' and '-'.
    /// </summary>
    private static Header Sleutelkop(string sleutel)
    {
        var kop = new Header("X-IdCyclus-Sleutel", sleutel);
        kop.SetRawValue(Encoding.ASCII.GetBytes($" {sleutel}\r\n"));
        return kop;
    }

    /// <summary>
    /// The HTML part: lang="nl", the subject as the one h1, each paragraph of the text as a p (line breaks kept), and
    /// the message's link as a real link. A paragraph "Label: URL" becomes a link with the label as its text, so a
    /// screen reader announces what it opens instead of an address. No images: it reads the same with images blocked.
    /// </summary>
    public static string Html(WorkflowBericht bericht, string afzenderNaam)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Codeer(bericht.Onderwerp)).Append("</title>\n</head>\n")
            .Append($"<body style=\"margin:0;padding:0;background:#ffffff;color:{Tekstkleur};font-family:{Lettertype};font-size:18px;line-height:1.6\">\n")
            .Append("<div style=\"max-width:40rem;margin:0 auto;padding:24px\">\n")
            .Append($"<p style=\"margin:0 0 24px;padding-bottom:12px;border-bottom:4px solid {Huiskleur};font-weight:700\">")
            .Append(Codeer(afzenderNaam)).Append("</p>\n")
            .Append("<h1 style=\"font-size:28px;line-height:1.3;margin:0 0 24px\">").Append(Codeer(bericht.Onderwerp)).Append("</h1>\n");
        foreach (var alinea in Alineas(bericht.Tekst))
        {
            html.Append("<p style=\"margin:0 0 16px\">").Append(Alinea(alinea, bericht.Link)).Append("</p>\n");
        }

        html.Append($"<hr style=\"border:0;border-top:1px solid {Scheidingskleur};margin:32px 0 0\">\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<string> Alineas(string tekst) =>
        tekst.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Alinea(string alinea, string? link)
    {
        if (string.IsNullOrEmpty(link) || !alinea.Contains(link, StringComparison.Ordinal))
        {
            return Regels(alinea);
        }

        var positie = alinea.IndexOf(link, StringComparison.Ordinal);
        var ervoor = alinea[..positie].TrimEnd();
        var erna = alinea[(positie + link.Length)..];
        var href = Codeer(link);
        if (ervoor.EndsWith(':') && erna.Trim() is "" or ".")
        {
            // "Open de taak … in IdCyclus: https://…" → the label is the link text.
            var regelStart = ervoor.LastIndexOf('\n') + 1;
            var label = ervoor[regelStart..^1].Trim();
            return Regels(ervoor[..regelStart]) + $"<a href=\"{href}\" style=\"color:{Linkkleur};text-decoration:underline\">{Codeer(label)}</a>";
        }

        return Regels(alinea[..positie]) + $"<a href=\"{href}\" style=\"color:{Linkkleur};text-decoration:underline\">{href}</a>" + Regels(erna);
    }

    private static string Regels(string tekst) => string.Join("<br>\n", tekst.Split('\n').Select(Codeer));

    private static string Codeer(string tekst) => WebUtility.HtmlEncode(tekst);
}
