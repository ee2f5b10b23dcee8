using IdCyclus.Host.Cli;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// A behaviour file Bureau writes itself for <c>simulate</c>: every step and actor it names is checked before the year
/// runs, and an action or <c>voor</c> name that met no task during the run is named after it, so a typo never shows up
/// as a year in which nobody acted.
/// </summary>
public sealed class GedragsbestandTests
{
    private static readonly string[] Taakstappen = ["interview-afnemen", "trekker-benoemen", "voorbereiding"];
    private static readonly string[] Rollen = ["bureau", "directeur", "trekker"];
    private static readonly string[] Directies = ["P&O", "SIS", "WPI"];

    [Fact]
    public void Een_stap_of_rol_met_een_tikfout_wordt_genoemd_met_de_bedoelde_naam()
    {
        var fouten = Lees("""
            { "acties": [
              { "stap": "voorbereiding", "naDagen": 1, "door": "bureau" },
              { "stap": "trekker-benoeme", "naDagen": 3, "door": "Directeur" }
            ] }
            """).Controleer(Taakstappen, Rollen, Directies);

        Assert.Equal(
            [
                "acties[1].stap: 'trekker-benoeme' is geen taakstap van de definities. Bedoelt u 'trekker-benoemen'?",
                "acties[1].door: 'Directeur' is geen rol. Bedoelt u 'directeur'?",
            ],
            fouten);
    }

    [Fact]
    public void Een_onbekende_naam_zonder_gelijkende_krijgt_de_lijst_van_wat_wel_kan()
    {
        var fouten = Lees("""{ "acties": [ { "stap": "rapport-schrijven", "naDagen": 3, "door": "gemeentesecretaris" } ] }""")
            .Controleer(Taakstappen, Rollen, Directies);

        Assert.Equal(
            [
                "acties[0].stap: 'rapport-schrijven' is geen taakstap van de definities. "
                + "Taakstappen: interview-afnemen, trekker-benoemen, voorbereiding.",
                "acties[0].door: 'gemeentesecretaris' is geen rol. Rollen: behandelaar, bureau, directeur, trekker.",
            ],
            fouten);
    }

    [Fact]
    public void Een_geldig_bestand_met_de_behandelaar_als_actor_heeft_geen_fouten()
    {
        var fouten = Lees("""
            { "acties": [
              { "stap": "trekker-benoemen", "naDagen": 3, "door": "behandelaar" },
              { "stap": "interview-afnemen", "nooit": true }
            ] }
            """).Controleer(Taakstappen, Rollen, Directies);

        Assert.Empty(fouten);
    }

    [Fact]
    public void Een_directie_in_een_veld_die_niet_bestaat_wordt_genoemd_met_de_bedoelde_afkorting()
    {
        var fouten = Lees("""
            { "acties": [ { "stap": "trekker-benoemen", "naDagen": 3,
              "velden": { "Afspraak1Directie": "{directie:SlS}", "Afspraak2Directie": "{directie:WPI}", "Afspraak3Directie": "{directie:GGZ}" } } ] }
            """).Controleer(Taakstappen, Rollen, Directies);

        Assert.Equal(
            [
                "acties[0].velden.Afspraak1Directie: '{directie:SlS}' noemt geen directie. Bedoelt u 'SIS'?",
                "acties[0].velden.Afspraak3Directie: '{directie:GGZ}' noemt geen directie. Directies: P&O, SIS, WPI.",
            ],
            fouten);
    }

    [Fact]
    public void Plekken_in_een_veld_worden_gevuld_met_het_item_en_het_id_van_de_directie()
    {
        var sis = Guid.CreateVersion7();
        var directies = new Dictionary<string, Guid> { ["SIS"] = sis };

        Assert.Equal($"{sis}", Veldwaarde.Vul("{directie:SIS}", "uie", directies));
        Assert.Equal("trekker.uie@idcyclus.example", Veldwaarde.Vul("trekker.{item}@idcyclus.example", "uie", directies));
        Assert.Null(Veldwaarde.Vul(null, "uie", directies));
    }

    [Fact]
    public void Een_bestand_van_de_verkeerde_vorm_krijgt_elke_fout_in_het_Nederlands_met_zijn_pad()
    {
        var gedrag = Gedrag.Lees("""
            { "acties": [
              { "stap": 3, "naDagen": "9", "nooit": "ja", "voor": "P&O", "velden": { "UrenPerWeek": 8, "Naam": null } },
              { "stap": "trekker-benoemen", "wanneer": 4, "NADAGEN": 2 },
              "trekker-benoemen"
            ], "extra": 1 }
            """, out var fout);

        Assert.Null(gedrag);
        Assert.Equal(
            [
                "extra: onbekend veld; het bestand kent alleen 'acties'.",
                "acties[0].stap: hoort tekst te zijn, tussen dubbele aanhalingstekens.",
                "acties[0].naDagen: hoort een geheel getal te zijn, zonder aanhalingstekens.",
                "acties[0].nooit: hoort true of false te zijn.",
                "acties[0].voor: hoort een lijst van teksten te zijn, zoals [\"P&O\", \"UI&E\"].",
                "acties[0].velden.UrenPerWeek: hoort tekst te zijn (ook een getal of datum tussen aanhalingstekens), of null.",
                "acties[1].wanneer: onbekend veld. Velden: stap, naDagen, nooit, voor, door, uitkomst, velden.",
                "acties[2]: hoort een object te zijn ({ \"stap\": …, \"naDagen\": … }).",
            ],
            fout!.Split(Environment.NewLine).Select(r => r.Trim()));
    }

    [Theory]
    [InlineData("""{ "acties": [ { "stap": "x", "naDagen": 3 ] }""", "De tekst is geen geldige JSON: ", "(regel 1, positie ")]
    [InlineData("[]", "het bestand hoort een JSON-object te zijn", "")]
    [InlineData("""{ "acties": {} }""", "acties: ontbreekt of is geen lijst", "")]
    [InlineData("  ", "leeg bestand", "")]
    public void Geen_bestand_van_acties_wordt_geweigerd_met_een_Nederlandse_melding(string json, string begin, string plaats)
    {
        Assert.Null(Gedrag.Lees(json, out var fout));
        Assert.StartsWith(begin, fout);
        Assert.Contains(plaats, fout);
    }

    [Fact]
    public void Velden_worden_zonder_hoofdletters_herkend_zoals_de_lezer_dat_doet()
    {
        var gedrag = Lees("""{ "Acties": [ { "STAP": "voorbereiding", "nadagen": 2, "Velden": { "X": "1" } } ] }""");
        var actie = Assert.Single(gedrag.Acties);
        Assert.Equal(("voorbereiding", 2, "1"), (actie.Stap, actie.NaDagen, actie.Velden!["X"]));
    }

    [Theory]
    [InlineData("Uitvoering, Innovatie en Eigenaarschap (UI&E)", "UI&E")]
    [InlineData("SIS: Trekker met minimaal 8 uur per week benoemd", "SIS")]
    [InlineData("Communicatie (Com): Het MT bespreekt het plan", "Com")]
    [InlineData("Sociaal", "Sociaal")]
    [InlineData(null, "—")]
    public void Het_onderdeel_van_een_item_is_de_afkorting_of_wat_voor_de_dubbele_punt_staat(string? omschrijving, string kort) =>
        Assert.Equal(kort, Onderdeel.Kort(omschrijving));

    [Fact]
    public void Na_de_run_worden_een_actie_en_een_voor_naam_genoemd_die_geen_taak_raakten()
    {
        var gebruik = new Gedragsgebruik(Lees("""
            { "acties": [
              { "stap": "trekker-benoemen", "voor": ["P&0", "UI&E"], "naDagen": 3 },
              { "stap": "trekker-benoemen", "naDagen": 20 },
              { "stap": "interview-afnemen", "naDagen": 5 }
            ] }
            """));

        Assert.Equal(3, gebruik.Kies(Taak("trekker-benoemen", "Uitvoering, Innovatie en Eigenaarschap (UI&E)"))?.NaDagen);
        Assert.Equal(20, gebruik.Kies(Taak("trekker-benoemen", "Personeel en Organisatie (P&O)"))?.NaDagen);
        Assert.Null(gebruik.Kies(Taak("voorbereiding", null)));

        Assert.Equal(
            [
                "acties[0].voor: 'P&0' paste in deze periode op geen enkele taak van stap 'trekker-benoemen'.",
                "acties[2] (stap 'interview-afnemen') paste in deze periode op geen enkele taak.",
            ],
            gebruik.Ongebruikt());
    }

    private static Gedrag Lees(string json) =>
        Gedrag.Lees(json, out var fout) ?? throw new InvalidOperationException(fout);

    private static WorkflowTaak Taak(string stap, string? bereik) => new(
        Guid.NewGuid(), Guid.NewGuid(), "voortgangscyclus", "Voortgangscyclus", stap, stap, null, "directeur", null, bereik, null, null, [],
        TaakStatus.Open, null, null, 0, null, null, null, null, new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc), 1);
}
