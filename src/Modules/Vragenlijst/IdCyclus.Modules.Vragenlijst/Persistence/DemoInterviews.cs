using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>
/// One fictional interview: the directie's afkorting, the respondent type, the scores of items 1–10 | 11, 12, 13, 14a,
/// 14b, 15 ("-" = ontbreekt) and the report's fact the scores follow, where there is one.
/// </summary>
internal sealed record DemoInterview(string Directie, Respondenttype Respondenttype, string Scores, string? Waarom);

/// <summary>
/// Fictional interviews for every directie of the 2024 report, made up by hand (fixed tables, no randomness) so that
/// what VGR2024 says holds: every section's average "rond de 30", no directie at 47, the randvoorwaarden and thema's
/// per directie as its cluster pages describe them (reference/organisatie.json "wat_valt_op"), and the changes from
/// 2023 its "Een jaar later" pages name. Where the report contradicts itself the data keeps both sides (the comment
/// names the DISCREPANCIES point), so the pages show the contradiction instead of hiding it. No real scores: the
/// report's charts are not in its text (DISCREPANCIES B1).
/// </summary>
internal static class DemoInterviews
{
    public static IReadOnlyList<DemoInterview> Jaar2024 { get; } =
    [
        // Bedrijfsvoering
        new("Com", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 3 1 2 2 2", "eerste resultaten BIWS en Bewustwording; stappen op L&O en SV"),
        new("BIA", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 3 1 2 2 2", "stappen op L&O en SV; trekker relatief weinig uur"),
        new("JB", Respondenttype.Trekker, "3 2 1 2 3 1 2 2 1 2 | 3 3 1 1 1 1", "geen functionerende werkgroep"),
        new("FB", Respondenttype.Trekker, "3 3 3 2 3 1 2 3 2 2 | 3 3 2 1 1 1", "enige trekker met voldoende uren (fulltime); werkgroep"),
        new("VGA", Respondenttype.Trekker, "3 1 3 2 3 1 2 2 2 1 | 3 3 1 1 1 1", "trekker relatief weinig uur"),
        new("F&I", Respondenttype.Trekker, "3 1 2 1 3 1 2 1 1 1 | 3 3 0 1 1 1", "weinig betrokkenheid MT; positie trekker aandachtspunt"),
        new("P&O", Respondenttype.WaarnemendMtLid, "0 0 3 2 3 1 2 1 2 3 | 3 3 2 2 2 2", "geen trekker (respondent MT-lid); meer actie op alle thema's"),
        // Bestuur en Organisatie
        new("OOV", Respondenttype.Trekker, "3 3 3 3 3 2 2 3 2 2 | 3 3 1 2 2 3", "enige meerjaren-visie in B&O; Toegankelijkheid blijft achter"),
        new("BMA", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 3 1 1 1 2", "trekker weinig uren; recruiter op I&D; geen Toegankelijkheid"),
        new("BI", Respondenttype.Trekker, "3 2 1 2 2 1 2 2 1 1 | 2 1 2 1 1 1", "werkgroep functioneert onvoldoende; weinig op de thema's"),
        new("DMC", Respondenttype.Trekker, "3 1 2 1 2 1 2 2 1 2 | 3 1 1 1 1 2", "trekker weinig uren; betrokkenheid MT laag; Sociale Veiligheid"),
        new("JZ", Respondenttype.Trekker, "3 1 1 2 3 0 1 1 2 1 | 2 1 2 1 1 1", "lager op werkgroep, visie, ruimte, netwerken en thema's"),
        // Digitalisering, Innovatie en Informatie
        new("D&I", Respondenttype.Trekker, "3 3 3 3 3 2 3 3 2 2 | 3 3 2 1 2 2", "randvoorwaarden voldoende op orde; leertraject MT"),
        new("DV", Respondenttype.Trekker, "3 2 3 2 2 1 2 2 2 2 | 2 2 2 1 1 2", "nog geen definitief actieplan"),
        new("Stadsarchief", Respondenttype.Trekker, "0 0 2 1 3 1 2 1 2 2 | 2 2 2 1 1 1",
            "geen trekker (directeur neemt waar), terwijl de respondent trekker heet (C1)"),
        new("Data", Respondenttype.TrekkerMtLid, "3 2 3 2 3 1 2 2 0 2 | 2 2 2 1 1 1", "nog geen middelen"),
        new("DSI", Respondenttype.TrekkerMtLid, "3 1 2 2 2 1 2 2 2 2 | 2 2 2 2 2 2", "trekkers weinig uren; nog geen definitief actieplan; L&O en SV"),
        // Ruimte en Economie
        new("G&O", Respondenttype.TrekkerMtLid, "3 1 2 2 3 1 2 2 2 1 | 2 2 1 1 1 2", "trekker weinig uur; gestart op alle thema's behalve Toegankelijkheid"),
        new("Wonen", Respondenttype.TrekkerMtLid, "3 1 2 3 3 1 2 3 2 1 | 2 2 3 1 1 1",
            "betrokken MT en ruimte; eerste resultaten Toegankelijkheid; respondent staat er twee keer (C2)"),
        new("GV", Respondenttype.TrekkerMtLid, "3 1 2 3 3 1 2 3 2 2 | 2 2 2 1 1 1", "betrokken MT en ruimte; minder Bewustwording en Toegankelijkheid"),
        new("Zuidas", Respondenttype.Trekker, "3 2 2 2 3 1 2 2 2 2 | 3 1 1 1 1 2", "hoger op alle randvoorwaarden; Bewustwording en SV"),
        new("UI&E", Respondenttype.TijdelijkContactpersoonMtLid, "0 1 0 1 1 0 1 1 1 1 | 1 1 1 1 0 1", "net gestart, geen trekker (tijdelijk contactpersoon)"),
        new("R&D", Respondenttype.Directeur, "3 3 3 3 3 2 3 3 3 3 | 2 1 2 1 1 2", "randvoorwaarden op orde; actief behalve BIWS; respondent directeur"),
        new("IB", Respondenttype.Trekker, "3 3 3 3 3 2 3 3 3 3 | 3 1 1 2 3 2", "randvoorwaarden op orde; BIWS en Toegankelijkheid blijven achter"),
        new("V&OR", Respondenttype.Trekker, "3 3 3 3 3 2 3 3 3 3 | 2 3 2 1 2 2", "randvoorwaarden op orde; actief op alle thema's (twee recruiters)"),
        new("PMB", Respondenttype.Trekker, "3 3 3 3 3 1 3 3 3 3 | 2 3 2 1 2 2", "randvoorwaarden op orde behalve meerjaren-visie"),
        new("EZC", Respondenttype.TrekkerMtLid, "3 1 1 2 2 1 2 1 1 1 | 1 2 0 1 1 2", "randvoorwaarden niet op orde; alleen BIWS en SV"),
        // Sociaal
        new("S&B", Respondenttype.Trekker, "3 3 3 2 3 1 2 2 2 2 | 3 3 1 1 2 1", "vaste trekker; pilottraject management"),
        new("WPI", Respondenttype.Trekker, "3 2 3 2 3 2 2 2 2 2 | 3 3 1 1 2 1", "meerjarenaanpak; management getraind"),
        new("OJZD", Respondenttype.Trekker, "3 3 2 2 3 2 2 2 2 1 | 3 3 1 1 1 1", "meerjarenaanpak; minder inzet werkgroep"),
        new("GGD", Respondenttype.Trekker, "3 3 3 2 3 2 2 2 2 2 | 3 3 2 1 1 2", "definitief actieplan, MT nauwer betrokken; Toegankelijkheid en SV"),
        new("SIS", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 1 2 | 3 3 1 1 2 1", "beperkte middelen; L&O leidinggevenden"),
        // Stadsdelen
        new("Centrum", Respondenttype.Trekker, "3 3 3 2 3 1 2 3 2 2 | 3 2 2 2 3 2",
            "randvoorwaarden grotendeels op orde; resultaten Bewustwording en L&O leidinggevenden"),
        new("Noord", Respondenttype.Trekker, "3 3 3 2 3 1 2 2 2 2 | 1 1 1 1 1 1", "randvoorwaarden grotendeels op orde; laag op de thema's"),
        new("Oost", Respondenttype.Trekker, "3 2 1 2 3 1 2 2 2 2 | 2 2 2 1 1 2", "werkgroep functioneert minimaal; geeft actie aan zonder voorbeelden"),
        new("West", Respondenttype.Trekker, "3 1 1 3 2 1 2 1 0 1 | 3 1 2 1 2 1", "minder uren trekker en werkgroep; geen middelen; stuurgroep met directeur"),
        new("Nieuw-West", Respondenttype.Trekker, "3 2 2 2 3 1 2 2 2 2 | 3 1 1 1 1 1", "werkgroep, veel bij de trekker; Bewustwording door het jaar heen"),
        new("Zuidoost", Respondenttype.Trekker, "3 2 2 2 2 1 2 2 1 2 | 2 - - - - -",
            "data niet compleet: BIWS, Toeg, L&O en SV ontbreken (B5, aangenomen Zuidoost)"),
        new("Zuid", Respondenttype.Trekker, "3 1 2 2 0 0 1 2 1 1 | 1 1 1 1 1 1", "geen actieplan; trekker weinig uren; vrijblijvende werkgroep"),
        // Beheer en Dienstverlening
        new("THOR", Respondenttype.Trekker, "3 2 3 2 1 1 2 2 0 1 | 2 1 1 1 2 1", "geen concreet actieplan en geen middelen; leiderschapstraject"),
        new("A&G", Respondenttype.Trekker, "3 2 3 3 3 2 3 3 3 3 | 2 1 1 1 1 1", "randvoorwaarden op orde op uren trekker na; thema's blijven achter"),
        new("Belastingen", Respondenttype.TrekkerMtLid, "3 0 2 2 3 1 2 2 2 2 | 3 3 1 1 1 1",
            "inmiddels een trekker zonder uren; geen geformaliseerde werkgroep"),
        new("DVL", Respondenttype.Trekker, "3 2 1 3 3 1 2 2 2 2 | 2 3 1 1 1 1", "nieuwe trekker; geen vaste werkgroep"),
        new("SW", Respondenttype.TrekkerMtLid, "3 1 1 2 2 1 2 1 1 1 | 1 1 1 1 1 1", "uren trekker en werkgroep niet op orde"),
    ];

    public static IReadOnlyList<DemoInterview> Jaar2023 { get; } =
    [
        // Bedrijfsvoering
        new("Com", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 3 1 1 2 2", null),
        new("BIA", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 2 1 2 2 2", null),
        new("JB", Respondenttype.Trekker, "3 2 2 2 3 1 2 2 1 2 | 3 3 1 1 1 1", null),
        new("FB", Respondenttype.Trekker, "3 2 1 2 3 1 2 2 2 2 | 2 3 0 1 1 1", "lager: nog geen werkgroep, minder bewustwording en toegankelijkheid"),
        new("VGA", Respondenttype.Trekker, "3 1 3 2 3 1 2 2 1 1 | 3 3 1 1 1 1", null),
        new("F&I", Respondenttype.Trekker, "3 1 2 3 3 1 2 3 1 1 | 3 3 0 1 1 1", "hoger: meer betrokkenheid MT en ruimte voor de trekker"),
        new("P&O", Respondenttype.WaarnemendMtLid, "0 0 3 2 3 1 2 1 2 3 | 2 2 1 1 1 1", "lager op alle thema's"),
        // Bestuur en Organisatie
        new("OOV", Respondenttype.Trekker, "3 3 3 3 3 2 2 2 2 2 | 3 3 1 2 2 2", null),
        new("BMA", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 2 2 | 3 2 1 1 1 2", null),
        new("BI", Respondenttype.Trekker, "3 1 1 2 2 1 2 2 1 1 | 2 1 0 1 1 1", "lager: minder uren trekker, geen Toegankelijkheid"),
        new("DMC", Respondenttype.Trekker, "3 1 2 1 2 1 2 2 1 2 | 3 1 1 1 1 1", null),
        new("JZ", Respondenttype.Trekker, "3 1 3 2 3 1 1 3 2 3 | 3 2 2 2 2 1", "hoger: werkgroep, visie, ruimte, netwerken en thema's"),
        // Digitalisering, Innovatie en Informatie
        new("D&I", Respondenttype.Trekker, "3 3 3 3 3 2 2 3 2 2 | 3 3 2 1 1 2", null),
        new("DV", Respondenttype.Trekker, "1 0 1 1 1 0 1 1 1 1 | 1 1 0 0 0 0", "directie net na de reorganisatie van 2022: nog weinig geregeld"),
        new("Stadsarchief", Respondenttype.Trekker, "3 2 2 3 3 1 2 2 2 2 | 2 2 2 1 1 1", "hoger: er was een trekker en meer betrokkenheid MT"),
        new("Data", Respondenttype.TrekkerMtLid, "1 1 1 1 1 0 1 1 0 1 | 1 1 1 0 0 0", "directie net na de reorganisatie van 2022: nog weinig geregeld"),
        new("DSI", Respondenttype.TrekkerMtLid, "3 1 1 1 1 0 1 1 1 1 | 1 1 1 0 0 1", "directie net na de reorganisatie van 2022: nog weinig geregeld"),
        // Ruimte en Economie
        new("G&O", Respondenttype.TrekkerMtLid, "3 1 2 2 3 1 2 2 2 1 | 2 2 1 1 1 2", null),
        new("Wonen", Respondenttype.TrekkerMtLid, "3 1 2 3 3 1 2 3 2 1 | 2 2 2 1 1 1", null),
        new("GV", Respondenttype.TrekkerMtLid, "3 1 2 3 3 1 2 3 2 2 | 3 2 3 1 1 1", "hoger: meer Bewustwording en Toegankelijkheid"),
        new("Zuidas", Respondenttype.Trekker, "2 1 1 1 2 0 1 1 1 1 | 2 1 1 1 1 2", "lager op alle randvoorwaarden"),
        new("R&D", Respondenttype.Trekker, "3 2 2 2 2 1 2 2 2 2 | 1 1 1 1 1 1", "lager op de randvoorwaarden en de thema's"),
        new("IB", Respondenttype.Trekker, "3 3 3 3 3 2 3 3 3 3 | 2 0 1 1 1 2", "lager: minder Bewustwording, BIWS en L&O"),
        new("PMB", Respondenttype.Trekker, "3 3 3 3 3 1 3 3 3 2 | 2 3 2 1 2 2", null),
        new("EZC", Respondenttype.TrekkerMtLid, "3 1 1 2 2 1 2 1 1 1 | 1 2 0 1 1 2", null),
        // Sociaal
        new("S&B", Respondenttype.Trekker, "3 3 3 2 3 1 2 2 2 2 | 3 2 1 1 2 1", null),
        new("WPI", Respondenttype.Trekker, "3 2 3 2 3 2 2 2 2 2 | 3 2 1 1 1 2", null),
        new("OJZD", Respondenttype.Trekker, "3 3 3 2 3 2 2 3 2 2 | 3 3 1 2 2 2", "hoger: werkgroep meer ingezet"),
        new("GGD", Respondenttype.Trekker, "3 3 3 1 2 2 1 2 1 2 | 3 2 1 1 1 1", "lager: geen definitief actieplan, MT minder betrokken"),
        new("SIS", Respondenttype.Trekker, "3 2 3 2 3 1 2 2 1 2 | 3 2 1 1 1 1", null),
        // Stadsdelen
        new("Centrum", Respondenttype.Trekker, "3 3 3 2 3 1 2 2 2 2 | 3 2 2 2 2 2", null),
        new("Noord", Respondenttype.Trekker, "3 1 1 1 2 1 1 1 1 1 | 1 1 1 1 1 1", "lager: randvoorwaarden nog niet geregeld"),
        new("Oost", Respondenttype.WaarnemendMtLid, "0 0 1 2 3 1 2 1 2 2 | 2 1 2 1 1 1", "tijdelijk geen trekker"),
        new("West", Respondenttype.WaarnemendMtLid, "0 2 3 3 2 1 2 3 2 1 | 2 1 1 1 2 1",
            "geen trekker, maar wel uren en meer ruimte (C7: het rapport zegt dat West \"minder uren\" heeft)"),
        new("Nieuw-West", Respondenttype.Trekker, "3 1 1 1 2 1 1 1 1 1 | 3 1 1 1 1 1", "lager: randvoorwaarden nog niet geregeld"),
        new("Zuidoost", Respondenttype.Trekker, "3 2 2 2 3 1 2 2 1 2 | 2 1 1 1 1 1", null),
        new("Zuid", Respondenttype.Trekker, "3 1 1 2 0 0 1 1 1 1 | 1 1 1 0 1 1", null),
        // Beheer en Dienstverlening
        new("THOR", Respondenttype.Trekker, "3 2 3 2 1 1 2 2 0 1 | 2 1 1 1 1 1", null),
        new("A&G", Respondenttype.Trekker, "1 1 1 1 1 0 1 1 1 1 | 1 1 1 1 1 1", "kwam van ver: nog geen actieplan, werkgroep of betrokken MT"),
        new("Belastingen", Respondenttype.WaarnemendMtLid, "0 0 1 2 3 1 2 2 2 2 | 2 1 1 1 1 1", "nog geen trekker"),
        new("DVL", Respondenttype.Trekker, "3 2 1 3 3 1 2 2 2 2 | 2 3 1 1 1 1", null),
        new("SW", Respondenttype.TrekkerMtLid, "3 1 1 2 2 1 2 1 1 1 | 1 1 1 1 1 1", null),
    ];

    /// <summary>Directies in the 2024 report without a 2023 interview, with the report's own words.</summary>
    public static IReadOnlyList<(string Directie, string Reden)> Ontbrekend2023 { get; } =
    [
        ("V&OR", "Geen data beschikbaar over 2023: \"V&OR is niet meegenomen in de vergelijking 2023 – 2024, omdat er geen data beschikbaar is over 2023\" "
            + "(VGR2024, Ruimte en Economie)."),
        ("UI&E", "Nam in 2023 niet deel: \"Bijzondere Projecten (nu UI&E) nam vorig jaar niet deel aan de voortgangsrapportage\" "
            + "(VGR2024, Ruimte en Economie). Het rapport schrijft toch \"UI&E stijgt\" (DISCREPANCIES B4)."),
    ];

    /// <summary>The scores in the questionnaire's order of scored items; "-" leaves the item out (ontbreekt, never 0).</summary>
    public static Dictionary<string, Antwoord> Antwoorden(DemoInterview interview, Vragenlijstinhoud inhoud)
    {
        var scores = interview.Scores.Replace("|", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var vragen = inhoud.GescoordeVragen.ToList();
        if (scores.Length != vragen.Count)
        {
            throw new InvalidOperationException($"Demo interview {interview.Directie}: {scores.Length} scores for {vragen.Count} scored items.");
        }

        return vragen.Zip(scores)
            .Where(p => p.Second != "-")
            .ToDictionary(p => p.First.Nummer, p => new Antwoord(Score: int.Parse(p.Second, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
