using System.Globalization;
using System.Text;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// The interview invitation the accounthouder sends, as an iCalendar request (RFC 5545) that Outlook and other
/// agendas accept as a meeting: a mail with only a date in the text is too easy to forget.
/// </summary>
internal static class Uitnodiging
{
    private const int MaxOctetten = 75;
    private const string Regeleinde = "\r\n";

    public static string Maak(
        Guid uid,
        DateTimeOffset start,
        TimeSpan duur,
        string onderwerp,
        string omschrijving,
        string? locatie,
        (string Naam, string Email) organisator,
        IEnumerable<(string Naam, string Email)> deelnemers,
        DateTimeOffset aangemaakt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duur, TimeSpan.Zero);

        var regels = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Gemeente Amsterdam//IdCyclus//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            $"UID:{uid:D}@idcyclus",
            $"DTSTAMP:{Utc(aangemaakt)}",
            $"DTSTART:{Utc(start)}",
            $"DTEND:{Utc(start + duur)}",
            $"SUMMARY:{Tekst(onderwerp)}",
            $"DESCRIPTION:{Tekst(omschrijving)}",
        };
        if (!string.IsNullOrWhiteSpace(locatie))
        {
            regels.Add($"LOCATION:{Tekst(locatie)}");
        }

        regels.Add($"ORGANIZER;CN={Parameter(organisator.Naam)}:mailto:{Adres(organisator.Email)}");
        foreach (var (naam, email) in deelnemers)
        {
            regels.Add($"ATTENDEE;CN={Parameter(naam)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{Adres(email)}");
        }

        regels.Add("SEQUENCE:0");
        regels.Add("STATUS:CONFIRMED");
        regels.Add("END:VEVENT");
        regels.Add("END:VCALENDAR");

        var resultaat = new StringBuilder();
        foreach (var regel in regels)
        {
            Vouw(regel, resultaat);
        }

        return resultaat.ToString();
    }

    private static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 §3.3.11); every kind of line break becomes \n so no value can start a property.</summary>
    private static string Tekst(string waarde) => waarde
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// A parameter value cannot be escaped, only quoted, and may not hold a double quote or control characters
    /// (§3.2): those are dropped rather than let a name break the line.
    /// </summary>
    private static string Parameter(string waarde)
    {
        var schoon = new string(waarde.Where(c => c != '"' && !char.IsControl(c)).ToArray()).Trim();
        return schoon.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{schoon}\"" : schoon;
    }

    private static string Adres(string email)
    {
        var adres = email.Trim();
        if (adres.Length == 0 || adres.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"'{email}' is not a usable e-mail address for an invitation.", nameof(email));
        }

        return adres;
    }

    /// <summary>
    /// Folds at 75 octets of UTF-8 (§3.1). Cuts fall between whole characters (runes), so é or ë is never split
    /// across lines, which some clients would show as garbage.
    /// </summary>
    private static void Vouw(string regel, StringBuilder uit)
    {
        var ruimte = MaxOctetten;
        foreach (var teken in regel.EnumerateRunes())
        {
            var lengte = teken.Utf8SequenceLength;
            if (lengte > ruimte)
            {
                uit.Append(Regeleinde).Append(' ');
                ruimte = MaxOctetten - 1;
            }

            uit.Append(teken.ToString());
            ruimte -= lengte;
        }

        uit.Append(Regeleinde);
    }
}
