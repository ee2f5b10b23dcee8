using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// A second module plugs into the runtime the same way Cyclus does: its own form, template and built-in definition,
/// registered from this test assembly next to a first module's roles and collections. The host registers the runtime
/// once; the definition check and the engine take what every module registered.
/// </summary>
public sealed class AansluitenTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-aansluiten-").FullName;

    [Fact]
    public async Task Een_tweede_module_registreert_formulier_sjabloon_en_definitie_en_de_motor_gebruikt_ze()
    {
        await using var diensten = Bouw();
        await using (var scope = diensten.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.EnsureCreatedAsync();
            // What the host does after migrating: every module database's hook, the runtime's publishes the built-ins.
            foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
            {
                await database.NaMigratieAsync(scope.ServiceProvider, default);
            }
        }

        await using (var scope = diensten.CreateAsyncScope())
        {
            var motor = scope.ServiceProvider.GetRequiredService<WorkflowMotor>();
            var gestart = await motor.StartAsync(TweedeModule.Definitie, null, Start, Handelende.Systeem, default);
            Assert.True(gestart.IsGelukt, string.Join("; ", gestart.Fouten.Select(f => f.Melding)));
        }

        await using (var scope = diensten.CreateAsyncScope())
        {
            var lezer = scope.ServiceProvider.GetRequiredService<IWorkflowLezer>();
            var taak = Assert.Single(await lezer.TakenAsync(new TaakVraag(), default));
            Assert.Equal(AkkoordFormulier.Formuliernaam, taak.Formulier);
            Assert.Equal("Akkoord van de tweede module", taak.Workflow);

            var motor = scope.ServiceProvider.GetRequiredService<WorkflowMotor>();
            var bureau = new Handelende(Organisatie.Bureau.Id, Organisatie.Bureau.Naam);
            var zonderReden = await motor.VoltooiAsync(taak.Id, bureau, null, new Dictionary<string, string?>(), taak.Versie, default);
            Assert.Equal("Reden", Assert.Single(zonderReden.Fouten).Veld);
            var voltooid = await motor.VoltooiAsync(taak.Id, bureau, null, new Dictionary<string, string?> { ["Reden"] = "Klopt" }, taak.Versie, default);
            Assert.True(voltooid.IsGelukt);
        }

        await using (var scope = diensten.CreateAsyncScope())
        {
            var lezer = scope.ServiceProvider.GetRequiredService<IWorkflowLezer>();
            var historie = await lezer.HistorieAsync(new HistorieVraag(), default);
            Assert.Contains(historie, g => g.Soort == "taak-voltooid" && g.Omschrijving.Contains("Akkoord gegeven: Klopt", StringComparison.Ordinal));
            // The message step used the second module's template, sent to a role of the first module.
            var berichten = await lezer.BerichtenAsync(new BerichtVraag(BerichtKanaal.Mail), default);
            Assert.Contains(berichten, b => b.Onderwerp == "Ter info: Akkoord van de tweede module" && b.OntvangerAdres == Organisatie.Bureau.Email);
        }
    }

    [Fact]
    public async Task Een_definitie_met_een_formulier_dat_geen_module_registreerde_wordt_geweigerd()
    {
        await using var diensten = Bouw();
        await using var scope = diensten.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.EnsureCreatedAsync();

        var resultaat = await scope.ServiceProvider.GetRequiredService<WorkflowMotor>()
            .PubliceerAsync(TweedeModule.Json.Replace(AkkoordFormulier.Formuliernaam, "bestaat-niet", StringComparison.Ordinal), "test", default);

        Assert.Contains(resultaat.Fouten, f => f.Veld == "$.stappen[0].formulier");
    }

    private ServiceProvider Bouw()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:AchtergrondVerwerking"] = "false" })
            .Build();
        var verbinding = $"Data Source={Path.Combine(_map, "wf.db")};Pooling=False";
        services.AddWorkflowRuntime(new DatabaseOpties { Provider = DatabaseProvider.Sqlite }, verbinding, configuratie);

        // The first module: the organisation's roles and collections, and its templates.
        var organisatie = new Organisatie();
        services.AddSingleton<IRolResolver>(organisatie);
        services.AddSingleton<IWorkflowCollectie>(organisatie);
        services.AddSingleton<IWorkflowVoorwaarde>(organisatie);
        services.AddSingleton<IBerichtSjablonen, Sjablonen>();
        services.AddSingleton<IMailVerzender>(new Postbus { Klok = new FakeTimeProvider(Start) });

        // The second module, as Rapportage or Opvolging would register theirs.
        TweedeModule.Registreer(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}

/// <summary>A module of this test assembly that brings its own form, template and built-in definition.</summary>
internal static class TweedeModule
{
    public const string Definitie = "tweede-module-akkoord";

    public const string Json = """
        {
          "id": "tweede-module-akkoord",
          "naam": "Akkoord van de tweede module",
          "versie": 1,
          "stappen": [
            { "id": "akkoord", "naam": "Geef akkoord", "soort": "taak", "rol": "bureau", "formulier": "akkoord-geven",
              "deadline": { "na": "P7D", "vanaf": "start" } },
            { "id": "melden", "naam": "Meld het", "soort": "melding", "naStappen": ["akkoord"], "sjabloon": "ter-info", "aanRol": "bureau" }
          ]
        }
        """;

    public static void Registreer(IServiceCollection services)
    {
        services.AddScoped<ITaakFormulier, AkkoordFormulier>();
        services.AddSingleton<IBerichtSjablonen, TerInfo>();
        services.AddIngebouwdeDefinitie(Json);
    }
}

internal sealed class AkkoordFormulier : ITaakFormulier
{
    public const string Formuliernaam = "akkoord-geven";

    public string Naam => Formuliernaam;

    public Task<FormulierUitkomst> VerwerkAsync(FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken) =>
        Task.FromResult(velden.GetValueOrDefault("Reden") is { Length: > 0 } reden
            ? FormulierUitkomst.Gelukt($"Akkoord gegeven: {reden}")
            : FormulierUitkomst.Fout([new Shared.Validation.Fout("Reden", "Geef een reden.")]));
}

internal sealed class TerInfo : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen => ["ter-info"];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens gegevens) =>
        ($"Ter info: {gegevens.WorkflowNaam}", $"Beste {gegevens.OntvangerNaam}, {gegevens.TaakTitel} is gebeurd.");
}
