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
/// it and the receiver's last error; until then, and for anyone but Bureau, it does not. Once the cause is solved, Bureau
/// puts it back with "Opnieuw proberen" and the next round delivers it.
/// </summary>
public abstract class ModuleIncidentenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek)
    where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_gebeurtenis_die_elke_poging_mislukt_staat_op_berichten_en_Bureau_probeert_haar_opnieuw()
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

        // Only Bureau may put it back: the trekker's own (valid) antiforgery token does not open the door.
        var id = Assert.Single(pagina.QuerySelectorAll("form[action*=ModuleIncident]")).GetAttribute("action")!;
        var token = HttpSessie.Token(await trekkerSessie.PaginaAsync("/"));
        var geweigerd = await trekkerSessie.Client.PostAsync(id, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        HttpSessie.AssertGeenToegang(geweigerd);
        Assert.Single((await bureau.PaginaAsync("/berichten")).QuerySelectorAll(".idc-module-incident"));

        Fabriek.Services.GetRequiredService<Ontvangerstoring>().Opgelost = true;
        var opnieuw = await bureau.VerstuurFormulierAsync("/berichten", new Dictionary<string, string>(), "form[action*=ModuleIncident]");
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        var bevestigd = await bureau.PaginaAsync(opnieuw.Headers.Location!.OriginalString);
        Assert.Contains("staat weer klaar", bevestigd.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(1, await BezorgAsync());
        Assert.Equal(1, Fabriek.Services.GetRequiredService<Ontvangerstoring>().Ontvangen);
        Assert.Empty((await bureau.PaginaAsync("/berichten")).QuerySelectorAll(".idc-module-incident"));

        // Pressing the button of a page that is out of date changes nothing, and says so.
        var tweede = await bureau.Client.PostAsync(id, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(bevestigd),
        }));
        var melding = (await bureau.PaginaAsync(tweede.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("stond niet (meer) op mislukt", melding, StringComparison.Ordinal);
        Assert.Equal(0, await BezorgAsync());
    }

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));
}

/// <summary>
/// A receiver of <see cref="TrekkerVastgelegd"/> that refuses every delivery, as a receiver with a bug would, until the
/// test says the cause is solved.
/// </summary>
internal sealed class WeigerendeOntvanger(Ontvangerstoring storing) : IIntegratieHandler<TrekkerVastgelegd>
{
    public const string Fout = "Ontvanger weigert: testfout in de ontvangende module.";

    public Task VerwerkAsync(string sleutel, TrekkerVastgelegd gebeurtenis, CancellationToken cancellationToken)
    {
        if (!storing.Opgelost)
        {
            throw new InvalidOperationException(Fout);
        }

        storing.Ontvangen++;
        return Task.CompletedTask;
    }
}

/// <summary>The state of the refusing receiver, one per host, which it adds to the host with the receiver itself.</summary>
public sealed class Ontvangerstoring : IExtraDiensten
{
    public static void Voeg(IServiceCollection services) =>
        services.AddSingleton<Ontvangerstoring>().AddIntegratieHandler<TrekkerVastgelegd, WeigerendeOntvanger>();

    public bool Opgelost { get; set; }

    public int Ontvangen { get; set; }
}

public sealed class ModuleIncidentenTests_Sqlite(SqliteFabriekMet<Ontvangerstoring> fabriek)
    : ModuleIncidentenTests<SqliteFabriekMet<Ontvangerstoring>>(fabriek);

public sealed class ModuleIncidentenTests_Postgres(PostgresFabriekMet<Ontvangerstoring> fabriek)
    : ModuleIncidentenTests<PostgresFabriekMet<Ontvangerstoring>>(fabriek);
