using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace IdCyclus.Modules.Cyclus.Agenda;

/// <summary>A person in an invitation: the name shows in Outlook, the address is what the calendar matches on.</summary>
internal sealed record Agendapersoon(string Naam, string Email);

/// <summary>
/// One calendar item. Either a timed appointment (<see cref="Begin"/>/<see cref="Eind"/>) or an all-day item on
/// <see cref="Dag"/> (a deadline). <see cref="Uid"/> stays the same for the same thing, so a calendar replaces the item
/// instead of adding a second one; <see cref="Volgnummer"/> (SEQUENCE) goes up when it is planned again.
/// <see cref="Geannuleerd"/>: the appointment is called off (STATUS:CANCELLED), its invitation a METHOD:CANCEL.
/// </summary>
internal sealed record Agendapunt(
    string Uid,
    string Titel,
    string? Omschrijving,
    DateTimeOffset? Begin = null,
    DateTimeOffset? Eind = null,
    DateOnly? Dag = null,
    string? Locatie = null,
    string? Link = null,
    int Volgnummer = 0,
    Agendapersoon? Organisator = null,
    IReadOnlyList<Agendapersoon>? Deelnemers = null,
    bool Geannuleerd = false);

/// <summary>
/// The one place that writes iCalendar (RFC 5545) for IdCyclus: the invitation to a duidingsgesprek and the personal
/// calendar feed. Times are written in UTC (the 'Z' form), which every calendar reads without a VTIMEZONE; Ical.Net
/// folds long lines at 75 octets and ends every line with CRLF.
/// </summary>
internal static class Agendabestand
{
    public const string MediaType = "text/calendar; charset=utf-8";

    private const string Product = "-//Gemeente Amsterdam//IdCyclus//NL";

    /// <summary>
    /// An invitation (METHOD:REQUEST) with one appointment, its organizer and attendees; for a cancelled appointment its
    /// cancellation (METHOD:CANCEL, STATUS:CANCELLED, same UID, the SEQUENCE it was cancelled with), as RFC 5546 wants.
    /// </summary>
    public static string Uitnodiging(Agendapunt punt, DateTimeOffset gemaaktOp)
    {
        if (punt.Begin is null || punt.Eind is null || punt.Organisator is null)
        {
            throw new ArgumentException("Een uitnodiging heeft een begin, een einde en een organisator.", nameof(punt));
        }

        return Schrijf(Methode(punt), null, [punt], gemaaktOp);
    }

    /// <summary>The iTIP method of this appointment's invitation, also for the mail part's content type.</summary>
    public static string Methode(Agendapunt punt) => punt.Geannuleerd ? "CANCEL" : "REQUEST";

    /// <summary>A feed (METHOD:PUBLISH) a calendar subscribes to; the name shows as the calendar's name in Outlook.</summary>
    public static string Feed(string naam, IEnumerable<Agendapunt> punten, DateTimeOffset gemaaktOp) => Schrijf("PUBLISH", naam, punten, gemaaktOp);

    private static string Schrijf(string methode, string? naam, IEnumerable<Agendapunt> punten, DateTimeOffset gemaaktOp)
    {
        var agenda = new Calendar { ProductId = Product, Method = methode };
        if (naam is not null)
        {
            agenda.AddProperty("X-WR-CALNAME", naam);
        }

        foreach (var punt in punten)
        {
            agenda.Events.Add(Gebeurtenis(punt, gemaaktOp));
        }

        return new CalendarSerializer().SerializeToString(agenda) ?? throw new InvalidOperationException("De agenda kon niet worden geschreven.");
    }

    private static CalendarEvent Gebeurtenis(Agendapunt punt, DateTimeOffset gemaaktOp)
    {
        var gebeurtenis = new CalendarEvent
        {
            Uid = punt.Uid,
            Sequence = punt.Volgnummer,
            Summary = punt.Titel,
            Description = punt.Omschrijving,
            Location = punt.Locatie,
            DtStamp = Utc(gemaaktOp),
            Status = punt.Geannuleerd ? "CANCELLED" : "CONFIRMED",
        };
        if (punt.Dag is { } dag)
        {
            // An all-day item: DTSTART;VALUE=DATE, and the end is the next day (exclusive), as RFC 5545 says.
            gebeurtenis.DtStart = new CalDateTime(dag);
            gebeurtenis.DtEnd = new CalDateTime(dag.AddDays(1));
            gebeurtenis.Transparency = "TRANSPARENT";
        }
        else
        {
            gebeurtenis.DtStart = Utc(punt.Begin ?? throw new ArgumentException("Een afspraak zonder dag heeft een begin.", nameof(punt)));
            gebeurtenis.DtEnd = Utc(punt.Eind ?? punt.Begin.Value.AddHours(1));
        }

        if (punt.Link is not null)
        {
            gebeurtenis.Url = new Uri(punt.Link, UriKind.Absolute);
        }

        if (punt.Organisator is { } organisator)
        {
            gebeurtenis.Organizer = new Organizer($"mailto:{organisator.Email}") { CommonName = organisator.Naam };
        }

        foreach (var deelnemer in punt.Deelnemers ?? [])
        {
            gebeurtenis.Attendees.Add(new Attendee($"mailto:{deelnemer.Email}")
            {
                CommonName = deelnemer.Naam, Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true,
            });
        }

        return gebeurtenis;
    }

    private static CalDateTime Utc(DateTimeOffset moment) => new(moment.UtcDateTime, "UTC", true);
}
