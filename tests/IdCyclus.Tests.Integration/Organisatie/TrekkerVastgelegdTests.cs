using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Organisatie;

/// <summary>
/// Organisatie raises <see cref="TrekkerVastgelegd"/> in the same transaction as the role change, through the shared
/// module outbox; the shared delivery hands it to a receiver registered for its CLR type, on both providers.
/// </summary>
public abstract class TrekkerVastgelegdTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek)
    where TFabriek : IdCyclusFabriek, IMetTrekkerontvanger
{
    [Fact]
    public async Task Uren_wijzigen_meldt_de_trekker_met_zijn_uren_precies_één_keer()
    {
        Fabriek.Ontvangen.Clear();
        using var sessie = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");

        var antwoord = await sessie.VerstuurFormulierAsync(
            $"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "12.5" });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        Assert.Equal(1, await BezorgAsync());
        Assert.Equal(0, await BezorgAsync());
        var gebeurtenis = Assert.Single(Fabriek.Ontvangen).Value;
        Assert.Equal(
            (trekker.Id, trekker.DirectieId, trekker.Persoon.Id, 12.5m),
            (gebeurtenis.ToewijzingId, (Guid?)gebeurtenis.DirectieId, gebeurtenis.PersoonId, gebeurtenis.UrenPerWeek));
    }

    [Fact]
    public async Task Een_persoon_wordt_op_zijn_opgeslagen_adres_gevonden_en_een_onbekend_adres_vindt_niemand()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using var scope = Fabriek.Services.CreateScope();
        var organisatie = scope.ServiceProvider.GetRequiredService<IOrganisatieQueries>();

        Assert.Equal(trekker.Persoon, await organisatie.PersoonMetEmailAsync(trekker.Persoon.Email));
        Assert.Null(await organisatie.PersoonMetEmailAsync("niemand.bekend@amsterdam.nl"));
    }

    [Fact]
    public async Task Een_geweigerde_of_teruggedraaide_wijziging_meldt_niets()
    {
        Fabriek.Ontvangen.Clear();
        using var eerste = await BureauAsync();
        using var tweede = await BureauAsync();
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var formulierVanEerste = await eerste.PaginaAsync($"/organisatie/rollen/{trekker.Id}/uren");

        var ongeldig = await tweede.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "60" });
        Assert.Equal(HttpStatusCode.OK, ongeldig.StatusCode);
        Assert.Equal(0, await BezorgAsync());

        Assert.Equal(HttpStatusCode.Redirect,
            (await tweede.VerstuurFormulierAsync(
                $"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = "10" })).StatusCode);
        // The stale version fails at SaveChanges: the serializable transaction rolls back the change and its event together.
        var verouderd = await eerste.Client.PostAsync($"/organisatie/rollen/{trekker.Id}/uren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UrenPerWeek"] = "16",
            ["Versie"] = formulierVanEerste.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Versie]")!.Value,
            ["__RequestVerificationToken"] = HttpSessie.Token(formulierVanEerste),
        }));
        Assert.Equal(HttpStatusCode.OK, verouderd.StatusCode);

        Assert.Equal(1, await BezorgAsync());
        Assert.Equal(10m, Assert.Single(Fabriek.Ontvangen).Value.UrenPerWeek);
    }

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));

    private async Task<HttpSessie> BureauAsync()
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        return sessie;
    }
}

/// <summary>A host with a receiver of <see cref="TrekkerVastgelegd"/>, as a future module (Opvolging) would register one.</summary>
public interface IMetTrekkerontvanger
{
    ConcurrentDictionary<string, TrekkerVastgelegd> Ontvangen { get; }
}

internal sealed class Trekkerontvanger(IMetTrekkerontvanger fabriek) : IIntegratieHandler<TrekkerVastgelegd>
{
    public Task VerwerkAsync(string sleutel, TrekkerVastgelegd gebeurtenis, CancellationToken cancellationToken)
    {
        fabriek.Ontvangen[sleutel] = gebeurtenis;
        return Task.CompletedTask;
    }
}

public sealed class SqliteTrekkerFabriek : SqliteFabriek, IMetTrekkerontvanger
{
    public ConcurrentDictionary<string, TrekkerVastgelegd> Ontvangen { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IMetTrekkerontvanger>(this).AddIntegratieHandler<TrekkerVastgelegd, Trekkerontvanger>());
    }
}

public sealed class PostgresTrekkerFabriek : PostgresFabriek, IMetTrekkerontvanger
{
    public ConcurrentDictionary<string, TrekkerVastgelegd> Ontvangen { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IMetTrekkerontvanger>(this).AddIntegratieHandler<TrekkerVastgelegd, Trekkerontvanger>());
    }
}

public sealed class TrekkerVastgelegdTests_Sqlite(SqliteTrekkerFabriek fabriek) : TrekkerVastgelegdTests<SqliteTrekkerFabriek>(fabriek);

public sealed class TrekkerVastgelegdTests_Postgres(PostgresTrekkerFabriek fabriek) : TrekkerVastgelegdTests<PostgresTrekkerFabriek>(fabriek);
