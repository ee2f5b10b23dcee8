using System.Text;
using Ical.Net;
using IdCyclus.Modules.Cyclus.Agenda;

namespace IdCyclus.Modules.Cyclus.Tests;

public sealed class AgendabestandTests
{
    private static readonly DateTimeOffset Gemaakt = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Agendapunt Gesprek(int volgnummer = 0) => new(
        "duidingsgesprek-0123@idcyclus.amsterdam.nl",
        "Duidingsgesprek Voortgangsrapportage 2024 – Directie Innovatie en Informatievoorziening",
        "Duidingsgesprek over de sectie van de Voortgangsrapportage 2024, met Bureau Inclusie en Diversiteit. " +
        "Een lange omschrijving die zeker langer is dan vijfenzeventig octetten, met één ë en een ü om het vouwen te toetsen.",
        Begin: new DateTimeOffset(2024, 12, 3, 10, 0, 0, TimeSpan.FromHours(1)),
        Eind: new DateTimeOffset(2024, 12, 3, 11, 30, 0, TimeSpan.FromHours(1)),
        Locatie: "Stadhuis, kamer 2.14",
        Link: "https://idcyclus.example/duidingsgesprekken/0123",
        Volgnummer: volgnummer,
        Organisator: new Agendapersoon("Anna Account", "a.account@amsterdam.nl"),
        Deelnemers: [new Agendapersoon("Claire Cluster", "c.cluster@amsterdam.nl"), new Agendapersoon("s.staf@amsterdam.nl", "s.staf@amsterdam.nl")]);

    [Fact]
    public void Een_uitnodiging_leest_terug_met_methode_uid_volgnummer_tijden_in_UTC_organisator_en_deelnemers()
    {
        var ics = Agendabestand.Uitnodiging(Gesprek(volgnummer: 2), Gemaakt);

        var agenda = Calendar.Load(ics)!;
        Assert.Equal("REQUEST", agenda.Method);
        var gebeurtenis = Assert.Single(agenda.Events);
        Assert.Equal("duidingsgesprek-0123@idcyclus.amsterdam.nl", gebeurtenis.Uid);
        Assert.Equal(2, gebeurtenis.Sequence);
        Assert.Equal("Duidingsgesprek Voortgangsrapportage 2024 – Directie Innovatie en Informatievoorziening", gebeurtenis.Summary);
        Assert.True(gebeurtenis.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2024, 12, 3, 9, 0, 0), gebeurtenis.DtStart.Value);
        Assert.Equal(new DateTime(2024, 12, 3, 10, 30, 0), gebeurtenis.DtEnd!.Value);
        Assert.Equal("Stadhuis, kamer 2.14", gebeurtenis.Location);
        Assert.Equal("mailto:a.account@amsterdam.nl", gebeurtenis.Organizer!.Value!.ToString());
        Assert.Equal(["mailto:c.cluster@amsterdam.nl", "mailto:s.staf@amsterdam.nl"], gebeurtenis.Attendees.Select(a => a.Value!.ToString()));
        Assert.Contains("met één ë en een ü", gebeurtenis.Description, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20241203T090000Z", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Elke_regel_eindigt_op_CRLF_en_is_hoogstens_75_octetten_lange_regels_worden_gevouwen()
    {
        var ics = Agendabestand.Uitnodiging(Gesprek(), Gemaakt);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var regels = ics.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(regels, r => Assert.True(Encoding.UTF8.GetByteCount(r) <= 75, $"Te lang: {r}"));
        Assert.Contains(regels, r => r.StartsWith(' '));
        Assert.Equal("BEGIN:VCALENDAR", regels[0]);
        Assert.Equal("END:VCALENDAR", regels[^1]);
    }

    [Fact]
    public void Opnieuw_downloaden_geeft_dezelfde_uid_een_hoger_volgnummer_blijft_hoger()
    {
        var eerste = Calendar.Load(Agendabestand.Uitnodiging(Gesprek(0), Gemaakt))!.Events.Single();
        var tweede = Calendar.Load(Agendabestand.Uitnodiging(Gesprek(0), Gemaakt.AddDays(1)))!.Events.Single();
        var verplaatst = Calendar.Load(Agendabestand.Uitnodiging(Gesprek(1), Gemaakt.AddDays(2)))!.Events.Single();

        Assert.Equal(eerste.Uid, tweede.Uid);
        Assert.Equal(eerste.Sequence, tweede.Sequence);
        Assert.True(verplaatst.Sequence > eerste.Sequence);
    }

    [Fact]
    public void Een_feed_publiceert_deadlines_als_hele_dag_met_het_einde_op_de_volgende_dag()
    {
        var deadline = new Agendapunt(
            "taak-1@idcyclus.amsterdam.nl", "Deadline: Plan het duidingsgesprek (DII)", "Uiterlijk 17:00.", Dag: new DateOnly(2024, 12, 13));

        var ics = Agendabestand.Feed("IdCyclus – Anna Account", [deadline, Gesprek()], Gemaakt);

        var agenda = Calendar.Load(ics)!;
        Assert.Equal("PUBLISH", agenda.Method);
        Assert.Contains("X-WR-CALNAME:IdCyclus – Anna Account", ics, StringComparison.Ordinal);
        var dag = agenda.Events.Single(e => e.Uid == "taak-1@idcyclus.amsterdam.nl");
        Assert.True(dag.IsAllDay);
        Assert.Equal(new DateOnly(2024, 12, 13), dag.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 12, 14), dag.DtEnd!.Date);
        Assert.Contains("DTSTART;VALUE=DATE:20241213", ics, StringComparison.Ordinal);
        Assert.Equal(2, agenda.Events.Count);
    }

    [Fact]
    public void Een_uitnodiging_zonder_organisator_of_tijd_is_een_programmeerfout()
    {
        Assert.Throws<ArgumentException>(() => Agendabestand.Uitnodiging(Gesprek() with { Organisator = null }, Gemaakt));
        Assert.Throws<ArgumentException>(() => Agendabestand.Uitnodiging(Gesprek() with { Begin = null }, Gemaakt));
    }
}
