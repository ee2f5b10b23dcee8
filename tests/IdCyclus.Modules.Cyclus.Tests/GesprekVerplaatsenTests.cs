using Ical.Net;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Cyclus.Duidingsgesprekken;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>Moving a duidingsgesprek (ADR 0029): the stored fields read back with the new SEQUENCE, and the invitation keeps its UID.</summary>
public sealed class GesprekVerplaatsenTests
{
    private static readonly DateTimeOffset Nu = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Gespreksplanning Planning(string datum, string deelnemers, string? volgnummer = null)
    {
        var velden = new Dictionary<string, string?>
        {
            ["Datum"] = datum, ["Begintijd"] = "10:00", ["Eindtijd"] = "11:30", ["Locatie"] = "Stadhuis, kamer 2.14", ["Deelnemers"] = deelnemers,
            [Gespreksplanningregels.VolgnummerVeld] = volgnummer,
        };
        var (planning, fouten) = Gespreksplanningregels.Controleer(velden, Nu);
        Assert.Empty(fouten);
        return planning!;
    }

    private static string Ics(Gespreksplanning planning) => Agendabestand.Uitnodiging(new Agendapunt(
            "duidingsgesprek-0123@idcyclus.amsterdam.nl", "Duidingsgesprek", null, planning.Begin, planning.Eind, Locatie: planning.Locatie,
            Volgnummer: planning.Volgnummer, Organisator: new Agendapersoon("Anna Account", "a.account@amsterdam.nl"),
            Deelnemers: planning.Deelnemers.Select(d => new Agendapersoon(d, d)).ToList()),
        Nu);

    [Fact]
    public void Een_verplaatste_planning_leest_terug_met_haar_volgnummer_en_dezelfde_tijden()
    {
        var verplaatst = Planning("2024-12-05", "b@amsterdam.nl\na@amsterdam.nl") with { Volgnummer = 3 };

        var (terug, fouten) = Gespreksplanningregels.Controleer(verplaatst.Velden(), null);

        Assert.Empty(fouten);
        Assert.Equal(verplaatst.Begin, terug!.Begin);
        Assert.Equal(verplaatst.Eind, terug.Eind);
        Assert.Equal(3, terug.Volgnummer);
        Assert.Equal(["b@amsterdam.nl", "a@amsterdam.nl"], terug.Deelnemers);
        Assert.Equal(0, Planning("2024-12-05", "").Volgnummer);
    }

    [Fact]
    public void De_uitnodiging_na_verplaatsen_is_geldig_iCalendar_met_dezelfde_UID_een_hoger_SEQUENCE_en_de_nieuwe_tijd()
    {
        var eerst = Planning("2024-12-03", "a@amsterdam.nl");
        var daarna = Planning("2024-12-10", "a@amsterdam.nl\nb@amsterdam.nl", "1");

        var oud = Calendar.Load(Ics(eerst))!;
        var nieuw = Calendar.Load(Ics(daarna))!;

        Assert.Equal(("REQUEST", "REQUEST"), (oud.Method, nieuw.Method));
        var (a, b) = (oud.Events.Single(), nieuw.Events.Single());
        Assert.Equal(a.Uid, b.Uid);
        Assert.Equal((0, 1), (a.Sequence, b.Sequence));
        Assert.Equal(new DateTime(2024, 12, 10, 9, 0, 0), b.DtStart!.Value);
        Assert.Equal(["mailto:a@amsterdam.nl", "mailto:b@amsterdam.nl"], b.Attendees.Select(d => d.Value!.ToString()));
        Assert.Contains("SEQUENCE:1\r\n", Ics(daarna), StringComparison.Ordinal);
    }

    [Fact]
    public void Elk_fout_adres_wordt_genoemd_met_zijn_regel_en_bij_meer_adressen_op_een_regel_zijn_positie()
    {
        var velden = new Dictionary<string, string?>
        {
            ["Datum"] = "2024-12-03", ["Begintijd"] = "10:00", ["Eindtijd"] = "11:00", ["Locatie"] = "Teams",
            ["Deelnemers"] = "goed@amsterdam.nl\r\nfout-adres\r\n\r\nc@amsterdam.nl, ook fout; d@amsterdam.nl",
        };

        var (planning, fouten) = Gespreksplanningregels.Controleer(velden, Nu);

        Assert.Null(planning);
        Assert.Equal(
            [
                "Regel 2: ‘fout-adres’ is geen e-mailadres; zet één e-mailadres per regel, zoals naam@amsterdam.nl.",
                "Regel 4, adres 2: ‘ook fout’ is geen e-mailadres; zet één e-mailadres per regel, zoals naam@amsterdam.nl.",
            ],
            fouten.Where(f => f.Veld == "Deelnemers").Select(f => f.Melding));
    }
}
