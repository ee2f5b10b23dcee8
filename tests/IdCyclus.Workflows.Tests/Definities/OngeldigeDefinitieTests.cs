using IdCyclus.Workflows.Tests.Ondersteuning;
using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>
/// One malformed definition per problem. Each must give exactly one error, at the exact JSON path, with a Dutch message
/// that names the problem: a person fixing a definition reads only that message.
/// </summary>
public sealed class OngeldigeDefinitieTests
{
    private sealed record Geval(string Json, string Pad, string Melding);

    private static readonly Dictionary<string, Geval> Gevallen = new()
    {
        // The text itself
        ["JSON met een komma voor het sluitende haakje"] = new(
            """{"id": "x",}""", "$", "er staat een komma vóór een sluitend haakje (regel 1, positie 12)"),
        ["JSON die halverwege ophoudt, op regel 3"] = new(
            "{\n  \"id\": \"x\",\n  \"stappen\": [", "$", "houdt op voordat alle haakjes gesloten zijn (regel 3"),
        ["veldnaam zonder aanhalingstekens"] = new(
            "{\n  id: \"x\"\n}", "$", "een veldnaam moet tussen dubbele aanhalingstekens staan (regel 2, positie 3)"),
        ["lege tekst"] = new("  ", "$", "De definitie is leeg"),
        ["een lijst in plaats van een object"] = new("[]", "$", "De definitie moet een JSON-object zijn ({ ... }), maar is een lijst."),

        // Top-level fields
        ["id ontbreekt"] = new(
            Json("{ 'naam': 'Test', 'versie': 1, 'stappen': [ " + Stap("a", "taak") + " ] }"), "$.id", "Verplicht veld 'id' ontbreekt."),
        ["id is geen slug"] = new(
            Met(Stap("a", "taak")).Replace("\"test\"", "\"Benoem Trekker\""), "$.id",
            "'Benoem Trekker' is geen geldige id: gebruik kleine letters, cijfers en streepjes"),
        ["naam is leeg"] = new(Met(Stap("a", "taak")).Replace("\"Test\"", "\"\""), "$.naam", "Veld 'naam' mag niet leeg zijn."),
        ["versie ontbreekt"] = new(
            Json("{ 'id': 'test', 'naam': 'Test', 'stappen': [ " + Stap("a", "taak") + " ] }"), "$.versie", "Verplicht veld 'versie' ontbreekt."),
        ["versie 0"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 0"), "$.versie",
            "Versie 0 is ongeldig: de versie is een geheel getal van 1 of hoger."),
        ["versie als tekst"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": \"1\""), "$.versie",
            "Veld 'versie' moet een geheel getal zijn, maar is de tekst \"1\"."),
        ["versie met decimalen"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 1.5"), "$.versie", "Veld 'versie' moet een geheel getal zijn, maar is 1.5."),
        ["tikfout in een veldnaam bovenaan"] = new(
            Met(Stap("a", "taak")).Replace("\"naam\": \"Test\"", "\"naam\": \"Test\", \"omschrijvng\": \"x\""), "$.omschrijvng",
            "Onbekend veld 'omschrijvng' in de definitie. Bedoelde je 'omschrijving'?"),
        ["werkdagen als tekst"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 1, \"opties\": { \"werkdagen\": \"ja\" }"), "$.opties.werkdagen",
            "Veld 'werkdagen' moet true of false zijn, maar is de tekst \"ja\"."),
        ["onbekende optie"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 1, \"opties\": { \"weekenden\": true }"), "$.opties.weekenden",
            "Onbekend veld 'weekenden' in 'opties'. Toegestane velden: werkdagen, herhaling."),
        ["onbekende herhaling"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 1, \"opties\": { \"herhaling\": \"kwartal\" }"), "$.opties.herhaling",
            "Onbekende herhaling 'kwartal'. Bedoelde je 'kwartaal'? Kies een herhaling uit: geen, maand, kwartaal, jaar."),
        ["herhaling als getal"] = new(
            Met(Stap("a", "taak")).Replace("\"versie\": 1", "\"versie\": 1, \"opties\": { \"herhaling\": 4 }"), "$.opties.herhaling",
            "Veld 'herhaling' moet een tekst zijn, maar is het getal 4."),
        ["stappen ontbreekt"] = new(Json("{ 'id': 'test', 'naam': 'Test', 'versie': 1 }"), "$.stappen", "Verplicht veld 'stappen' ontbreekt."),
        ["stappen is leeg"] = new(Met(), "$.stappen", "'stappen' is leeg. De definitie heeft stappen nodig"),

        // Steps: shape
        ["stap is geen object"] = new(Met("'taak'"), "$.stappen[0]", "Een stap moet een JSON-object zijn ({ ... }), maar is de tekst \"taak\"."),
        ["stap zonder id"] = new(Met(Json("{ 'naam': 'A', 'soort': 'taak', 'rol': 'directeur' }")), "$.stappen[0].id", "Verplicht veld 'id' ontbreekt."),
        ["stap-id met hoofdletters"] = new(Met(Stap("Plan", "taak")), "$.stappen[0].id", "'Plan' is geen geldige id"),
        ["onbekende soort"] = new(
            Met(Stap("a", "taakje")), "$.stappen[0].soort",
            "Onbekende soort 'taakje'. Bedoelde je 'taak'? Kies een soort uit: taak, melding, wachten, perItem, samenvoegen."),
        ["veld van een andere soort"] = new(
            Met(Stap("a", "taak", "'sjabloon': 'x'")), "$.stappen[0].sjabloon",
            "Veld 'sjabloon' hoort niet bij een stap van soort 'taak', maar bij soort 'melding'."),
        ["tikfout in een veldnaam van een taak"] = new(
            Met(Stap("a", "taak", "'deadlien': { 'datum': '2025-06-30' }")), "$.stappen[0].deadlien",
            "Onbekend veld 'deadlien' in een stap van soort 'taak'. Bedoelde je 'deadline'?"),
        ["veld twee keer in hetzelfde object"] = new(
            Met(Stap("a", "taak", "'rol': 'bureau'")), "$.stappen[0].rol", "Veld 'rol' komt meer dan één keer voor"),
        ["null als waarde"] = new(
            Met(Stap("a", "taak", "'omschrijving': null")), "$.stappen[0].omschrijving", "Veld 'omschrijving' is null. Laat een veld zonder waarde weg."),
        ["naam met spaties eromheen"] = new(
            Met(Json("{ 'id': 'a', 'naam': ' Plan ', 'soort': 'taak', 'rol': 'directeur' }")), "$.stappen[0].naam", "begint of eindigt met spaties"),

        // Steps: ids and dependencies
        ["dubbel stap-id"] = new(
            Met(Stap("a", "taak"), Stap("a", "melding")), "$.stappen[1].id",
            "Stap-id 'a' komt al voor bij $.stappen[0]. Stap-ids zijn uniek in de hele definitie, ook binnen perItem-stappen."),
        ["dubbel stap-id binnen een perItem-stap"] = new(
            Met(Stap("a", "taak"), PerItem("per", Stap("a", "melding"))), "$.stappen[1].stappen[0].id", "Stap-id 'a' komt al voor bij $.stappen[0]."),
        ["naStappen naar een onbekende stap"] = new(
            Met(Stap("aftrap", "melding"), Stap("b", "taak", "'naStappen': ['aftap']")), "$.stappen[1].naStappen[0]",
            "Onbekende stap 'aftap' in naStappen. Bedoelde je 'aftrap'? Stappen in deze lijst: aftrap."),
        ["naStappen naar zichzelf"] = new(
            Met(Stap("a", "taak", "'naStappen': ['a']")), "$.stappen[0].naStappen[0]", "Stap 'a' kan niet na zichzelf komen."),
        ["naStappen twee keer dezelfde"] = new(
            Met(Stap("a", "melding"), Stap("b", "taak", "'naStappen': ['a', 'a']")), "$.stappen[1].naStappen[1]",
            "Stap 'a' staat al eerder in naStappen ($.stappen[1].naStappen[0])."),
        ["kring van twee stappen"] = new(
            Met(Stap("a", "taak", "'naStappen': ['b']"), Stap("b", "taak", "'naStappen': ['a']")), "$.stappen[0].naStappen",
            "Kringverwijzing in naStappen: 'a' → 'b' → 'a' (elke stap wacht op de volgende), dus geen van deze stappen kan ooit starten."),
        ["kring van drie stappen achter een geldige stap"] = new(
            Met(Stap("start", "melding"), Stap("a", "taak", "'naStappen': ['start', 'c']"), Stap("b", "taak", "'naStappen': ['a']"),
                Stap("c", "taak", "'naStappen': ['b']")),
            "$.stappen[1].naStappen", "Kringverwijzing in naStappen: 'a' → 'c' → 'b' → 'a'"),
        ["naStappen van een geneste stap naar het hoogste niveau"] = new(
            Met(Stap("aftrap", "melding"), PerItem("per", Stap("t", "taak", "'naStappen': ['aftrap']"))), "$.stappen[1].stappen[0].naStappen[0]",
            "Stap 'aftrap' staat niet in dezelfde lijst als 't'; naStappen verwijst alleen naar stappen in dezelfde lijst. "
            + "Stappen binnen perItem 'per' starten pas als 'per' start: zet 'aftrap' in de naStappen van 'per'."),
        ["naStappen naar een geneste stap"] = new(
            Met(PerItem("per", Stap("t", "taak")), Stap("b", "melding", "'naStappen': ['t']")), "$.stappen[1].naStappen[0]",
            "Stap 't' staat binnen perItem 'per' en loopt per item; naStappen verwijst alleen naar stappen in dezelfde lijst. Wacht op 'per' zelf"),

        // Deadlines and other termijnen
        ["deadline met datum en na"] = new(
            Met(Stap("a", "taak", "'deadline': { 'datum': '2025-06-30', 'na': 'P28D', 'vanaf': 'start' }")), "$.stappen[0].deadline",
            "'deadline' heeft zowel 'datum' als 'na'"),
        ["deadline zonder datum en zonder na"] = new(
            Met(Stap("a", "taak", "'deadline': { }")), "$.stappen[0].deadline", "'deadline' heeft geen 'datum' en geen 'na'."),
        ["deadline als tekst"] = new(
            Met(Stap("a", "taak", "'deadline': '2025-06-30'")), "$.stappen[0].deadline",
            "Veld 'deadline' moet een JSON-object zijn ({ ... }), maar is de tekst \"2025-06-30\"."),
        ["datum die niet bestaat"] = new(
            Met(Stap("a", "taak", "'deadline': { 'datum': '2025-02-30' }")), "$.stappen[0].deadline.datum", "'2025-02-30' is geen bestaande datum."),
        ["datum in de verkeerde vorm"] = new(
            Met(Stap("a", "taak", "'deadline': { 'datum': '30-06-2025' }")), "$.stappen[0].deadline.datum",
            "'30-06-2025' is geen datum in de vorm jjjj-mm-dd, bijvoorbeeld 2025-03-31."),
        ["na zonder vanaf"] = new(
            Met(Stap("a", "taak", "'deadline': { 'na': 'P28D' }")), "$.stappen[0].deadline.vanaf",
            "Verplicht veld 'vanaf' ontbreekt. Zeg waar de duur vanaf telt"),
        ["datum met vanaf"] = new(
            Met(Stap("a", "taak", "'deadline': { 'datum': '2025-06-30', 'vanaf': 'start' }")), "$.stappen[0].deadline.vanaf",
            "'vanaf' hoort alleen bij 'na': een vaste datum telt nergens vanaf."),
        ["termijn in uren"] = new(
            Met(Stap("a", "taak", "'deadline': { 'na': 'PT36H', 'vanaf': 'start' }")), "$.stappen[0].deadline.na", "een termijn wordt in hele dagen gerekend"),
        ["negatieve termijn"] = new(
            Met(Stap("a", "taak", "'deadline': { 'na': '-P1D', 'vanaf': 'start' }")), "$.stappen[0].deadline.na",
            "'-P1D' is negatief: een termijn telt vooruit"),
        ["vanaf met een onbekend vertrekpunt"] = new(
            Met(Stap("a", "taak", "'deadline': { 'na': 'P1D', 'vanaf': 'begin' }")), "$.stappen[0].deadline.vanaf",
            "'begin' is geen geldig vertrekpunt. Gebruik \"start\" (de start van de instantie) of \"stap:<id>\""),
        ["vanaf een onbekende stap"] = new(
            Met(Stap("plan-maken", "taak"), Stap("b", "taak", "'naStappen': ['plan-maken'], 'deadline': { 'na': 'P1D', 'vanaf': 'stap:plan-make' }")),
            "$.stappen[1].deadline.vanaf", "Onbekende stap 'plan-make' in 'vanaf'. Bedoelde je 'stap:plan-maken'?"),
        ["vanaf een stap die er niet aan voorafgaat"] = new(
            Met(Stap("a", "taak"), Stap("b", "taak", "'deadline': { 'na': 'P1D', 'vanaf': 'stap:a' }")), "$.stappen[1].deadline.vanaf",
            "Stap 'a' is niet zeker voltooid wanneer 'b' start, dus er valt niet vanaf te rekenen. "
            + "Neem 'a' (direct of via andere stappen) op in de naStappen van 'b'."),
        ["vanaf een stap achter een samenvoeging op één van beide"] = new(
            Met(Stap("a", "melding"), Stap("b", "melding"), Stap("een", "samenvoegen", "'naStappen': ['a', 'b']").Replace("'alle'", "'een'"),
                Stap("c", "wachten", "'naStappen': ['een']").Replace("{ 'datum': '2025-09-01' }", "{ 'na': 'P1D', 'vanaf': 'stap:a' }")),
            "$.stappen[3].tot.vanaf", "Stap 'a' is niet zeker voltooid wanneer 'c' start"),
        ["vanaf de eigen voltooiing"] = new(
            Met(Stap("a", "taak", "'opvolging': { 'na': 'P1D', 'vanaf': 'stap:a' }")), "$.stappen[0].opvolging.vanaf",
            "Stap 'a' kan niet rekenen vanaf zijn eigen voltooiing"),
        ["vanaf de eigen perItem-stap"] = new(
            Met(PerItem("per", Stap("t", "taak", "'deadline': { 'na': 'P1D', 'vanaf': 'stap:per' }"))), "$.stappen[0].stappen[0].deadline.vanaf",
            "Stap 't' loopt binnen perItem 'per', en 'per' is pas voltooid als alle items klaar zijn"),
        ["vanaf een geneste stap van een fan-out"] = new(
            Met(PerItem("per", Stap("t", "taak")), Stap("b", "taak", "'naStappen': ['per'], 'deadline': { 'na': 'P1D', 'vanaf': 'stap:t' }")),
            "$.stappen[1].deadline.vanaf", "Stap 't' hoort bij perItem 'per' en wordt per item voltooid"),

        // Reminders
        ["herinnering die geen ISO-duur is"] = new(
            Met(TaakMetDeadline("'herinneringen': ['P7D', 'P7X']")), "$.stappen[0].herinneringen[1]",
            "'P7X' is geen geldige ISO 8601-duur, bijvoorbeeld P7D (7 dagen) of PT12H (12 uur)."),
        ["herinnering met kleine letters"] = new(
            Met(TaakMetDeadline("'herinneringen': ['p7d']")), "$.stappen[0].herinneringen[0]", "schrijf een ISO 8601-duur met hoofdletters, dus 'P7D'."),
        ["herinnering met een breuk"] = new(
            Met(TaakMetDeadline("'herinneringen': ['P1.5D']")), "$.stappen[0].herinneringen[0]", "een duur bestaat uit hele getallen"),
        ["herinnering van nul"] = new(
            Met(TaakMetDeadline("'herinneringen': ['P7D', 'P0D']")), "$.stappen[0].herinneringen[1]", "Herinnering 'P0D' valt samen met de deadline."),
        ["negatieve herinnering"] = new(
            Met(TaakMetDeadline("'herinneringen': ['-P1D']")), "$.stappen[0].herinneringen[0]", "Herinnering '-P1D' is negatief."),
        ["twee herinneringen op hetzelfde moment"] = new(
            Met(TaakMetDeadline("'herinneringen': ['P1W', 'P7D']")), "$.stappen[0].herinneringen[1]",
            "Herinnering 'P7D' valt op hetzelfde moment als $.stappen[0].herinneringen[0] ('P1W')."),
        ["herinneringen zonder deadline"] = new(
            Met(Stap("a", "taak", "'herinneringen': ['P1D']")), "$.stappen[0].herinneringen",
            "Herinneringen rekenen terug vanaf de deadline, maar deze taak heeft geen 'deadline'."),
        ["duur van meer dan tien jaar"] = new(
            Met(TaakMetDeadline("'herinneringen': ['P11Y']")), "$.stappen[0].herinneringen[0]", "'P11Y' is te lang: een duur mag hoogstens 10 jaar zijn."),

        // Escalation ladder
        ["negatieve escalatie"] = new(
            Met(TaakMetDeadline("'escalaties': [ { 'na': '-P1D', 'naarRol': 'clusterdirecteur', 'melding': 'escalatie' } ]")), "$.stappen[0].escalaties[0].na",
            "'-P1D' is negatief: een escalatie komt op of na de deadline"),
        ["escalatieladder loopt terug"] = new(
            Met(TaakMetDeadline("'escalaties': [ { 'na': 'P14D', 'naarRol': 'bureau', 'melding': 'escalatie' }, "
                + "{ 'na': 'P7D', 'naarRol': 'clusterdirecteur', 'melding': 'escalatie' } ]")),
            "$.stappen[0].escalaties[1].na", "De escalatieladder moet oplopen: trede 2 ('P7D') komt eerder dan trede 1 ('P14D')."),
        ["trede een dag eerder dan de vorige"] = new(
            Met(TaakMetDeadline("'escalaties': [ { 'na': 'P1D', 'naarRol': 'bureau', 'melding': 'escalatie' }, "
                + "{ 'na': 'P0D', 'naarRol': 'gmt', 'melding': 'escalatie' } ]")),
            "$.stappen[0].escalaties[1].na", "trede 2 ('P0D') komt eerder dan trede 1 ('P1D')"),
        ["trede zonder naarRol"] = new(
            Met(TaakMetDeadline("'escalaties': [ { 'na': 'P0D', 'melding': 'escalatie' } ]")), "$.stappen[0].escalaties[0].naarRol",
            "Verplicht veld 'naarRol' ontbreekt. Zeg naar welke rol deze trede escaleert"),
        ["tikfout in een trede"] = new(
            Met(TaakMetDeadline("'escalaties': [ { 'na': 'P0D', 'naarRol': 'bureau', 'melding': 'escalatie', 'herverdeel': true } ]")),
            "$.stappen[0].escalaties[0].herverdeel", "Onbekend veld 'herverdeel' in een escalatietrede. Bedoelde je 'herverdelen'?"),
        ["escalaties zonder deadline"] = new(
            Met(Stap("a", "taak", "'escalaties': [ { 'na': 'P0D', 'naarRol': 'bureau', 'melding': 'escalatie' } ]")), "$.stappen[0].escalaties",
            "Escalaties rekenen vanaf de deadline, maar deze taak heeft geen 'deadline'."),

        // Kinds
        ["taak zonder rol"] = new(
            Met(Json("{ 'id': 'a', 'naam': 'A', 'soort': 'taak' }")), "$.stappen[0].rol", "Verplicht veld 'rol' ontbreekt. Een taak heeft een rol nodig"),
        ["melding zonder sjabloon"] = new(
            Met(Json("{ 'id': 'a', 'naam': 'A', 'soort': 'melding', 'aanRol': 'bureau' }")), "$.stappen[0].sjabloon",
            "Verplicht veld 'sjabloon' ontbreekt. Een melding heeft een sjabloon nodig"),
        ["melding zonder ontvanger"] = new(
            Met(Json("{ 'id': 'a', 'naam': 'A', 'soort': 'melding', 'sjabloon': 'x' }")), "$.stappen[0].aanRol", "Verplicht veld 'aanRol' ontbreekt."),
        ["wachten zonder tot"] = new(
            Met(Json("{ 'id': 'a', 'naam': 'A', 'soort': 'wachten' }")), "$.stappen[0].tot", "Verplicht veld 'tot' ontbreekt."),
        ["onbekend bereik"] = new(
            Met(PerItem("per", Stap("t", "taak", "'bereik': 'directie'"))), "$.stappen[0].stappen[0].bereik",
            "Onbekend bereik 'directie'. Kies een bereik uit: geen, item."),
        ["dubbele uitkomst"] = new(
            Met(Stap("a", "taak", "'uitkomsten': ['akkoord', 'akkoord']")), "$.stappen[0].uitkomsten[1]", "Uitkomst 'akkoord' staat al eerder in de lijst"),
        ["perItem zonder geneste stappen"] = new(
            Met(Json("{ 'id': 'per', 'naam': 'Per', 'soort': 'perItem', 'collectie': 'directies' }")), "$.stappen[0].stappen",
            "Verplicht veld 'stappen' ontbreekt. Een perItem-stap heeft geneste stappen nodig"),
        ["perItem met een lege lijst stappen"] = new(
            Met(PerItem("per")), "$.stappen[0].stappen",
            "'stappen' is leeg. Een perItem-stap heeft geneste stappen nodig"),
        ["perItem zonder collectie"] = new(
            Met(Json("{ 'id': 'per', 'naam': 'Per', 'soort': 'perItem', 'stappen': [ " + Stap("t", "taak") + " ] }")), "$.stappen[0].collectie",
            "Verplicht veld 'collectie' ontbreekt."),
        ["perItem in een perItem"] = new(
            Met(PerItem("buiten", Stap("binnen", "perItem"))), "$.stappen[0].stappen[0].soort",
            "Een perItem-stap binnen een perItem-stap wordt niet ondersteund: een fan-out gaat maar één niveau diep."),
        ["samenvoegen zonder naStappen"] = new(
            Met(Stap("a", "taak"), Stap("samen", "samenvoegen")), "$.stappen[1].naStappen",
            "Een samenvoegen-stap wacht op andere stappen, maar heeft geen naStappen."),
        ["samenvoegen met een onbekende wachtwijze"] = new(
            Met(Stap("a", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a']").Replace("'alle'", "'sommige'")), "$.stappen[1].wacht",
            "Onbekende wachtwijze 'sommige'. Kies een wachtwijze uit: alle, een, aantal."),
        ["samenvoegen op aantal zonder aantal"] = new(
            Met(Stap("a", "taak"), Stap("b", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a', 'b']").Replace("'alle'", "'aantal'")),
            "$.stappen[2].aantal", "Verplicht veld 'aantal' ontbreekt: bij wacht \"aantal\""),
        ["samenvoegen op meer dan er naStappen zijn"] = new(
            Met(Stap("a", "taak"), Stap("b", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a', 'b'], 'aantal': 3").Replace("'alle'", "'aantal'")),
            "$.stappen[2].aantal", "'aantal' is 3, maar moet tussen 1 en het aantal naStappen (2) liggen."),
        ["annuleerRest bij wacht alle"] = new(
            Met(Stap("a", "taak"), Stap("b", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a', 'b'], 'annuleerRest': true")),
            "$.stappen[2].annuleerRest",
            "'annuleerRest' (annuleer de overige voorgangers) kan alleen bij wacht \"een\" of \"aantal\"; bij wacht \"alle\" zijn alle naStappen al afgerond"),
        ["annuleerRest geen waarheidswaarde"] = new(
            Met(Stap("a", "taak"), Stap("b", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a', 'b'], 'annuleerRest': 'ja'").Replace("'alle'", "'een'")),
            "$.stappen[2].annuleerRest", "Veld 'annuleerRest' moet true of false zijn, maar is de tekst \"ja\"."),
        ["annuleerRest bij een taak"] = new(
            Met(Stap("a", "taak", "'annuleerRest': true")), "$.stappen[0].annuleerRest",
            "Veld 'annuleerRest' hoort niet bij een stap van soort 'taak', maar bij soort 'samenvoegen'."),
        ["samenvoegen op alle met een aantal"] = new(
            Met(Stap("a", "taak"), Stap("samen", "samenvoegen", "'naStappen': ['a'], 'aantal': 1")), "$.stappen[1].aantal",
            "'aantal' hoort alleen bij wacht \"aantal\"; bij wacht \"alle\" laat je het weg."),
    };

    public static TheoryData<string> Namen => [.. Gevallen.Keys];

    [Theory]
    [MemberData(nameof(Namen))]
    public void Een_ongeldige_definitie_geeft_precies_een_fout_met_pad_en_melding(string naam)
    {
        var geval = Gevallen[naam];

        var resultaat = WorkflowDefinitieLezer.Lees(geval.Json);

        Assert.False(resultaat.IsGeldig);
        Assert.Null(resultaat.Definitie);
        var fout = Assert.Single(resultaat.Fouten);
        Assert.Equal(geval.Pad, fout.Pad);
        Assert.Contains(geval.Melding, fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Er_zijn_minstens_dertig_gevallen() => Assert.True(Gevallen.Count >= 30, $"{Gevallen.Count} gevallen");

    [Fact]
    public void Alle_fouten_worden_gemeld_niet_alleen_de_eerste()
    {
        var json = Met(
            Stap("a", "taak", "'herinneringen': ['P7X']"),
            Stap("A", "melding", "'naStappen': ['onbekend']"),
            Json("{ 'id': 'c', 'naam': 'C', 'soort': 'samenvoegen', 'wacht': 'aantal' }")).Replace("\"versie\": 1", "\"versie\": 0");

        var paden = WorkflowDefinitieLezer.Lees(json).Fouten.Select(fout => fout.Pad).ToList();

        Assert.Equal(
            [
                "$.versie",
                "$.stappen[0].herinneringen",
                "$.stappen[0].herinneringen[0]",
                "$.stappen[1].id",
                "$.stappen[2].naStappen",
                "$.stappen[2].aantal",
                "$.stappen[1].naStappen[0]",
            ],
            paden);
    }

    [Fact]
    public void Een_veldnaam_die_geen_identifier_is_krijgt_een_pad_met_haken()
    {
        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(Met(Stap("a", "taak", "'dead line': 1"))).Fouten);

        Assert.Equal("$.stappen[0]['dead line']", fout.Pad);
    }
}
