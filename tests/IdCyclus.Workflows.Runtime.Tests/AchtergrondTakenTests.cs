using Hangfire;
using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Achtergrond;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// Long work through <see cref="IAchtergrondTaken"/> on a real Hangfire server with SQLite storage: the progress record
/// is there at once, follows the task step by step, and ends with the result or the reason it failed.
/// </summary>
public sealed class AchtergrondTakenTests(AchtergrondHost omgeving) : IClassFixture<AchtergrondHost>
{
    private IHost Host => omgeving.Host;

    [Fact]
    public async Task Een_taak_meldt_haar_voortgang_en_eindigt_met_haar_resultaat()
    {
        var taken = Host.Services.GetRequiredService<IAchtergrondTaken>();
        var stappen = Host.Services.GetRequiredService<Stappen>();

        var id = await taken.StartAsync<TellenTaak, TelOpdracht>(new TelOpdracht(4), "Vier rijen tellen", default);
        var eerst = await taken.VoortgangAsync(id, default);
        Assert.NotNull(eerst);
        Assert.Equal("Vier rijen tellen", eerst.Omschrijving);
        Assert.Contains(eerst.Status, new[] { AchtergrondStatus.Wachtrij, AchtergrondStatus.Bezig });

        await stappen.Gemeld.WaitAsync(TimeSpan.FromSeconds(30));
        await stappen.Gemeld.WaitAsync(TimeSpan.FromSeconds(30));
        var halverwege = (await taken.VoortgangAsync(id, default))!;
        Assert.Equal(
            (AchtergrondStatus.Bezig, 2, 4, "rij 2 van 4", 50),
            (halverwege.Status, halverwege.Gedaan, halverwege.Totaal, halverwege.Stap, halverwege.Procent));

        stappen.Door.Release(10);
        var klaar = await WachtOpEindeAsync(taken, id);
        Assert.Equal((AchtergrondStatus.Klaar, 4, 100, "4 rijen geteld", null), (klaar.Status, klaar.Gedaan, klaar.Procent, klaar.Resultaat, klaar.Fout));
    }

    [Fact]
    public async Task Een_mislukte_taak_zegt_waarom_en_een_onbekend_id_geeft_niets()
    {
        var taken = Host.Services.GetRequiredService<IAchtergrondTaken>();

        var id = await taken.StartAsync<MislukteTaak, TelOpdracht>(new TelOpdracht(1), "Import die faalt", default);
        var mislukt = await WachtOpEindeAsync(taken, id);
        Assert.Equal((AchtergrondStatus.Mislukt, "Regel 3: kolom 'Directie' ontbreekt."), (mislukt.Status, mislukt.Fout));
        Assert.Null(await taken.VoortgangAsync(Guid.NewGuid(), default));
    }

    private static async Task<AchtergrondVoortgang> WachtOpEindeAsync(IAchtergrondTaken taken, Guid id)
    {
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (await taken.VoortgangAsync(id, default) is { Status: AchtergrondStatus.Wachtrij or AchtergrondStatus.Bezig })
        {
            Assert.True(DateTime.UtcNow < tot, "De achtergrondtaak eindigde niet binnen 30 s.");
            await Task.Delay(100);
        }

        return (await taken.VoortgangAsync(id, default))!;
    }
}

/// <summary>One Hangfire host for the class: Hangfire.Storage.SQLite keeps one connection per process (a static singleton).</summary>
public sealed class AchtergrondHost : IAsyncLifetime
{
    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-achtergrond-").FullName;
    public IHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        HangfireRegistratie.VoegOpslagToe(builder.Services, new DatabaseOpties { Provider = DatabaseProvider.Sqlite },
            $"Data Source={Path.Combine(_map, "achtergrond.db")}");
        builder.Services.AddHangfireServer(o =>
        {
            o.Queues = [HangfireRegistratie.LangWachtrij];
            o.WorkerCount = 1;
        });
        builder.Services.AddSingleton<IAchtergrondTaken, HangfireAchtergrondTaken>();
        builder.Services.AddTransient(typeof(AchtergrondUitvoerder<,>));
        builder.Services.AddSingleton<Stappen>();
        builder.Services.AddTransient<TellenTaak>();
        builder.Services.AddTransient<MislukteTaak>();
        Host = builder.Build();
        await Host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}

public sealed record TelOpdracht(int Aantal);

/// <summary>Lets the test hold a task after two steps and read its progress there.</summary>
public sealed class Stappen
{
    public SemaphoreSlim Gemeld { get; } = new(0);

    public SemaphoreSlim Door { get; } = new(0);
}

public sealed class TellenTaak(Stappen stappen) : IAchtergrondTaak<TelOpdracht>
{
    public async Task<string?> VoerUitAsync(TelOpdracht invoer, IVoortgangMelder voortgang, CancellationToken ct)
    {
        for (var rij = 1; rij <= invoer.Aantal; rij++)
        {
            await voortgang.MeldAsync(rij, invoer.Aantal, $"rij {rij} van {invoer.Aantal}", ct);
            stappen.Gemeld.Release();
            if (rij == 2)
            {
                await stappen.Door.WaitAsync(ct);
            }
        }

        return $"{invoer.Aantal} rijen geteld";
    }
}

public sealed class MislukteTaak : IAchtergrondTaak<TelOpdracht>
{
    public Task<string?> VoerUitAsync(TelOpdracht invoer, IVoortgangMelder voortgang, CancellationToken ct) =>
        throw new InvalidOperationException("Regel 3: kolom 'Directie' ontbreekt.");
}
