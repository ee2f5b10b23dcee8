using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>Names the library cannot know are checked against the host's catalogue, and only when one is given.</summary>
public sealed class CatalogusTests
{
    private static readonly WorkflowCatalogus Catalogus = new()
    {
        Rollen = new HashSet<string> { "directeur", "clusterdirecteur", "bureau", "trekker" },
        Collecties = new HashSet<string> { "actieve-directies", "clusters" },
        Voorwaarden = new HashSet<string> { "directie-zonder-trekker" },
        Sjablonen = new HashSet<string> { "escalatie-trekker-benoemen", "welkom-trekker", "alle-trekkers-benoemd" },
        Formulieren = new HashSet<string> { "trekker-benoemen" },
    };

    private sealed record Geval(string Zoek, string Vervang, string Pad, string Melding);

    private static readonly Dictionary<string, Geval> Gevallen = new()
    {
        ["onbekende rol van een taak"] = new(
            "\"rol\": \"directeur\"", "\"rol\": \"directeru\"", "$.stappen[0].stappen[0].rol",
            "Onbekende rol 'directeru'. Bedoelde je 'directeur'? Bekende rollen: bureau, clusterdirecteur, directeur, trekker."),
        ["onbekende ontvanger van een melding"] = new(
            "\"aanRol\": \"trekker\"", "\"aanRol\": \"gmt\"", "$.stappen[0].stappen[1].aanRol",
            "Onbekende rol 'gmt'. Bekende rollen: bureau, clusterdirecteur, directeur, trekker."),
        ["onbekende rol in de escalatieladder"] = new(
            "\"naarRol\": \"bureau\"", "\"naarRol\": \"bureau-id\"", "$.stappen[0].stappen[0].escalaties[1].naarRol", "Onbekende rol 'bureau-id'."),
        ["onbekend sjabloon van een melding"] = new(
            "\"sjabloon\": \"welkom-trekker\"", "\"sjabloon\": \"welkom\"", "$.stappen[0].stappen[1].sjabloon",
            "Onbekend sjabloon 'welkom'. Bekende sjablonen: alle-trekkers-benoemd, escalatie-trekker-benoemen, welkom-trekker."),
        ["onbekend sjabloon van een escalatietrede"] = new(
            "\"melding\": \"escalatie-trekker-benoemen\" }\n", "\"melding\": \"escalatie\" }\n", "$.stappen[0].stappen[0].escalaties[1].melding",
            "Onbekend sjabloon 'escalatie'."),
        ["onbekende collectie"] = new(
            "\"collectie\": \"actieve-directies\"", "\"collectie\": \"directies\"", "$.stappen[0].collectie",
            "Onbekende collectie 'directies'. Bekende collecties: actieve-directies, clusters."),
        ["onbekende voorwaarde"] = new(
            "\"voorwaarde\": \"directie-zonder-trekker\"", "\"voorwaarde\": \"directie-zonder-trekkers\"", "$.stappen[0].voorwaarde",
            "Onbekende voorwaarde 'directie-zonder-trekkers'. Bedoelde je 'directie-zonder-trekker'? Bekende voorwaarden: directie-zonder-trekker."),
        ["onbekend formulier"] = new(
            "\"formulier\": \"trekker-benoemen\"", "\"formulier\": \"trekker\"", "$.stappen[0].stappen[0].formulier",
            "Onbekend formulier 'trekker'. Bekende formulieren: trekker-benoemen."),
    };

    public static TheoryData<string> Namen => [.. Gevallen.Keys];

    [Theory]
    [MemberData(nameof(Namen))]
    public void Een_naam_die_de_host_niet_kent_wordt_geweigerd_met_de_bekende_namen(string naam)
    {
        var geval = Gevallen[naam];
        var voorbeeld = Voorbeeld("benoem-een-trekker.json");
        Assert.Contains(geval.Zoek, voorbeeld, StringComparison.Ordinal);
        var json = Vervang(voorbeeld, geval.Zoek, geval.Vervang);

        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(json, Catalogus).Fouten);

        Assert.Equal(geval.Pad, fout.Pad);
        Assert.Contains(geval.Melding, fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Zonder_catalogus_worden_namen_niet_gecontroleerd()
    {
        var json = Voorbeeld("benoem-een-trekker.json").Replace("\"directeur\"", "\"wie-dan-ook\"", StringComparison.Ordinal);

        Assert.True(WorkflowDefinitieLezer.Lees(json).IsGeldig);
    }

    [Fact]
    public void Een_soort_naam_die_de_catalogus_open_laat_wordt_niet_gecontroleerd()
    {
        var json = Voorbeeld("benoem-een-trekker.json")
            .Replace("\"formulier\": \"trekker-benoemen\"", "\"formulier\": \"iets-anders\"", StringComparison.Ordinal);

        Assert.True(WorkflowDefinitieLezer.Lees(json, Catalogus with { Formulieren = null }).IsGeldig);
    }

    [Fact]
    public void Het_voorbeeld_is_geldig_tegen_de_catalogus() =>
        Assert.Empty(WorkflowDefinitieLezer.Lees(Voorbeeld("benoem-een-trekker.json"), Catalogus).Fouten);

    [Fact]
    public void Een_lege_soort_in_de_catalogus_zegt_dat_er_geen_namen_zijn()
    {
        var zonderVoorwaarden = Catalogus with { Voorwaarden = new HashSet<string>() };
        var fout = Assert.Single(WorkflowDefinitieLezer.Lees(Voorbeeld("benoem-een-trekker.json"), zonderVoorwaarden).Fouten);

        Assert.Equal("$.stappen[0].voorwaarde", fout.Pad);
        Assert.Equal("Onbekende voorwaarde 'directie-zonder-trekker'. Er zijn geen voorwaarden bekend.", fout.Melding);
    }

    /// <summary>Replaces exactly one occurrence, so a case cannot silently change two places.</summary>
    private static string Vervang(string tekst, string zoek, string vervang)
    {
        var index = tekst.IndexOf(zoek, StringComparison.Ordinal);
        Assert.Equal(-1, tekst.IndexOf(zoek, index + 1, StringComparison.Ordinal));
        return string.Concat(tekst.AsSpan(0, index), vervang, tekst.AsSpan(index + zoek.Length));
    }
}
