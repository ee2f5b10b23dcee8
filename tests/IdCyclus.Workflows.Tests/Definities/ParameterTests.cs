using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>
/// Parameters: a definition declares named dates once, steps refer to them as <c>$naam</c>, and <c>waarden</c> binds
/// them. The reader names every problem (unknown parameter, missing value, wrong kind); the writer writes the
/// references back, so a template survives a round trip.
/// </summary>
public sealed class ParameterTests
{
    private const string Declaraties =
        "'parameters': [ { 'naam': 'eerste', 'label': 'Eerste deadline', 'soort': 'datum' }, "
        + "{ 'naam': 'tweede', 'label': 'Tweede deadline', 'soort': 'datum', 'omschrijving': 'Uitleg' } ]";

    private static readonly string Stappen =
        "'stappen': [ " + Stap("a", "taak", "'deadline': { 'datum': '$eerste' }") + ", " + Stap("b", "wachten").Replace("2025-09-01", "$tweede") + " ]";

    private static string Sjabloon(string waarden = "") =>
        Json($"{{ 'id': 'test', 'naam': 'Test', 'versie': 1, {Declaraties}, {(waarden == "" ? "" : waarden + ", ")}{Stappen} }}");

    [Fact]
    public void Een_verwijzing_krijgt_de_waarde_en_onthoudt_de_parameter()
    {
        var definitie = WorkflowDefinitieLezer.Lees(Sjabloon("'waarden': { 'tweede': '2025-06-06', 'eerste': '2025-02-21' }")).Definitie!;

        Assert.Equal(new DatumTermijn(new DateOnly(2025, 2, 21)) { Parameter = "eerste" }, ((TaakStap)definitie.ZoekStap("a")).Deadline);
        Assert.Equal(new DateOnly(2025, 6, 6), ((DatumTermijn)((WachtStap)definitie.ZoekStap("b")).Tot).Datum);
        Assert.Equal([new ParameterWaarde("eerste", new(2025, 2, 21)), new ParameterWaarde("tweede", new(2025, 6, 6))], definitie.Waarden);
        Assert.Equal("Uitleg", definitie.Parameters[1].Omschrijving);
        Assert.Equal(definitie, WorkflowDefinitieLezer.Lees(WorkflowDefinitieSchrijver.Schrijf(definitie)).Definitie);
        Assert.Contains("\"datum\": \"$eerste\"", WorkflowDefinitieSchrijver.Schrijf(definitie), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'waarden': { 'eerste': '2025-02-21' }", "$.waarden.tweede",
        "Parameter 'tweede' (Tweede deadline) heeft geen waarde. Geef hem een waarde in 'waarden', bijvoorbeeld \"tweede\": \"2025-03-31\".")]
    [InlineData("'waarden': { 'eerste': '2025-02-21', 'tweede': '2025-06-06', 'derde': '2025-07-01' }", "$.waarden.derde",
        "Onbekende parameter 'derde' in 'waarden'. Gedeclareerde parameters: eerste, tweede.")]
    [InlineData("'waarden': { 'eerste': 20250221, 'tweede': '2025-06-06' }", "$.waarden.eerste",
        "De waarde van parameter 'eerste' (Eerste deadline) moet een datum zijn (tekst in de vorm jjjj-mm-dd), maar is het getal 20250221.")]
    [InlineData("'waarden': { 'eerste': '21-02-2025', 'tweede': '2025-06-06' }", "$.waarden.eerste",
        "'21-02-2025' is geen datum in de vorm jjjj-mm-dd, bijvoorbeeld 2025-03-31.")]
    [InlineData("'waarden': { 'eerste': '2025-02-30', 'tweede': '2025-06-06' }", "$.waarden.eerste", "'2025-02-30' is geen bestaande datum.")]
    public void Een_fout_in_de_waarden_geeft_een_Nederlandse_melding_op_zijn_pad(string waarden, string pad, string melding)
    {
        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(Sjabloon(waarden)).Fouten);

        Assert.Equal(pad, fout.Pad);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Een_verwijzing_naar_een_onbekende_parameter_noemt_de_bekende_en_een_suggestie()
    {
        var json = Sjabloon("'waarden': { 'eerste': '2025-02-21', 'tweede': '2025-06-06' }").Replace("$eerste", "$eerst", StringComparison.Ordinal);

        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(json).Fouten);

        Assert.Equal("$.stappen[0].deadline.datum", fout.Pad);
        Assert.Equal("Onbekende parameter 'eerst' in 'datum'. Bedoelde je 'eerste'? Gedeclareerde parameters: eerste, tweede.", fout.Melding);
    }

    [Fact]
    public void Zonder_declaraties_zegt_de_lezer_waar_ze_horen()
    {
        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(Met(Stap("a", "taak", "'deadline': { 'datum': '$start' }"))).Fouten);

        Assert.Equal(
            "Onbekende parameter 'start' in 'datum': deze definitie declareert geen parameters. Declareer hem in 'parameters' (naam, label, soort).",
            fout.Melding);
    }

    [Theory]
    [InlineData("{ 'naam': 'eerste', 'label': 'x', 'soort': 'getal' }", "$.parameters[0].soort",
        "Onbekende parametersoort 'getal'. Kies een soort uit: datum.")]
    [InlineData("{ 'naam': 'eerste', 'soort': 'datum' }", "$.parameters[0].label", "Verplicht veld 'label' ontbreekt.")]
    [InlineData("{ 'naam': 'Eerste', 'label': 'x', 'soort': 'datum' }", "$.parameters[0].naam", "'Eerste' is geen geldige naam")]
    [InlineData("{ 'naam': 'eerste', 'label': 'x', 'soort': 'datum', 'standaard': '2025-01-01' }", "$.parameters[0].standaard",
        "Onbekend veld 'standaard' in een parameter.")]
    public void Een_fout_in_een_declaratie_geeft_een_Nederlandse_melding(string declaratie, string pad, string melding)
    {
        var json = Json(
            $"{{ 'id': 'test', 'naam': 'Test', 'versie': 1, 'parameters': [ {declaratie} ], 'waarden': {{ }}, 'stappen': [ {Stap("a", "taak")} ] }}");

        var fouten = WorkflowDefinitieLezer.Lees(json).Fouten;

        Assert.Contains(fouten, f => f.Pad == pad && f.Melding.StartsWith(melding, StringComparison.Ordinal));
    }

    [Fact]
    public void Een_naam_komt_een_keer_voor()
    {
        var json = Json("{ 'id': 'test', 'naam': 'Test', 'versie': 1, 'parameters': [ { 'naam': 'a', 'label': 'A', 'soort': 'datum' }, "
            + "{ 'naam': 'a', 'label': 'B', 'soort': 'datum' } ], 'waarden': { 'a': '2025-01-01' }, 'stappen': [ " + Stap("x", "taak") + " ] }");

        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(json).Fouten);

        Assert.Equal(("$.parameters[1].naam", "Parameter 'a' is al gedeclareerd in $.parameters[0]; elke naam komt één keer voor."), (fout.Pad, fout.Melding));
    }

    [Fact]
    public void Een_sjabloon_zonder_waarden_is_geldig_als_sjabloon_en_wordt_ingevuld()
    {
        var sjabloon = Sjabloon();

        var gelezen = WorkflowSjabloon.Lees(sjabloon);
        Assert.Empty(gelezen.Fouten);
        Assert.Equal(["eerste", "tweede"], gelezen.Parameters!.Select(p => p.Naam));
        Assert.Equal("$.waarden.eerste", WorkflowDefinitieLezer.Lees(sjabloon).Fouten[0].Pad);

        var ingevuld = WorkflowSjabloon.Invullen(sjabloon, new Dictionary<string, DateOnly?> { ["eerste"] = new(2026, 2, 20), ["tweede"] = new(2026, 6, 5) },
            id: "test-2026", naam: "Test 2026", versie: 3);
        Assert.Empty(ingevuld.Fouten);
        Assert.Equal(("test-2026", "Test 2026", 3), (ingevuld.Definitie!.Id, ingevuld.Definitie.Naam, ingevuld.Definitie.Versie));
        Assert.Equal(new DateOnly(2026, 2, 20), WorkflowSjabloon.WaardenVan(ingevuld.Definitie)["eerste"]);

        var onvolledig = WorkflowSjabloon.Invullen(sjabloon, new Dictionary<string, DateOnly?> { ["eerste"] = new(2026, 2, 20), ["tweede"] = null });
        Assert.Equal("$.waarden.tweede", Assert.Single(onvolledig.Fouten).Pad);
    }
}
