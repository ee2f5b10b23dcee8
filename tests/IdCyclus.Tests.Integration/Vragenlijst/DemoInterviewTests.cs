using AngleSharp.Dom;
using IdCyclus.Shared;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Vragenlijst;

/// <summary>
/// A first start with demo data, as `scripts/run.sh` does: the fictional 2023 and 2024 interviews are there, marked,
/// and the /scores page groups them by the seven sections of the 2024 report.
/// </summary>
public abstract class DemoInterviewTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private static readonly string[] SectiesVan2024 =
    [
        "Bedrijfsvoering", "Bestuur en Organisatie", "Digitalisering, Innovatie en Informatie", "Ruimte en Economie", "Sociaal",
        "Stadsdelen", "Beheer en Dienstverlening",
    ];

    private Task<VragenlijstVerantwoordingGegevens?> VerantwoordingAsync(int jaar) =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IVragenlijstVerantwoording>().VerantwoordingAsync(jaar));

    [Fact]
    public async Task Elke_directie_van_het_rapport_heeft_een_fictief_definitief_interview_over_2024_en_bijna_elke_over_2023()
    {
        var jaar2024 = (await VerantwoordingAsync(2024))!;
        var jaar2023 = (await VerantwoordingAsync(2023))!;

        Assert.Equal((44, 44), (jaar2024.AantalDefinitief, jaar2024.AantalFictief));
        Assert.True(jaar2024.BevatFictieveGegevens);
        Assert.Equal((42, 42), (jaar2023.AantalDefinitief, jaar2023.AantalFictief));
        var secties = await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().RapportsectiesAsync(2024));
        Assert.Equal(SectiesVan2024.Order(StringComparer.Ordinal), secties.Select(s => s.Naam).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Het_demorapport_over_2024_zegt_op_de_titelpagina_dat_de_gegevens_fictief_zijn()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var concept = await bureau.PaginaAsync("/rapportage/2024/concept");

        Assert.Contains("Fictieve gegevens.", concept.QuerySelector(".fictief")!.TextContent);
    }

    [Fact]
    public async Task Alleen_vor_uie_en_zuidoost_hebben_geen_vergelijkbare_score_elk_met_de_reden()
    {
        var verantwoording = (await VerantwoordingAsync(2024))!;

        var zonder = verantwoording.Directies.Where(d => !d.IsVergelijkbaar).ToDictionary(d => d.Directie, d => d.Reden!);
        Assert.Equal(["UI&E", "V&OR", "Zuidoost"], zonder.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("geen data beschikbaar is over 2023", zonder["V&OR"], StringComparison.Ordinal);
        Assert.Contains("niet deel", zonder["UI&E"], StringComparison.Ordinal);
        Assert.Equal("gegevens van 2024 niet compleet: vragen 12, 13, 14a, 14b en 15 ontbreekt", zonder["Zuidoost"]);
        Assert.All(verantwoording.Directies.Where(d => d.IsVergelijkbaar), d => Assert.Equal(16, d.AantalVergelekenVragen));
        Assert.Equal(-11, verantwoording.Directies.Single(d => d.Directie == "JZ").Verschil);
        Assert.Equal("Vragenlijst voortgangsrapportage actieplannen I&D 2023 (reconstructie)", verantwoording.VorigeVersieNaam);
        Assert.Equal(["16"], verantwoording.Vragen.Where(v => v.Koppeling == VraagKoppeling.Nieuw).Select(v => v.Nummer));
        Assert.Equal(16, verantwoording.Vragen.Count(v => v.Vergelijkbaar));
        Assert.All(verantwoording.Vragen, v => Assert.False(string.IsNullOrWhiteSpace(v.Toelichting)));
    }

    [Fact]
    public async Task Bureau_ziet_de_scores_van_2024_per_rapportsectie_met_de_melding_dat_ze_fictief_zijn()
    {
        using var bureau = await BureauAsync(Fabriek);

        var pagina = await bureau.PaginaAsync("/scores");

        Assert.Equal("Scores vragenlijst 2024", pagina.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("44 van de definitieve interviews van 2024 zijn fictief", pagina.QuerySelector(".idc-fictief")!.TextContent, StringComparison.Ordinal);
        var secties = Secties(pagina);
        Assert.Equal(SectiesVan2024.Order(StringComparer.Ordinal), secties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Centrum", "Nieuw-West", "Noord", "Oost", "West", "Zuid", "Zuidoost"], secties["Stadsdelen"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["A&G", "Belastingen", "DVL", "SW", "THOR"], secties["Beheer en Dienstverlening"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(10, secties["Ruimte en Economie"].Count);
        Assert.StartsWith("Geen data beschikbaar over 2023", secties["Ruimte en Economie"]["V&OR"], StringComparison.Ordinal);
        Assert.StartsWith("gegevens van 2024 niet compleet", secties["Stadsdelen"]["Zuidoost"], StringComparison.Ordinal);
        Assert.Equal("-11 op 16 vergelijkbare vragen", secties["Bestuur en Organisatie"]["JZ"]);
        Assert.NotNull(pagina.QuerySelectorAll("table.idc-opordetabel caption")
            .SingleOrDefault(c => c.TextContent.StartsWith("Randvoorwaarden op orde, Beheer en Dienstverlening (", StringComparison.Ordinal)));

        var fb = await Fabriek.DirectieAsync("FB");
        var interview = await bureau.PaginaAsync($"/interviews/2024/{fb.Id}");
        Assert.Contains("dit interview komt uit de demodata", interview.QuerySelector(".idc-fictief")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_clusterdirecteur_van_stadsdelen_beheer_en_dienstverlening_ziet_beide_secties_apart()
    {
        using var clusterdirecteur = Fabriek.NieuweSessie();
        await clusterdirecteur.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: "stadsdelen_beheer_en_dienstverlening");

        var pagina = await clusterdirecteur.PaginaAsync("/scores?jaar=2024");

        Assert.Equal(["Beheer en Dienstverlening", "Stadsdelen"], Secties(pagina).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Opnieuw_demodata_laden_verdubbelt_niets()
    {
        await IdCyclus.Host.Infrastructuur.DatabaseBeheer.VulDemoDataAsync(Fabriek.Services, CancellationToken.None);

        Assert.Equal(44, await AantalInterviewsAsync(Fabriek, 2024));
        Assert.Equal(42, await AantalInterviewsAsync(Fabriek, 2023));
    }

    /// <summary>
    /// In March 2025 the newest final interviews are the 44 of 2024: the GMT dashboard opens on 2024, so the sturing page
    /// must too. Before, it opened on the calendar year, and a norm recorded with its defaults never reached the dashboard.
    /// </summary>
    [Fact]
    public async Task Zonder_gekozen_jaar_beginnen_dashboard_en_sturing_bij_hetzelfde_jaar()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var dashboard = await bureau.PaginaAsync("/gmt");
        var sturing = await bureau.PaginaAsync("/opvolging/sturing");

        Assert.Equal(2025, Fabriek.Klok.Vandaag().Year);
        Assert.Equal("GMT-dashboard 2024", dashboard.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2024", sturing.QuerySelector("select[name=Jaar] option[selected]")!.GetAttribute("value"));
        Assert.Contains("Voortgangsrapportage 2024", sturing.QuerySelector("#norm")!.TextContent);
    }

    /// <summary>Per section heading: per directie the cell "ten opzichte van vorig jaar".</summary>
    private static Dictionary<string, Dictionary<string, string>> Secties(IDocument pagina) =>
        pagina.QuerySelectorAll("h2[id^='sectie-']").ToDictionary(
            h => h.TextContent.Trim(),
            h => h.Closest("section")!.QuerySelectorAll("tr.idc-scoreregel").ToDictionary(
                r => r.Children[0].TextContent.Trim(),
                r => r.Children[^1].TextContent.Trim()));
}

public sealed class SqliteDemoFabriek : SqliteFabriek
{
    protected override bool DemoInterviews => true;
}

public sealed class PostgresDemoFabriek : PostgresFabriek
{
    protected override bool DemoInterviews => true;
}

public sealed class DemoInterviewTests_Sqlite(SqliteDemoFabriek fabriek) : DemoInterviewTests<SqliteDemoFabriek>(fabriek);

public sealed class DemoInterviewTests_Postgres(PostgresDemoFabriek fabriek) : DemoInterviewTests<PostgresDemoFabriek>(fabriek);
