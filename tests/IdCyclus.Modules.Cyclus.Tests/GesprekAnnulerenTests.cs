using Ical.Net;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Cyclus.Duidingsgesprekken;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>
/// Cancelling a duidingsgesprek (ADR 0027): the reason is stored with the planning and reads back, a form cannot cancel
/// by sending the field along, and the cancellation is valid iCalendar (METHOD:CANCEL, same UID, SEQUENCE one higher).
/// </summary>
public sealed class GesprekAnnulerenTests
{
    private static readonly DateTimeOffset Nu = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string Uid = "duidingsgesprek-0123@idcyclus.amsterdam.nl";

    private static Dictionary<string, string?> Velden(string? annulering = null) => new()
    {
        ["Datum"] = "2024-12-03", ["Begintijd"] = "10:00", ["Eindtijd"] = "11:30", ["Locatie"] = "Stadhuis", ["Deelnemers"] = "a@amsterdam.nl",
        [Gespreksplanningregels.AnnuleringVeld] = annulering,
    };

    private static Agendapunt Punt(Gespreksplanning planning) => new(
        Uid, "Duidingsgesprek", null, planning.Begin, planning.Eind, Locatie: planning.Locatie, Volgnummer: planning.Volgnummer,
        Organisator: new Agendapersoon("Anna Account", "a.account@amsterdam.nl"),
        Deelnemers: [new Agendapersoon("Clara Cluster", "c.cluster@amsterdam.nl"), new Agendapersoon("a@amsterdam.nl", "a@amsterdam.nl")],
        Geannuleerd: planning.IsGeannuleerd);

    [Fact]
    public void Een_geannuleerde_planning_leest_terug_met_reden_en_volgnummer_en_houdt_haar_gegevens()
    {
        var gepland = Gespreksplanningregels.Controleer(Velden(), Nu).Planning!;
        var geannuleerd = gepland with { Volgnummer = 1, Annulering = "De clusterdirecteur is ziek." };

        var (terug, fouten) = Gespreksplanningregels.Controleer(geannuleerd.Velden(), null);

        Assert.Empty(fouten);
        Assert.Equal(("De clusterdirecteur is ziek.", 1, true), (terug!.Annulering, terug.Volgnummer, terug.IsGeannuleerd));
        Assert.Equal((gepland.Begin, gepland.Locatie), (terug.Begin, terug.Locatie));
        Assert.False(gepland.Velden().ContainsKey(Gespreksplanningregels.AnnuleringVeld));
    }

    [Fact]
    public void Een_formulier_dat_het_annuleringsveld_meestuurt_plant_een_gewoon_gesprek()
    {
        var (planning, fouten) = Gespreksplanningregels.Controleer(Velden("stiekem"), Nu);

        Assert.Empty(fouten);
        Assert.False(planning!.IsGeannuleerd);
    }

    [Fact]
    public void De_afzegging_is_geldig_iCalendar_met_METHOD_CANCEL_dezelfde_UID_en_een_hoger_SEQUENCE()
    {
        var gepland = Gespreksplanningregels.Controleer(Velden(), Nu).Planning!;
        var geannuleerd = gepland with { Volgnummer = 1, Annulering = "Gaat niet door." };

        var tekst = Agendabestand.Uitnodiging(Punt(geannuleerd), Nu);
        var uitnodiging = Calendar.Load(Agendabestand.Uitnodiging(Punt(gepland), Nu))!;
        var afzegging = Calendar.Load(tekst)!;

        Assert.Equal(("REQUEST", "CANCEL"), (uitnodiging.Method, afzegging.Method));
        var (a, b) = (uitnodiging.Events.Single(), afzegging.Events.Single());
        Assert.Equal((Uid, Uid), (a.Uid, b.Uid));
        Assert.Equal((0, 1), (a.Sequence, b.Sequence));
        Assert.Equal(("CONFIRMED", "CANCELLED"), (a.Status, b.Status));
        Assert.Equal(a.DtStart, b.DtStart);
        Assert.Equal(["mailto:c.cluster@amsterdam.nl", "mailto:a@amsterdam.nl"], b.Attendees.Select(d => d.Value!.ToString()));
        Assert.Contains("METHOD:CANCEL\r\n", tekst, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED\r\n", tekst, StringComparison.Ordinal);
        Assert.Equal(("REQUEST", "CANCEL"), (Agendabestand.Methode(Punt(gepland)), Agendabestand.Methode(Punt(geannuleerd))));
    }
}
