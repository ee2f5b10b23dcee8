using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Workflows;

namespace IdCyclus.Modules.Cyclus.Tests;

public sealed class DuidingsgesprekkenTests
{
    private static readonly DateTimeOffset Nu = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Velden(params (string Naam, string? Waarde)[] velden) => velden.ToDictionary(v => v.Naam, v => v.Waarde);

    [Fact]
    public void De_definitie_is_geldig_met_de_namen_die_Cyclus_registreert_en_loopt_per_cluster_en_de_nabespreking_per_directie_apart()
    {
        var organisatie = new NepOrganisatie();
        var catalogus = new WorkflowCatalogus
        {
            Rollen = new OrganisatieRollen(organisatie).Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = new HashSet<string>([new Clusters(organisatie).Naam, new ActieveDirecties(organisatie).Naam], StringComparer.Ordinal),
            Formulieren = new HashSet<string>([Duidingsgesprekken.Duidingsgesprekken.PlannenFormulier, Duidingsgesprekken.Duidingsgesprekken.UitkomstFormulier,
                new DuidingNabesprekenFormulier().Naam], StringComparer.Ordinal),
            Sjablonen = new Sjablonen().Namen.Concat(new Duidingssjablonen().Namen).ToHashSet(StringComparer.Ordinal),
        };

        var json = Duidingsgesprekken.Duidingsgesprekken.Maak(2024);

        Assert.Empty(WorkflowDefinitieLezer.Lees(json, catalogus).Fouten);
        var definitie = WorkflowDefinitieLezer.Lees(json).Definitie!;
        Assert.Equal(("duidingsgesprekken-2024", 1), (definitie.Id, definitie.Versie));
        var perSectie = Assert.IsType<PerItemStap>(definitie.ZoekStap(Duidingsgesprekken.Duidingsgesprekken.PerSectieStap));
        Assert.Equal("clusters", perSectie.Collectie);
        var plannen = Assert.IsType<TaakStap>(definitie.ZoekStap(Duidingsgesprekken.Duidingsgesprekken.PlannenStap));
        Assert.Equal(("accounthouder", "bureau"), (plannen.Rol, Assert.Single(plannen.Escalaties).NaarRol));
        var trekkers = Assert.IsType<MeldingStap>(definitie.ZoekStap("duidingsgesprek-trekkers-informeren"));
        Assert.Equal((OrganisatieRollen.TrekkersVanCluster, Bereik.Item), (trekkers.AanRol, trekkers.Bereik));
        // The per-directie tasks are a run of their own per directie, started per section (ADR 0032), not a second fan-out.
        Assert.Single(definitie.Stappen);
        Assert.False(definitie.ProbeerStap(Duidingsgesprekken.Duidingsgesprekken.NabesprekenStap, out _));
        using var stroom = typeof(Duidingsgesprekken.Duidingsgesprekken).Assembly.GetManifestResourceStream("definitie:duiding-nabespreken.json")!;
        var nabesprekenJson = new StreamReader(stroom).ReadToEnd();
        Assert.Empty(WorkflowDefinitieLezer.Lees(nabesprekenJson, catalogus).Fouten);
        var nabespreken = Assert.IsType<TaakStap>(WorkflowDefinitieLezer.Lees(nabesprekenJson).Definitie!.Stappen.Single());
        Assert.Equal(
            (Duidingsgesprekken.Duidingsgesprekken.NabesprekenStap, "clusterdirecteur", Bereik.Item), (nabespreken.Id, nabespreken.Rol, nabespreken.Bereik));
        Assert.Equal(new DuurTermijn(IsoDuur.Parse("P28D"), Anker.Start), nabespreken.Deadline);
        Assert.Equal(2024, Duidingsgesprekken.Duidingsgesprekken.Jaar(definitie.Id));
        Assert.Equal(2025, Duidingsgesprekken.Duidingsgesprekken.Jaar("voortgangscyclus-2025"));
    }

    [Fact]
    public void Een_lege_planning_geeft_elke_fout_bij_haar_veld()
    {
        var (planning, fouten) = Gespreksplanningregels.Controleer(Velden(), Nu);

        Assert.Null(planning);
        Assert.Equal(["Datum", "Begintijd", "Eindtijd", "Locatie"], fouten.Select(f => f.Veld));
        Assert.All(fouten, f => Assert.StartsWith("Vul de", f.Melding, StringComparison.Ordinal));
    }

    [Fact]
    public void Een_dag_in_het_verleden_een_eindtijd_voor_de_begintijd_en_een_fout_e_mailadres_worden_geweigerd()
    {
        var (planning, fouten) = Gespreksplanningregels.Controleer(
            Velden(("Datum", "2024-11-19"), ("Begintijd", "11:00"), ("Eindtijd", "10:00"), ("Locatie", "Stadhuis"),
                ("Deelnemers", "staf@amsterdam.nl\ngeen-adres")), Nu);

        Assert.Null(planning);
        Assert.Contains(fouten, f => f is { Veld: "Datum" } && f.Melding.Contains("verleden", StringComparison.Ordinal));
        Assert.Contains(fouten, f => f is { Veld: "Eindtijd", Melding: "De eindtijd ligt niet na de begintijd." });
        Assert.Contains(fouten, f => f is { Veld: "Deelnemers" } && f.Melding.Contains("‘geen-adres’", StringComparison.Ordinal));
    }

    [Fact]
    public void Onleesbare_datum_en_tijd_noemen_wat_er_stond()
    {
        var (_, fouten) = Gespreksplanningregels.Controleer(
            Velden(("Datum", "3-12-2024"), ("Begintijd", "tien uur"), ("Eindtijd", "11:00"), ("Locatie", "Teams")), Nu);

        Assert.Equal("‘3-12-2024’ is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2024-12-03.", fouten.Single(f => f.Veld == "Datum").Melding);
        Assert.Equal("‘tien uur’ is geen tijd; schrijf uu:mm, bijvoorbeeld 10:00.", fouten.Single(f => f.Veld == "Begintijd").Melding);
    }

    [Theory]
    [InlineData("2024-12-03", 9)]
    [InlineData("2025-06-03", 8)]
    public void De_tijden_zijn_Amsterdamse_tijd_in_winter_en_zomer(string datum, int uurUtc)
    {
        var (planning, fouten) = Gespreksplanningregels.Controleer(
            Velden(("Datum", datum), ("Begintijd", "10:00"), ("Eindtijd", "11:30"), ("Locatie", "https://teams.example/vergadering"),
                ("Deelnemers", "a@amsterdam.nl, A@amsterdam.nl")), Nu);

        Assert.Empty(fouten);
        Assert.Equal(uurUtc, planning!.Begin.UtcDateTime.Hour);
        Assert.Equal(TimeSpan.FromMinutes(90), planning.Eind - planning.Begin);
        Assert.Equal(["a@amsterdam.nl"], planning.Deelnemers);
    }

    [Fact]
    public void Een_opgeslagen_planning_in_het_verleden_leest_gewoon_terug()
    {
        var velden = Velden(("Datum", "2024-11-01"), ("Begintijd", "10:00"), ("Eindtijd", "11:00"), ("Locatie", "Stadhuis"));

        Assert.NotEmpty(Gespreksplanningregels.Controleer(velden, Nu).Fouten);
        Assert.NotNull(Gespreksplanningregels.Controleer(velden, null).Planning);
    }

    [Fact]
    public void Uitkomst_met_een_half_ingevulde_afspraak_geeft_een_fout_per_ontbrekend_veld_en_lege_regels_tellen_niet()
    {
        var directies = new[] { NepOrganisatie.Dv };
        var velden = Velden(("Uitkomst", "Goed gesprek."), ("Afspraak2Directie", NepOrganisatie.Dv.Id.ToString()), ("Afspraak2Soort", "overig"));

        var (_, afspraken, fouten) = Uitkomstregels.Controleer(velden, directies, new DateOnly(2024, 11, 20));

        Assert.Empty(afspraken);
        Assert.Equal(["Afspraak2Omschrijving", "Afspraak2Deadline"], fouten.Select(f => f.Veld));
    }

    [Fact]
    public void Een_directie_buiten_het_cluster_en_een_deadline_die_voorbij_is_worden_geweigerd()
    {
        var velden = Velden(("Uitkomst", "x"), ("Afspraak1Directie", NepOrganisatie.Po.Id.ToString()), ("Afspraak1Soort", "trekker"),
            ("Afspraak1Deadline", "2024-11-20"));

        var (_, _, fouten) = Uitkomstregels.Controleer(velden, [NepOrganisatie.Dv], new DateOnly(2024, 11, 20));

        Assert.Equal(["Afspraak1Directie", "Afspraak1Deadline"], fouten.Select(f => f.Veld));
        Assert.Equal("Afspraak 1: kies een directie van dit cluster.", fouten[0].Melding);
    }

    [Fact]
    public void Geldige_afspraken_krijgen_hun_soort_en_bij_trekker_of_actieplan_zonder_eigen_omschrijving_de_standaardtekst()
    {
        var velden = Velden(("Uitkomst", "Afspraken gemaakt."),
            ("Afspraak1Directie", NepOrganisatie.Dv.Id.ToString()), ("Afspraak1Soort", "trekker"), ("Afspraak1Deadline", "2025-02-01"),
            ("Afspraak3Directie", NepOrganisatie.Dv.Id.ToString()), ("Afspraak3Soort", "overig"), ("Afspraak3Omschrijving", "Werkgroep formaliseren"),
            ("Afspraak3Deadline", "2025-03-01"));

        var (uitkomst, afspraken, fouten) = Uitkomstregels.Controleer(velden, [NepOrganisatie.Dv], new DateOnly(2024, 11, 20));

        Assert.Empty(fouten);
        Assert.Equal("Afspraken gemaakt.", uitkomst);
        Assert.Equal(
            [
                (1, Duidingsafspraaksoort.TrekkerBenoemd, null, "Trekker met minimaal 8 uur per week benoemen"),
                (3, Duidingsafspraaksoort.Overig, "Werkgroep formaliseren", "Werkgroep formaliseren"),
            ],
            afspraken.Select(a => (a.Regel, a.Soort, a.Omschrijving, a.Tekst)));
    }

    [Fact]
    public void Een_nabespreking_weet_uit_haar_sleutel_bij_welk_gesprek_ze_hoort_en_een_andere_sleutel_geeft_niets()
    {
        var gesprek = Guid.CreateVersion7();
        Assert.Equal(gesprek, NabesprekenStartenHandler.GesprekVan(NabesprekenStartenHandler.Sleutel(gesprek, Guid.CreateVersion7())));
        Assert.Null(NabesprekenStartenHandler.GesprekVan(null));
        Assert.Null(NabesprekenStartenHandler.GesprekVan($"opvolging-afspraak:{gesprek:N}:{gesprek:N}"));
        Assert.Null(NabesprekenStartenHandler.GesprekVan("duiding-nabespreken:geen-guid:x"));
    }
}
