using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// An event between modules whose receiver fails every attempt shows on Bureau's /berichten, with the module that raised
/// it and the receiver's last error; until then, and for anyone but Bureau, it does not.
/// </summary>
public abstract class ModuleIncidentenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek)
    where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_gebeurtenis_die_elke_poging_mislukt_staat_met_module_en_fout_op_berichten()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var formulier = new Dictionary<string, string> { ["UrenPerWeek"] = "12.5" };
        var antwoord = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren", formulier);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        for (var poging = 1; poging < ModuleOutbox<DbContext>.MaxPogingen; poging++)
        {
            Assert.Equal(0, await BezorgAsync());
        }

        Assert.Empty((await bureau.PaginaAsync("/berichten")).QuerySelectorAll(".idc-module-incident"));

        Assert.Equal(0, await BezorgAsync());
        var pagina = await bureau.PaginaAsync("/berichten");
        var incident = Assert.Single(pagina.QuerySelectorAll(".idc-module-incident")).TextContent;
        Assert.Contains("Organisatie — organisatie.trekker-vastgelegd", incident, StringComparison.Ordinal);
        Assert.Contains($"{ModuleOutbox<DbContext>.MaxPogingen} pogingen", incident, StringComparison.Ordinal);
        Assert.Contains(WeigerendeOntvanger.Fout, incident, StringComparison.Ordinal);
        Assert.Contains("Vastgelopen gebeurtenissen tussen modules (1)", pagina.QuerySelector("#module-incidenten-kop")!.TextContent, StringComparison.Ordinal);

        // A failed row is not tried again by the round: it waits for someone to solve the cause.
        Assert.Equal(0, await BezorgAsync());
        using var trekkerSessie = Fabriek.NieuweSessie();
        await trekkerSessie.AanmeldenAlsAsync(trekker.Persoon.Id);
        Assert.NotEqual(HttpStatusCode.OK, (await trekkerSessie.Client.GetAsync("/berichten")).StatusCode);
    }

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));
}

/// <summary>A receiver of <see cref="TrekkerVastgelegd"/> that refuses every delivery, as a receiver with a bug would.</summary>
internal sealed class WeigerendeOntvanger : IIntegratieHandler<TrekkerVastgelegd>
{
    public const string Fout = "Ontvanger weigert: testfout in de ontvangende module.";

    public Task VerwerkAsync(string sleutel, TrekkerVastgelegd gebeurtenis, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Fout);
}

public sealed class SqliteWeigerendeFabriek : SqliteFabriek
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddIntegratieHandler<TrekkerVastgelegd, WeigerendeOntvanger>());
    }
}

public sealed class PostgresWeigerendeFabriek : PostgresFabriek
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddIntegratieHandler<TrekkerVastgelegd, WeigerendeOntvanger>());
    }
}

public sealed class ModuleIncidentenTests_Sqlite(SqliteWeigerendeFabriek fabriek) : ModuleIncidentenTests<SqliteWeigerendeFabriek>(fabriek);

public sealed class ModuleIncidentenTests_Postgres(PostgresWeigerendeFabriek fabriek) : ModuleIncidentenTests<PostgresWeigerendeFabriek>(fabriek);
