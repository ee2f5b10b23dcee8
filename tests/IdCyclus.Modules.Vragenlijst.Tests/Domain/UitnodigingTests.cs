using System.Text;
using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class UitnodigingTests
{
    private static readonly Guid Uid = Guid.Parse("3f2c1b6a-0d4e-4a59-9c1e-7b8a6d5e4f30");
    private static readonly DateTimeOffset Start = new(2024, 3, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Aangemaakt = new(2024, 2, 20, 9, 15, 30, TimeSpan.Zero);

    [Fact]
    public void De_uitnodiging_heeft_de_structuur_van_een_iCalendar_verzoek()
    {
        var ical = Maak("Vragenlijst I&D", "Graag een uur.", "Amstel 1");

        var regels = Ontvouwen(ical);
        Assert.Equal(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Gemeente Amsterdam//IdCyclus//NL",
                "CALSCALE:GREGORIAN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:3f2c1b6a-0d4e-4a59-9c1e-7b8a6d5e4f30@idcyclus",
                "DTSTAMP:20240220T091530Z",
                "DTSTART:20240312T090000Z",
                "DTEND:20240312T100000Z",
                "SUMMARY:Vragenlijst I&D",
                "DESCRIPTION:Graag een uur.",
                "LOCATION:Amstel 1",
                "ORGANIZER;CN=Aisha Bakker:mailto:a.bakker@amsterdam.nl",
                "ATTENDEE;CN=Sam de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:s.devries@amsterdam.nl",
                "ATTENDEE;CN=\"Jansen, Piet\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:p.jansen@amsterdam.nl",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR",
            ],
            regels);
    }

    [Fact]
    public void Zonder_locatie_ontbreekt_de_regel_LOCATION()
    {
        Assert.DoesNotContain(Ontvouwen(Maak("x", "y", null)), r => r.StartsWith("LOCATION", StringComparison.Ordinal));
    }

    [Fact]
    public void Elke_regel_eindigt_op_CRLF_en_er_is_geen_losse_LF_of_CR()
    {
        var ical = Maak("Interview", string.Join("\n", Enumerable.Repeat("Een lange regel met tekst om te vouwen.", 10)), "Amstel 1");

        Assert.EndsWith("\r\n", ical);
        Assert.Equal(ical.Split("\r\n").Length - 1, ical.Count(c => c == '\n'));
        Assert.Equal(ical.Count(c => c == '\r'), ical.Count(c => c == '\n'));
    }

    [Theory]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a,b", "a\\,b")]
    [InlineData("regel 1\nregel 2", "regel 1\\nregel 2")]
    [InlineData("regel 1\r\nregel 2", "regel 1\\nregel 2")]
    [InlineData("regel 1\rregel 2", "regel 1\\nregel 2")]
    [InlineData("a: b", "a: b")]
    public void Tekst_wordt_geescaped(string tekst, string verwacht)
    {
        var regels = Ontvouwen(Maak(tekst, tekst, tekst));

        Assert.Contains($"SUMMARY:{verwacht}", regels);
        Assert.Contains($"DESCRIPTION:{verwacht}", regels);
        Assert.Contains($"LOCATION:{verwacht}", regels);
    }

    [Fact]
    public void Een_lange_Nederlandse_tekst_wordt_gevouwen_op_75_octetten_zonder_een_teken_te_splitsen()
    {
        var omschrijving = string.Concat(Enumerable.Repeat("Een gesprek over de ideeën en het beleid van de directie; café om één uur. ", 8));

        var ical = Maak("Vragenlijst", omschrijving, null);

        var fysiek = ical.Split("\r\n")[..^1];
        Assert.Contains(fysiek, r => r.StartsWith(' '));
        Assert.All(fysiek, r => Assert.InRange(Encoding.UTF8.GetByteCount(r), 1, 75));
        Assert.All(fysiek, r => Assert.DoesNotContain('\uFFFD', r));
        var bytes = Encoding.UTF8.GetBytes(ical);
        Assert.Equal(ical, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Contains(fysiek, r => Encoding.UTF8.GetByteCount(r) is 74 or 75);
    }

    [Fact]
    public void Gevouwen_inhoud_komt_na_ontvouwen_en_unescapen_ongewijzigd_terug()
    {
        var omschrijving = "Beste collega,\nWe bespreken de vragenlijst; neem je actieplan mee.\nC:\\map\\plan.docx — één, twee, drie. " +
            string.Concat(Enumerable.Repeat("Ééntje ë ï ö ü € 😀 ", 20));

        var regels = Ontvouwen(Maak("Vragenlijst I&D 2024", omschrijving, null));

        var beschrijving = Assert.Single(regels, r => r.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Equal(omschrijving, Unescape(beschrijving["DESCRIPTION:".Length..]));
    }

    [Fact]
    public void Tijden_worden_in_UTC_geschreven_ook_in_de_zomertijd()
    {
        var zomer = new DateTimeOffset(2024, 7, 1, 14, 30, 0, TimeSpan.FromHours(2));

        var regels = Ontvouwen(Uitnodiging.Maak(Uid, zomer, TimeSpan.FromMinutes(90), "x", "y", null, ("A", "a@x.nl"), [], Aangemaakt));

        Assert.Contains("DTSTART:20240701T123000Z", regels);
        Assert.Contains("DTEND:20240701T140000Z", regels);
        Assert.DoesNotContain(regels, r => r.StartsWith("ATTENDEE", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_naam_met_aanhalingstekens_of_een_regeleinde_breekt_de_regel_niet()
    {
        var regels = Ontvouwen(Uitnodiging.Maak(Uid, Start, TimeSpan.FromHours(1), "x", "y", null, ("Kees \"de Baas\"\r\nX-EVIL:1", "k@x.nl"), [], Aangemaakt));

        Assert.Contains("ORGANIZER;CN=\"Kees de BaasX-EVIL:1\":mailto:k@x.nl", regels);
        Assert.DoesNotContain(regels, r => r.StartsWith("X-EVIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_duur_van_nul_is_een_programmeerfout()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Uitnodiging.Maak(Uid, Start, TimeSpan.Zero, "x", "y", null, ("A", "a@x.nl"), [], Aangemaakt));
    }

    [Fact]
    public void Een_emailadres_met_een_regeleinde_is_een_programmeerfout()
    {
        Assert.Throws<ArgumentException>(() => Uitnodiging.Maak(Uid, Start, TimeSpan.FromHours(1), "x", "y", null, ("A", "a@x.nl\r\nX:1"), [], Aangemaakt));
    }

    private static string Maak(string onderwerp, string omschrijving, string? locatie) => Uitnodiging.Maak(
        Uid,
        Start,
        TimeSpan.FromHours(1),
        onderwerp,
        omschrijving,
        locatie,
        ("Aisha Bakker", "a.bakker@amsterdam.nl"),
        [("Sam de Vries", "s.devries@amsterdam.nl"), ("Jansen, Piet", "p.jansen@amsterdam.nl")],
        Aangemaakt);

    /// <summary>Unfolding as RFC 5545 §3.1 defines it: a line break followed by one space or tab disappears.</summary>
    private static string[] Ontvouwen(string ical) =>
        ical.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).Split("\r\n")[..^1];

    private static string Unescape(string waarde)
    {
        var uit = new StringBuilder();
        for (var i = 0; i < waarde.Length; i++)
        {
            if (waarde[i] == '\\' && i + 1 < waarde.Length)
            {
                i++;
                uit.Append(waarde[i] is 'n' or 'N' ? '\n' : waarde[i]);
            }
            else
            {
                uit.Append(waarde[i]);
            }
        }

        return uit.ToString();
    }
}
