using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class InterviewImportTests
{
    private const string Kiesuit = "kies uit \"trekker\", \"trekker-mt-lid\", \"waarnemend-mt-lid\", \"directeur\" en \"tijdelijk-contactpersoon-mt-lid\"";

    private static readonly ImportDirectie FenI = new(Guid.Parse("00000000-0000-0000-0000-0000000000f1"), "F&I", "bedrijfsvoering");
    private static readonly ImportDirectie PenO = new(Guid.Parse("00000000-0000-0000-0000-0000000000a0"), "P&O", "bedrijfsvoering");
    private static readonly ImportDirectie Com = new(Guid.Parse("00000000-0000-0000-0000-0000000000c0"), "Com", "bedrijfsvoering");

    private static readonly Vragenlijstinhoud Versie2025 = Versiebeheer.KopieVoorVolgendJaar(Seed2024.Lees());

    [Fact]
    public void Het_voorbeeldbestand_wordt_gelezen()
    {
        var resultaat = Lees("""
            {"jaar": 2024, "versie": "2024", "interviews": [{"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"1": 3, "2": 1, "6": 2, "14a": 1,
              "16": "vrije tekst"}}]}
            """);

        Assert.True(resultaat.IsGelukt, string.Join("\n", resultaat.Meldingen));
        var interview = Assert.Single(resultaat.Interviews);
        Assert.Equal(2024, interview.Jaar);
        Assert.Equal("2024", interview.Versiecode);
        Assert.Equal(FenI, interview.Directie);
        Assert.Equal(Respondenttype.Trekker, interview.Respondenttype);
        Assert.Equal(new Antwoord(3), interview.Antwoorden["1"]);
        Assert.Equal(new Antwoord(2), interview.Antwoorden["6"]);
        Assert.Equal(new Antwoord(1), interview.Antwoorden["14a"]);
        Assert.Equal(new Antwoord(Tekst: "vrije tekst"), interview.Antwoorden["16"]);
        Assert.Equal(5, interview.Antwoorden.Count);
        Assert.Null(interview.Respondent);
        Assert.Empty(interview.Accounthouders);
        Assert.Null(interview.Datum);
        Assert.Null(interview.Observatie);

        var uitslag = Scoring.Bereken(Seed2024.Lees(), interview.Antwoorden);
        Assert.Null(uitslag.Totaal);
        Assert.Equal(12, uitslag.Ontbreekt.Count);
    }

    [Fact]
    public void Alle_optionele_velden_worden_gelezen_en_notities_komen_bij_het_antwoord()
    {
        var resultaat = Lees("""
            {"jaar": 2024, "versie": "2024", "interviews": [
              {"directie": "com", "respondenttype": "trekker = MT-lid", "respondent": " Sam de Vries ",
               "accounthouders": ["Aisha", "Bram"], "datum": "2024-03-12",
               "antwoorden": {"1": 0, "17": "meer aandacht"},
               "notities": {"1": "trekker vertrokken in januari", "5": "plan volgt"},
               "observatie": "beeld wijkt af van Bureau I&D"},
              {"directie": "F&I", "respondenttype": "waarnemend-mt-lid", "antwoorden": {}}
            ]}
            """);

        Assert.True(resultaat.IsGelukt, string.Join("\n", resultaat.Meldingen));
        var com = resultaat.Interviews[0];
        Assert.Equal(Com, com.Directie);
        Assert.Equal(Respondenttype.TrekkerMtLid, com.Respondenttype);
        Assert.Equal("Sam de Vries", com.Respondent);
        Assert.Equal(["Aisha", "Bram"], com.Accounthouders);
        Assert.Equal(new DateOnly(2024, 3, 12), com.Datum);
        Assert.Equal("beeld wijkt af van Bureau I&D", com.Observatie);
        Assert.Equal(new Antwoord(0, Notitie: "trekker vertrokken in januari"), com.Antwoorden["1"]);
        Assert.Equal(new Antwoord(Notitie: "plan volgt"), com.Antwoorden["5"]);
        Assert.Equal(new Antwoord(Tekst: "meer aandacht"), com.Antwoorden["17"]);
        Assert.Empty(resultaat.Interviews[1].Antwoorden);
        Assert.Equal(Respondenttype.WaarnemendMtLid, resultaat.Interviews[1].Respondenttype);
    }

    [Fact]
    public void Een_bestand_met_drie_fouten_meldt_alle_drie_en_geen_interviews()
    {
        var resultaat = Lees("""
            {"jaar": 2024, "versie": "2024", "interviews": [
              {"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"20": 1}},
              {"directie": "Com", "respondenttype": "trekker", "antwoorden": {"6": 3}},
              {"directie": "XYZ", "respondenttype": "trekker", "antwoorden": {"1": 3}}
            ]}
            """);

        Assert.False(resultaat.IsGelukt);
        Assert.Empty(resultaat.Interviews);
        Assert.Equal(
            [
                "interviews[0].antwoorden[\"20\"]: onbekende vraag \"20\" in vragenlijst 2024",
                "interviews[1].antwoorden[\"6\"]: score 3 valt buiten 0 tot en met 2",
                "interviews[2] (directie \"XYZ\"): onbekende directie \"XYZ\"",
            ],
            resultaat.Meldingen);
    }

    [Fact]
    public void Een_dubbel_interview_noemt_beide_plaatsen_ook_als_de_afkorting_anders_geschreven_is()
    {
        var resultaat = Lees(Bestand(Interview("F&I"), Interview("Com"), Interview("f&i")));

        Assert.Equal(["interviews[2] (directie \"f&i\"): dubbel interview voor directie \"F&I\" in 2024 (ook interviews[0])"], resultaat.Meldingen);
    }

    [Fact]
    public void Bij_een_dubbel_directieveld_noemt_de_kop_de_eerste_directie_die_ook_gelezen_wordt()
    {
        var resultaat = Lees(
            """{"jaar": 2024, "versie": "2024", "interviews": [{"directie": "XYZ", "directie": "F&I", "respondenttype": "trekker", "antwoorden": {}}]}""");

        Assert.Equal(
            ["interviews[0]: veld \"directie\" komt twee keer voor", "interviews[0] (directie \"XYZ\"): onbekende directie \"XYZ\""],
            resultaat.Meldingen);
    }

    [Fact]
    public void Een_goed_interview_naast_een_fout_wordt_niet_geimporteerd()
    {
        var resultaat = Lees(Bestand(Interview("F&I"), Interview("XYZ")));

        Assert.Empty(resultaat.Interviews);
        Assert.Single(resultaat.Fouten);
    }

    [Fact]
    public void Bij_een_onbekende_versie_worden_de_antwoorden_niet_per_vraag_gemeld()
    {
        var resultaat = Lees("""{"jaar": 2024, "versie": "1999", "interviews": [{"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"99": 9}}]}""");

        Assert.Equal(["versie: onbekende vragenlijstversie \"1999\""], resultaat.Meldingen);
    }

    [Fact]
    public void Een_ongeldig_jaar_en_een_ongeldige_versie_worden_allebei_gemeld()
    {
        var resultaat = Lees("""{"jaar": "2024", "versie": 2024, "interviews": [{"directie": "F&I", "respondenttype": "trekker", "antwoorden": {}}]}""");

        Assert.Equal(["jaar", "versie"], resultaat.Fouten.Select(f => f.Veld));
    }

    [Fact]
    public void Een_versie_van_volgend_jaar_past_bij_dat_jaar()
    {
        var resultaat = Lees("""{"jaar": 2025, "versie": "2025", "interviews": [{"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"6": 2}}]}""");

        Assert.True(resultaat.IsGelukt, string.Join("\n", resultaat.Meldingen));
    }

    [Theory]
    [InlineData("[1, 2]", "bestand: verwacht een object met \"jaar\", \"versie\" en \"interviews\", maar vond een lijst")]
    [InlineData("'tekst'", "bestand: verwacht een object met \"jaar\", \"versie\" en \"interviews\", maar vond tekst \"tekst\"")]
    [InlineData("null", "bestand: verwacht een object met \"jaar\", \"versie\" en \"interviews\", maar vond null")]
    [InlineData("{'versie': '2024', 'interviews': [I]}", "jaar: ontbreekt; verwacht een jaartal van 2000 tot en met 2100")]
    [InlineData(
        "{'jaar': '2024', 'versie': '2024', 'interviews': [I]}",
        "jaar: verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond tekst \"2024\"")]
    [InlineData(
        "{'jaar': 2024.5, 'versie': '2024', 'interviews': [I]}",
        "jaar: verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond getal 2024.5")]
    [InlineData(
        "{'jaar': 1999, 'versie': '2024', 'interviews': [I]}",
        "jaar: verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond getal 1999")]
    [InlineData(
        "{'jaar': 2101, 'versie': '2024', 'interviews': [I]}",
        "jaar: verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond getal 2101")]
    [InlineData("{'jaar': null, 'versie': '2024', 'interviews': [I]}", "jaar: verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond null")]
    [InlineData("{'jaar': 2024, 'interviews': [I]}", "versie: ontbreekt; verwacht de code van de vragenlijstversie, bijvoorbeeld \"2024\"")]
    [InlineData("{'jaar': 2024, 'versie': 2024, 'interviews': [I]}", "versie: verwacht de code van de vragenlijstversie als tekst, maar vond getal 2024")]
    [InlineData("{'jaar': 2024, 'versie': '', 'interviews': [I]}", "versie: verwacht de code van de vragenlijstversie als tekst, maar vond tekst \"\"")]
    [InlineData("{'jaar': 2024, 'versie': '2019', 'interviews': [I]}", "versie: onbekende vragenlijstversie \"2019\"")]
    [InlineData("{'jaar': 2024, 'versie': '2025', 'interviews': [I]}", "versie: vragenlijstversie \"2025\" hoort bij 2025, niet bij jaar 2024")]
    [InlineData("{'jaar': 2024, 'versie': '2024'}", "interviews: ontbreekt; verwacht een lijst met ten minste één interview")]
    [InlineData("{'jaar': 2024, 'versie': '2024', 'interviews': {}}", "interviews: verwacht een lijst met interviews, maar vond een object")]
    [InlineData("{'jaar': 2024, 'versie': '2024', 'interviews': 'F&I'}", "interviews: verwacht een lijst met interviews, maar vond tekst \"F&I\"")]
    [InlineData("{'jaar': 2024, 'versie': '2024', 'interviews': []}", "interviews: de lijst is leeg; verwacht ten minste één interview")]
    [InlineData(
        "{'jaar': 2024, 'jaartal': 2024, 'versie': '2024', 'interviews': [I]}",
        "jaartal: onbekend veld \"jaartal\"; toegestaan zijn \"jaar\", \"versie\" en \"interviews\"")]
    [InlineData("{'jaar': 2024, 'jaar': 2023, 'versie': '2024', 'interviews': [I]}", "bestand: veld \"jaar\" komt twee keer voor")]
    public void Een_fout_in_het_bestand_wordt_precies_gemeld(string json, string melding)
    {
        var resultaat = Lees(json.Replace("[I]", $"[{Interview("F&I")}]").Replace('\'', '"'));

        Assert.Equal([melding], resultaat.Meldingen);
        Assert.Empty(resultaat.Interviews);
    }

    [Theory]
    [InlineData("", "bestand: geen geldige JSON (regel 1, positie 1)")]
    [InlineData("{\"jaar\": 2024,", "bestand: geen geldige JSON (regel 1, positie 14)")]
    [InlineData("{\n  \"jaar\": 2024,\n  \"versie\": \"2024\",\n}", "bestand: geen geldige JSON (regel 4, positie 1)")]
    [InlineData("{\"jaar\": 2024 // commentaar\n}", "bestand: geen geldige JSON (regel 1, positie 15)")]
    [InlineData("{'jaar': 2024}", "bestand: geen geldige JSON (regel 1, positie 2)")]
    [InlineData("{\"respondent\": \"Güler\" \"jaar\": 2024}", "bestand: geen geldige JSON (regel 1, positie 24)")]
    public void Ongeldige_JSON_noemt_regel_en_positie(string json, string melding)
    {
        Assert.Equal([melding], Lees(json).Meldingen);
    }

    [Theory]
    [InlineData("5", "interviews[0]: verwacht een interview (object), maar vond getal 5")]
    [InlineData("'F&I'", "interviews[0]: verwacht een interview (object), maar vond tekst \"F&I\"")]
    [InlineData("null", "interviews[0]: verwacht een interview (object), maar vond null")]
    [InlineData("[]", "interviews[0]: verwacht een interview (object), maar vond een lijst")]
    [InlineData(
        "{'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0]: directie ontbreekt; verwacht de afkorting van de directie, bijvoorbeeld \"F&I\"")]
    [InlineData(
        "{'directie': 12, 'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0].directie: verwacht de afkorting van de directie als tekst, maar vond getal 12")]
    [InlineData(
        "{'directie': '', 'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0].directie: verwacht de afkorting van de directie als tekst, maar vond tekst \"\"")]
    [InlineData(
        "{'directie': ['F&I'], 'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0].directie: verwacht de afkorting van de directie als tekst, maar vond een lijst")]
    [InlineData("{'directie': 'XYZ', 'respondenttype': 'trekker', 'antwoorden': {}}", "interviews[0] (directie \"XYZ\"): onbekende directie \"XYZ\"")]
    [InlineData("{'directie': 'F&I', 'antwoorden': {}}", "interviews[0]: respondenttype ontbreekt; " + Kiesuit)]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'voorzitter', 'antwoorden': {}}",
        "interviews[0].respondenttype: onbekend respondenttype \"voorzitter\"; " + Kiesuit)]
    [InlineData("{'directie': 'F&I', 'respondenttype': '', 'antwoorden': {}}", "interviews[0].respondenttype: onbekend respondenttype \"\"; " + Kiesuit)]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 1, 'antwoorden': {}}",
        "interviews[0].respondenttype: verwacht een respondenttype als tekst, maar vond getal 1; " + Kiesuit)]
    [InlineData("{'directie': 'F&I', 'respondenttype': 'trekker'}", "interviews[0]: antwoorden ontbreekt; gebruik {} als er nog niets is beantwoord")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': []}",
        "interviews[0].antwoorden: verwacht een object met per vraagnummer het antwoord, maar vond een lijst")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': '3'}",
        "interviews[0].antwoorden: verwacht een object met per vraagnummer het antwoord, maar vond tekst \"3\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'20': 1}}",
        "interviews[0].antwoorden[\"20\"]: onbekende vraag \"20\" in vragenlijst 2024")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'14': 1}}",
        "interviews[0].antwoorden[\"14\"]: onbekende vraag \"14\" in vragenlijst 2024")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'14A': 1}}",
        "interviews[0].antwoorden[\"14A\"]: onbekende vraag \"14A\" in vragenlijst 2024")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'6': 3}}",
        "interviews[0].antwoorden[\"6\"]: score 3 valt buiten 0 tot en met 2")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': -1}}",
        "interviews[0].antwoorden[\"1\"]: score -1 valt buiten 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'15': 4}}",
        "interviews[0].antwoorden[\"15\"]: score 4 valt buiten 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': 99999999999}}",
        "interviews[0].antwoorden[\"1\"]: score 99999999999 valt buiten 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': 2.5}}",
        "interviews[0].antwoorden[\"1\"]: score 2.5 is geen geheel getal; kies 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': 3.0}}",
        "interviews[0].antwoorden[\"1\"]: score 3.0 is geen geheel getal; kies 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': '3'}}",
        "interviews[0].antwoorden[\"1\"]: vraag 1 vraagt om een score 0 tot en met 3, maar vond tekst \"3\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': 'drie'}}",
        "interviews[0].antwoorden[\"1\"]: vraag 1 vraagt om een score 0 tot en met 3, maar vond tekst \"drie\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': true}}",
        "interviews[0].antwoorden[\"1\"]: vraag 1 vraagt om een score 0 tot en met 3, maar vond true")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'6': false}}",
        "interviews[0].antwoorden[\"6\"]: vraag 6 vraagt om een score 0 tot en met 2, maar vond false")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': null}}",
        "interviews[0].antwoorden[\"1\"]: null is geen score; laat de vraag weg als het antwoord ontbreekt, of kies 0 tot en met 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': {'score': 3}}}",
        "interviews[0].antwoorden[\"1\"]: vraag 1 vraagt om een score 0 tot en met 3, maar vond een object")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': [3]}}",
        "interviews[0].antwoorden[\"1\"]: vraag 1 vraagt om een score 0 tot en met 3, maar vond een lijst")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'16': 3}}",
        "interviews[0].antwoorden[\"16\"]: vraag 16 is een open vraag; verwacht tekst, maar vond getal 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'19': null}}",
        "interviews[0].antwoorden[\"19\"]: vraag 19 is een open vraag; verwacht tekst, maar vond null")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'17': ' '}}",
        "interviews[0].antwoorden[\"17\"]: lege tekst; laat de vraag weg als er geen antwoord is")]
    [InlineData("{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {'1': 3, '1': 2}}", "interviews[0].antwoorden: veld \"1\" komt twee keer voor")]
    [InlineData(
        "{'directie': 'F&I', 'directie': 'Com', 'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0]: veld \"directie\" komt twee keer voor")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'opmerking': 'x'}",
        "interviews[0].opmerking: onbekend veld \"opmerking\"; toegestaan zijn \"directie\", \"respondenttype\", \"antwoorden\", \"respondent\", "
        + "\"accounthouders\", \"datum\", \"notities\" en \"observatie\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'respondent': 5}",
        "interviews[0].respondent: verwacht de naam van de respondent als tekst, maar vond getal 5")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'accounthouders': 'Aisha'}",
        "interviews[0].accounthouders: verwacht een lijst met namen, maar vond tekst \"Aisha\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'accounthouders': ['Aisha', 3]}",
        "interviews[0].accounthouders[1]: verwacht de naam van een accounthouder, maar vond getal 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'accounthouders': ['']}",
        "interviews[0].accounthouders[0]: verwacht de naam van een accounthouder, maar vond tekst \"\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'datum': '12-03-2024'}",
        "interviews[0].datum: verwacht een datum als \"jjjj-mm-dd\", maar vond tekst \"12-03-2024\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'datum': '2024-02-30'}",
        "interviews[0].datum: verwacht een datum als \"jjjj-mm-dd\", maar vond tekst \"2024-02-30\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'datum': '2024-3-5'}",
        "interviews[0].datum: verwacht een datum als \"jjjj-mm-dd\", maar vond tekst \"2024-3-5\"")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'datum': 20240312}",
        "interviews[0].datum: verwacht een datum als \"jjjj-mm-dd\", maar vond getal 20240312")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'notities': ['x']}",
        "interviews[0].notities: verwacht een object met per vraagnummer een notitie, maar vond een lijst")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'notities': {'20': 'x'}}",
        "interviews[0].notities[\"20\"]: onbekende vraag \"20\" in vragenlijst 2024")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'notities': {'1': 3}}",
        "interviews[0].notities[\"1\"]: verwacht een notitie als tekst, maar vond getal 3")]
    [InlineData(
        "{'directie': 'F&I', 'respondenttype': 'trekker', 'antwoorden': {}, 'observatie': ['x']}",
        "interviews[0].observatie: verwacht de observatie van de accounthouder als tekst, maar vond een lijst")]
    [InlineData(
        "{'directie': 'P&O', 'respondenttype': 'trekker', 'antwoorden': {}}",
        "interviews[0] (directie \"P&O\"): er is al een interview voor directie \"P&O\" in 2024; wijzig dat in de applicatie of laat dit interview weg")]
    public void Een_fout_in_een_interview_wordt_precies_gemeld(string interview, string melding)
    {
        var resultaat = Lees(Bestand(interview.Replace('\'', '"')));

        Assert.Equal([melding], resultaat.Meldingen);
        Assert.Empty(resultaat.Interviews);
    }

    private static string Interview(string directie) =>
        $$$"""{"directie": "{{{directie}}}", "respondenttype": "trekker", "antwoorden": {"1": 3}}""";

    private static string Bestand(params string[] interviews) =>
        $$"""{"jaar": 2024, "versie": "2024", "interviews": [{{string.Join(", ", interviews)}}]}""";

    private static ImportResultaat Lees(string json)
    {
        var directies = new[] { FenI, PenO, Com }.ToDictionary(d => d.Afkorting, StringComparer.OrdinalIgnoreCase);
        return InterviewImport.Lees(
            json,
            code => code switch
            {
                "2024" => Seed2024.Lees(),
                "2025" => Versie2025,
                _ => null,
            },
            afkorting => directies.GetValueOrDefault(afkorting),
            (jaar, directieId) => jaar == 2024 && directieId == PenO.Id);
    }
}
