using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// The shipped simulation of the whole 2025 cycle, February to December (the template's 2025 dates, working days on):
/// late accounthouders, a trekker who never confirms, a directeur who appoints a trekker only after the escalation, an
/// accounthouder who never plans the duidingsgesprek, a clusterdirecteur who never discusses the outcome with the
/// directeuren, agreements from a duidingsgesprek (one met after its escalation, one never), action plans delivered late. The timeline is asserted line by line
/// where it matters, and the output is the same every time.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class CyclusSimulatieTests
{
    private static readonly string Map = Path.Combine(SimulateVerbTests.RepoMap(), "src", "Modules", "Cyclus", "IdCyclus.Modules.Cyclus", "Simulaties");

    private static bool Regel(string regel, string begin, params string[] bevat) =>
        regel.StartsWith(begin, StringComparison.Ordinal) && bevat.All(deel => regel.Contains(deel, StringComparison.Ordinal));

    [Fact]
    public async Task Het_hele_jaar_2025_herinnert_en_escaleert_op_werkdagen_en_geeft_tweemaal_hetzelfde()
    {
        string[] args =
        [
            "simulate", "--definition", Path.Combine(Map, "voortgangscyclus-2025.json"), "--from", "2025-02-03", "--to", "2025-12-31",
            "--behaviour", Path.Combine(Map, "voortgangscyclus-2025.gedrag.json"), "--profiel",
        ];

        // The first run builds its start database and keeps it (ADR 0036); the second starts from that copy, so "the
        // same every time" also covers a year that starts from a kept database.
        var ((code, eerste, fout), (_, tweede, foutTweede)) = await OpdrachtRegel.MetSjablonenmapAsync(async sjablonen =>
            (await OpdrachtRegel.VoerUitMetSjablonenAsync(sjablonen, args), await OpdrachtRegel.VoerUitMetSjablonenAsync(sjablonen, args)));

        Assert.True(code == 0, fout);
        Assert.DoesNotContain("Let op", fout);
        Assert.Contains("migreren", fout, StringComparison.Ordinal);
        Assert.Contains("sjabloon kopiëren", foutTweede, StringComparison.Ordinal);
        Assert.DoesNotContain("migreren", foutTweede, StringComparison.Ordinal);
        Assert.Equal(eerste, tweede);
        var regels = eerste.Split('\n');
        Assert.DoesNotContain(regels, r => r.Contains("geweigerd", StringComparison.Ordinal));

        // The vooraankondiging on Wednesday 19 February (2024: Wednesday 21 February), then the fan-outs.
        Assert.Contains(regels, r => Regel(r, "2025-02-19 17:00  melding", "Vooraankondiging aan de trekkers"));
        Assert.Contains(regels, r => Regel(r, "2025-02-19 17:00  per-item", "Interviews per directie", "43 item(s)"));
        Assert.Equal(43, regels.Count(r => r.Contains("taak-voltooid", StringComparison.Ordinal) && r.Contains("Neem het interview af")));

        // UI&E's directeur appoints a trekker only after the deadline has escalated to the clusterdirecteur.
        var escalatie = Array.FindIndex(regels, r => Regel(r, "2025-03-21 17:00  escalatie", "UI&E", "naar clusterdirecteur"));
        var benoemd = Array.FindIndex(regels, r => Regel(r, "2025-03-24 17:00  taak-voltooid", "UI&E", "Trekker uie benoemd"));
        Assert.True(escalatie > 0 && benoemd > escalatie);

        // Com's trekker never confirms. 14 days after submitting is Saturday 19 April; Easter Monday is no working day
        // either, so the deadline is Tuesday 22 April, and the reminders count back from it.
        Assert.Contains(regels, r => Regel(r, "2025-04-15 17:00  herinnering", "Com"));
        Assert.Contains(regels, r => Regel(r, "2025-04-20 17:00  herinnering", "Com"));
        Assert.Contains(regels, r => Regel(r, "2025-04-22 17:00  escalatie", "Com", "naar directeur"));
        Assert.Contains(regels, r => Regel(r, "2025-05-06 17:00  escalatie", "Com", "naar bureau"));

        // The late accounthouders: reminders before 16 May, escalation to Bureau a week after.
        foreach (var laat in new[] { "DV", "Data", "DSI", "GGD" })
        {
            Assert.Contains(regels, r => Regel(r, "2025-05-09 17:00  herinnering", $" {laat} "));
            Assert.Contains(regels, r => Regel(r, "2025-05-23 17:00  escalatie", $" {laat} ", "naar bureau"));
        }

        // Bureau closes the interview phase: what is still open is cancelled, Com's confirmation among it; the analysis starts.
        Assert.Contains(regels, r => Regel(r, "2025-05-27 18:00  samengevoegd", "Interviewfase gesloten"));
        Assert.Contains(regels, r => Regel(r, "2025-05-27 18:00  taak-geannuleerd", "Com"));
        Assert.DoesNotContain(regels, r => r.Contains("escalatie", StringComparison.Ordinal) && r.Contains(" Com ")
                                           && string.CompareOrdinal(r, "2025-05-28") > 0 && string.CompareOrdinal(r, "2025-12") < 0);
        Assert.Contains(regels, r => Regel(r, "2025-05-27 18:00  taak-aangemaakt", "Analyseer en stel de conceptrapportage op"));

        // The data-analist never delivers: escalated to Bureau a week after 30 May; the year goes on without the figures.
        Assert.Contains(regels, r => Regel(r, "2025-06-06 17:00  escalatie", "naar bureau"));

        // The second half in order: werkgroep review, the report's publication (scripted: simulate has no report content,
        // ADR 0032), the real duidingsgesprekken per section, GMT, sturing, follow-up.
        string[] volgorde =
        [
            "Taak 'Bespreek de conceptconclusies met de werkgroep'", "Taak 'Publiceer de definitieve rapportage'",
            "Publiceer de definitieve rapportage afgerond", "Duidingsgesprekken per rapportsectie: 6 item(s)",
            "Taak 'GMT-besluit vastgelegd'", "Taak 'Sturing vastgelegd in Opvolging'", "Geactualiseerde actieplannen: 43 item(s)",
            "Rapporteer de stand van de afspraken aan het GMT afgerond",
        ];
        var posities = volgorde.Select(tekst => Array.FindIndex(regels, r => r.Contains(tekst, StringComparison.Ordinal))).ToList();
        Assert.All(posities, p => Assert.True(p > 0));
        Assert.Equal(posities.Order(), posities);

        // The year runs the real duidingsgesprek steps, once: one planning task per section, with the planning form, the
        // invitation to the clusterdirecteur and the message to the section's trekkers.
        Assert.Equal(6, regels.Count(r => Regel(r, "2025-09-10 18:00  taak-aangemaakt", "'Plan het duidingsgesprek met de clusterdirecteur'")));
        const string gepland = "2025-09-17 18:00  ";
        Assert.Contains(regels, r => Regel(r, gepland + "taak-voltooid", "Sociaal", "Duidingsgesprek gepland op woensdag 1 oktober 2025, 10:00–11:30"));
        Assert.Contains(regels, r => Regel(r, gepland + "melding", "Sociaal", "Uitnodiging en rapport naar de clusterdirecteur: bericht aan 1"));
        Assert.Contains(regels, r => Regel(r, gepland + "melding", "Sociaal", "Trekkers: de clusterdirecteur heeft het rapport: bericht aan 5"));

        // DII's accounthouder never plans the duidingsgesprek: reminders before 10 October, escalation to Bureau the day
        // after, and Bureau's closing on Monday 27 October cancels it.
        const string dii = "Digitalisering, Innovatie en Informatie";
        Assert.Contains(regels, r => Regel(r, "2025-10-03 17:00  herinnering", dii));
        Assert.Contains(regels, r => Regel(r, "2025-10-11 17:00  escalatie", dii, "naar bureau"));
        Assert.Contains(regels, r => Regel(r, "2025-10-27 17:00  taak-geannuleerd", dii));
        Assert.Equal(5, regels.Count(r => r.Contains("Plan het duidingsgesprek met de clusterdirecteur afgerond", StringComparison.Ordinal)));

        // Sociaal's outcome is recorded on 2 October: its clusterdirecteur gets a task per directeur at once, while the
        // other sections' outcomes are still open (recorded on 9 October).
        var sociaal = Array.FindIndex(regels,
            r => Regel(r, "2025-10-02 18:00  taak-voltooid", "Sociaal", "Leg de uitkomst van het duidingsgesprek vast afgerond"));
        var perDirecteur = regels.Select((r, i) => (r, i))
            .Where(x => Regel(x.r, "2025-10-02 18:00  taak-aangemaakt", "'Bespreek de uitkomst van het duidingsgesprek met de directeur'")).ToList();
        Assert.Equal(["GGD", "OJZD", "S&B", "SIS", "WPI"], perDirecteur.Select(x => x.r.Substring(39, 14).Trim()));
        Assert.All(perDirecteur, x => Assert.True(x.i > sociaal));
        Assert.Contains(regels, r => Regel(r, "2025-10-09 18:00  taak-voltooid", "Bedrijfsvoering", "Leg de uitkomst van het duidingsgesprek vast afgerond"));
        Assert.Equal(38, regels.Count(r => r.Contains("taak-aangemaakt", StringComparison.Ordinal)
                                          && r.Contains("'Bespreek de uitkomst van het duidingsgesprek met de directeur'")));

        // Sociaal's and Bedrijfsvoering's outcomes each record an agreement, which Opvolging makes a task for the directeur
        // at once (its own events are delivered in the simulation as the host's background job does). The trekker
        // agreement's title names its kind once. SIS's directeur appoints a trekker with 8 hours only after the
        // escalation, which also closes the agreement; FB's directeur never reports, so that agreement escalates to the
        // clusterdirecteur, then to Bureau and the GMT.
        Assert.Contains(regels, r => Regel(r, "2025-10-02 18:00  taak-aangemaakt      SIS ", "'Afspraak: benoem een trekker'", "deadline 14 november 2025"));
        Assert.Contains(regels, r => Regel(r, "2025-10-09 18:00  taak-aangemaakt      FB ", "'Afspraak: kom de afspraak na'", "deadline 1 december 2025"));
        Assert.DoesNotContain(regels, r => r.Contains("benoemd — Trekker met minimaal", StringComparison.Ordinal));
        Assert.Contains(regels, r => Regel(r, "2025-11-07 17:00  herinnering", " SIS "));
        var sisEscalatie = Array.FindIndex(regels, r => Regel(r, "2025-11-14 17:00  escalatie", " SIS ", "naar clusterdirecteur"));
        var sisBenoemd = Array.FindIndex(regels, r => Regel(r, "2025-11-16 17:00  taak-voltooid", " SIS ", "met 8 uur per week"));
        Assert.True(sisEscalatie > 0 && sisBenoemd > sisEscalatie);
        Assert.DoesNotContain(regels, r => Regel(r, "2025-11-28 17:00  escalatie", " SIS "));
        Assert.Contains(regels, r => Regel(r, "2025-12-01 17:00  escalatie", " FB ", "naar clusterdirecteur: Jasper Meijer"));
        Assert.Contains(regels, r => Regel(r, "2025-12-15 17:00  escalatie", " FB ", "naar gmt"));

        // Bestuur en Organisatie's clusterdirecteur never holds those conversations: reminded, then escalated to Bureau.
        foreach (var directie in new[] { "OOV", "BMA", "BI", "DMC", "JZ" })
        {
            Assert.Contains(regels, r => Regel(r, "2025-11-05 17:00  herinnering", $" {directie} "));
            Assert.Contains(regels, r => Regel(r, "2025-11-13 17:00  escalatie", $" {directie} ", "naar bureau"));
        }

        // Com and GGD deliver their updated action plan late: escalated to their clusterdirecteur on 12 December, done on the 18th.
        foreach (var laat in new[] { "Com", "GGD" })
        {
            Assert.Contains(regels, r => Regel(r, "2025-12-12 17:00  escalatie", $" {laat} ", "naar clusterdirecteur"));
            Assert.Contains(regels, r => Regel(r, "2025-12-18 17:00  taak-voltooid", $" {laat} ", "Lever het geactualiseerde actieplan op"));
        }

        Assert.Equal(41, regels.Count(r => Regel(r, "2025-11-27 17:00  taak-voltooid", "Lever het geactualiseerde actieplan op")));
    }
}
