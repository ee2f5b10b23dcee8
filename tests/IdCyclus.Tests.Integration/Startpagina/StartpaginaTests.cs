using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Startpagina;

/// <summary>
/// The start page shows what needs each person next: Bureau where the cycle stands (late steps, next deadlines), a
/// directeur the own tasks and the directie's agreements, someone without work a plain "nothing open".
/// </summary>
public abstract class StartpaginaTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private async Task StartTrekkerworkflowAsync()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var antwoord = await bureau.VerstuurFormulierAsync(
            "/workflows", new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
    }

    [Fact]
    public async Task Bureau_ziet_waar_de_cyclus_staat_de_volgende_deadlines_en_daarna_wat_te_laat_is()
    {
        await StartTrekkerworkflowAsync();
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var start = await bureau.PaginaAsync("/");
        Assert.Contains("Vandaag is het 1 maart 2025. Er loopt nog geen voortgangscyclus", HttpSessie.Tekst(start, "#cyclus"));
        Assert.Contains("Er zijn geen taken te laat.", HttpSessie.Tekst(start, "#cyclus"));
        Assert.Contains("Benoem een trekker (Benoem een trekker): 3 open (uiterlijk 29 maart 2025)", HttpSessie.Tekst(start, "#deadlines"));
        Assert.Equal("/taken/alle?workflow=benoem-een-trekker", start.QuerySelector("#deadlines li a")!.GetAttribute("href"));

        Fabriek.Klok.Zet(new DateTimeOffset(2025, 4, 2, 10, 0, 0, TimeSpan.FromHours(2)));
        using var later = Fabriek.NieuweSessie();
        await later.AanmeldenAlsAsync(Rol.Projectleider);
        start = await later.PaginaAsync("/");
        Assert.Contains("Te laat: Benoem een trekker (Benoem een trekker): 3 taken te laat", HttpSessie.Tekst(start, "#cyclus"));
        Assert.Equal("/taken/alle?filter=verlopen&workflow=benoem-een-trekker", start.QuerySelector("#cyclus li a")!.GetAttribute("href"));
        Assert.Contains("Er staan geen deadlines meer open.", HttpSessie.Tekst(start, "#deadlines"));
        Assert.Contains("Waar wilt u naartoe?", start.Body!.TextContent);
    }

    [Fact]
    public async Task De_directeur_ziet_de_eigen_taak_en_de_afspraak_van_de_directie_en_een_trekker_zonder_werk_ziet_dat()
    {
        await StartTrekkerworkflowAsync();
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var vastgelegd = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
            {
                ["DirectieId"] = (await Fabriek.DirectieAsync("P&O")).Id.ToString(),
                ["Soort"] = "ActieplanOpgeleverd",
                ["Bron"] = "Gmt",
                ["Deadline"] = "2025-06-01",
            });
            Assert.Equal(HttpStatusCode.Redirect, vastgelegd.StatusCode);
        }

        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "P&O");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var start = await sessie.PaginaAsync("/");

        // The agreement may bring a task of its own (issue 14): count nothing, find the trekker task among them.
        Assert.Matches("U heeft [0-9]+ open ta(ak|ken)\\.", HttpSessie.Tekst(start, "#taken"));
        var taak = start.QuerySelectorAll("#taken li a").Single(a => a.TextContent == "Benoem een trekker (Personeel en Organisatie (P&O))");
        Assert.StartsWith("/taken/", taak.GetAttribute("href"));
        Assert.Contains("(uiterlijk 29 maart 2025)", HttpSessie.Tekst(start, "#taken"));
        Assert.Contains("1 lopende afspraak, waarvan 0 te laat", HttpSessie.Tekst(start, "#afspraken"));
        Assert.Contains("Geactualiseerd actieplan opgeleverd (Personeel en Organisatie (P&O)) (uiterlijk 1 juni 2025)", HttpSessie.Tekst(start, "#afspraken"));
        Assert.Null(start.QuerySelector("#cyclus"));

        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        var leeg = await trekker.PaginaAsync("/");
        Assert.Contains("U heeft geen open taken.", HttpSessie.Tekst(leeg, "#taken"));
        Assert.Contains("Er lopen geen afspraken.", HttpSessie.Tekst(leeg, "#afspraken"));
        Assert.Null(leeg.QuerySelector("#deadlines"));
    }

    [Fact]
    public async Task Het_gmt_ziet_de_telling_van_de_gemeente_en_een_gmt_lid_dat_clusterdirecteur_is_ook_de_eigen_afspraken()
    {
        var wpi = await Fabriek.DirectieAsync("WPI");
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            foreach (var directie in new[] { await Fabriek.DirectieAsync("P&O"), wpi })
            {
                var vastgelegd = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
                {
                    ["DirectieId"] = directie.Id.ToString(), ["Soort"] = "ActieplanOpgeleverd", ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
                });
                Assert.Equal(HttpStatusCode.Redirect, vastgelegd.StatusCode);
            }
        }

        // A GMT member only: the municipality's count and the way to the details, never "no agreements" below a count.
        var gmtLeden = await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().RolhoudersAsync(Rol.Gmt, Fabriek.Klok.Vandaag()));
        var rollen = await Fabriek.MetDienstAsync(async d =>
        {
            var organisatie = d.GetRequiredService<IOrganisatieQueries>();
            var perLid = new Dictionary<Guid, IReadOnlyList<RolGegevens>>();
            foreach (var lid in gmtLeden)
            {
                perLid[lid.Persoon.Id] = await organisatie.RollenVanAsync(lid.Persoon.Id, Fabriek.Klok.Vandaag());
            }

            return perLid;
        });
        using (var gmt = Fabriek.NieuweSessie())
        {
            await gmt.AanmeldenAlsAsync(rollen.First(r => r.Value.All(rol => rol.Rol == Rol.Gmt)).Key);
            var start = await gmt.PaginaAsync("/");
            Assert.Equal(
                "In de hele gemeente: 2 lopende afspraken, waarvan 0 te laat; 0 met een verschoven deadline.",
                start.QuerySelector("#afspraken p")!.TextContent.Trim());
            Assert.DoesNotContain("Er lopen geen afspraken", HttpSessie.Tekst(start, "#afspraken"));
            Assert.Empty(start.QuerySelectorAll("#afspraken li"));
            Assert.Equal("/gmt", start.QuerySelector("#afspraken a")!.GetAttribute("href"));
        }

        // The clusterdirecteur of WPI's cluster sits in the GMT in the demo data: both counts, then only the own list.
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: wpi.ClusterId);
        Assert.Contains(Rol.Gmt, rollen[clusterdirecteur.Persoon.Id].Select(r => r.Rol));
        using var lid = Fabriek.NieuweSessie();
        await lid.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        var eigen = await lid.PaginaAsync("/");
        Assert.Equal(
            "In de hele gemeente: 2 lopende afspraken, waarvan 0 te laat; 0 met een verschoven deadline. "
            + "In uw cluster: 1 lopende afspraak, waarvan 0 te laat; 0 met een verschoven deadline.",
            eigen.QuerySelector("#afspraken p")!.TextContent.Trim());
        var regel = Assert.Single(eigen.QuerySelectorAll("#afspraken li"));
        Assert.Contains("WPI)", regel.TextContent);
        Assert.Equal("/opvolging", eigen.QuerySelectorAll("#afspraken a").Last().GetAttribute("href"));
    }
}

public sealed class StartpaginaTests_Sqlite(SqliteFabriek fabriek) : StartpaginaTests<SqliteFabriek>(fabriek);

public sealed class StartpaginaTests_Postgres(PostgresFabriek fabriek) : StartpaginaTests<PostgresFabriek>(fabriek);
