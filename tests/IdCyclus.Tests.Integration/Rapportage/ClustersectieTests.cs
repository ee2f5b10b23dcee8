using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Rapportage;

/// <summary>
/// A clusterdirecteur reads the own section's three pages before publication, from the newest recorded concept version
/// (ADR 0017); another clusterdirecteur does not; after publication everyone signed in goes to the definitive report.
/// </summary>
public abstract class ClustersectieTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task De_clusterdirecteur_leest_de_eigen_sectie_pas_na_een_vastgelegde_conceptversie_en_een_ander_niet()
    {
        var (eigen, ander) = await TweeClusterdirecteurenAsync();
        var sectie = await SectieVanAsync(eigen.ClusterId!);
        var pad = $"/rapportage/2024/sectie/{sectie.Id}";
        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(eigen.Persoon.Id);
        HttpSessie.AssertGeenToegang(await cd.GetAsync(pad));
        Assert.Null((await cd.PaginaAsync("/rapportage")).QuerySelector("#eigen-secties"));
        Assert.Null((await cd.PaginaAsync("/")).QuerySelector("#eigen-cluster"));

        using var bureau = await BureauAsync(Fabriek);
        var blok = $"/rapportage/2024/blok?sleutel={Uri.EscapeDataString(sectie.Id + ":context")}";
        var velden = HttpSessie.FormulierVelden(await bureau.PaginaAsync(blok));
        velden["Tekst"] = "Context zoals vastgelegd.";
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(blok, new FormUrlEncodedContent(velden))).StatusCode);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Concept]")).StatusCode);
        velden = HttpSessie.FormulierVelden(await bureau.PaginaAsync(blok));
        velden["Tekst"] = "Tekst waar Bureau nog aan werkt.";
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(blok, new FormUrlEncodedContent(velden))).StatusCode);

        var pagina = await cd.PaginaAsync(pad);
        Assert.Contains("conceptversie 1", pagina.QuerySelector("#sectiebron")!.TextContent);
        Assert.NotNull(pagina.QuerySelector($"#sectie-{sectie.Id}-indicatoren"));
        Assert.Contains("Context zoals vastgelegd.", pagina.QuerySelector("article.rapport")!.TextContent);
        Assert.DoesNotContain("Tekst waar Bureau nog aan werkt.", pagina.QuerySelector("article.rapport")!.TextContent);
        Assert.Single(pagina.QuerySelectorAll("section.rapport-pagina"));
        Assert.Equal(pad, (await cd.PaginaAsync("/rapportage")).QuerySelector("#eigen-secties a")!.GetAttribute("href"));
        var start = await cd.PaginaAsync("/");
        Assert.Equal(pad, start.QuerySelector("#eigen-cluster li a")!.GetAttribute("href"));
        Assert.Contains("conceptversie 1", start.QuerySelector("#eigen-cluster li")!.TextContent);

        using var andere = Fabriek.NieuweSessie();
        await andere.AanmeldenAlsAsync(ander.Persoon.Id);
        HttpSessie.AssertGeenToegang(await andere.GetAsync(pad));
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        HttpSessie.AssertGeenToegang(await trekker.GetAsync(pad));

        var viaContract = await Fabriek.MetDienstAsync(s => s.GetRequiredService<IRapportageQueries>().SectiesVoorClusterdirecteurAsync(
            2024,
            [eigen.ClusterId!]));
        Assert.Contains(viaContract, s => s.SectieId == sectie.Id && s.Pad == pad && s.Bron == "conceptversie 1");
    }

    [Fact]
    public async Task Na_publicatie_gaat_iedereen_naar_de_sectie_in_het_definitieve_rapport()
    {
        var (eigen, _) = await TweeClusterdirecteurenAsync();
        var sectie = await SectieVanAsync(eigen.ClusterId!);
        await RapportageTestdata.PublicerenAsync(Fabriek);

        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        var antwoord = await trekker.GetAsync($"/rapportage/2024/sectie/{sectie.Id}");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"/rapportage/2024/definitief#sectie-{sectie.Id}", antwoord.Headers.Location!.OriginalString);
    }

    private Task<(RolGegevens Eigen, RolGegevens Ander)> TweeClusterdirecteurenAsync() => Fabriek.MetDienstAsync(async s =>
    {
        var houders = await s.GetRequiredService<IOrganisatieQueries>().RolhoudersAsync(Rol.Clusterdirecteur, Fabriek.Klok.Vandaag());
        var eigen = houders.First(h => h.ClusterId is not null);
        return (eigen, houders.First(h => h.ClusterId is not null && h.ClusterId != eigen.ClusterId && h.Persoon.Id != eigen.Persoon.Id));
    });

    private Task<RapportsectieGegevens> SectieVanAsync(string clusterId) => Fabriek.MetDienstAsync(async s =>
        (await s.GetRequiredService<IOrganisatieQueries>().RapportsectiesAsync(2024)).First(r => r.ClusterId == clusterId));
}

public sealed class ClustersectieTests_Sqlite(SqliteFabriek fabriek) : ClustersectieTests<SqliteFabriek>(fabriek);

public sealed class ClustersectieTests_Postgres(PostgresFabriek fabriek) : ClustersectieTests<PostgresFabriek>(fabriek);
