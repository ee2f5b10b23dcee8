using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Vragenlijst;

/// <summary>The interviews of a year over HTTP: Bureau sees every directie, others only their own directie or clusters.</summary>
public abstract class InterviewsOverzichtTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_ziet_alle_directies_van_2024_met_hun_status()
    {
        using var bureau = await BureauAsync(Fabriek);
        await ImporteerAsync(bureau, Bestand(2024, Interview("F&I", Allemaal(3)), Interview("Com", Allemaal(2, "12"))));
        var directies2024 = await Directies2024Async();

        var pagina = await bureau.PaginaAsync("/interviews?jaar=2024");

        var statussen = Statussen(pagina);
        Assert.Equal(directies2024.Select(d => d.Afkorting).Order(StringComparer.Ordinal), statussen.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Zuidas", statussen.Keys);
        Assert.Equal("Definitief", statussen["F&I"]);
        Assert.Equal("Definitief", statussen["Com"]);
        Assert.All(statussen.Where(s => s.Key is not ("F&I" or "Com")), s => Assert.Equal("Nog niet gestart", s.Value));
        var totalen = pagina.QuerySelectorAll("tr.idc-interviewregel").ToDictionary(
            r => Afkorting(r.Children[0].TextContent.Trim()),
            r => r.Children[4].TextContent.Trim());
        Assert.Equal("47 van 47", totalen["F&I"]);
        Assert.Equal("onvolledig (30 van 47)", totalen["Com"]);
        Assert.Equal("—", totalen["P&O"]);
        Assert.NotNull(pagina.QuerySelector("a[href='/vragenlijsten/importeren']"));
    }

    [Fact]
    public async Task Een_trekker_ziet_alleen_de_eigen_directie()
    {
        using var bureau = await BureauAsync(Fabriek);
        await ImporteerAsync(bureau, Bestand(2024, Interview("F&I", Allemaal(3)), Interview("Com", Allemaal(2))));
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");

        var pagina = await trekker.PaginaAsync("/interviews?jaar=2024");

        Assert.Equal(new Dictionary<string, string> { ["F&I"] = "Definitief" }, Statussen(pagina));
        Assert.Null(pagina.QuerySelector("a[href='/vragenlijsten/importeren']"));
    }

    [Fact]
    public async Task Een_accounthouder_ziet_de_directies_van_de_eigen_clusters()
    {
        using var accounthouder = Fabriek.NieuweSessie();
        var houder = await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "dii");
        var eigen = await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<IOrganisatieQueries>().RollenVanAsync(houder.Persoon.Id, DateOnly.FromDateTime(IdCyclusFabriek.Startmoment.Date)))
            .Where(r => r.ClusterId is not null).Select(r => r.ClusterId!).ToHashSet());
        var verwacht = (await Directies2024Async()).Where(d => eigen.Contains(d.ClusterId)).Select(d => d.Afkorting).Order(StringComparer.Ordinal).ToList();

        var pagina = await accounthouder.PaginaAsync("/interviews?jaar=2024");

        Assert.Equal(["dii"], eigen);
        Assert.Equal(verwacht, Statussen(pagina).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["D&I", "DSI", "DV", "Data", "Stadsarchief"], verwacht);
        Assert.All(
            pagina.QuerySelectorAll("tr.idc-interviewregel"),
            r => Assert.Equal("Digitalisering, Innovatie en Informatie", r.Children[1].TextContent.Trim()));
    }

    private Task<IReadOnlyList<DirectieGegevens>> Directies2024Async() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(new DateOnly(2024, 3, 31)));
}

public sealed class InterviewsOverzichtTests_Sqlite(SqliteFabriek fabriek) : InterviewsOverzichtTests<SqliteFabriek>(fabriek);

public sealed class InterviewsOverzichtTests_Postgres(PostgresFabriek fabriek) : InterviewsOverzichtTests<PostgresFabriek>(fabriek);
