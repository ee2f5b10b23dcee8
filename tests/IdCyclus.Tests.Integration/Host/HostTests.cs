using System.Net;
using IdCyclus.Host;
using IdCyclus.Shared.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Host;

public abstract class HostTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Migraties_dekken_het_model_van_elke_module()
    {
        foreach (var module in Fabriek.Services.GetServices<IModuleDatabase>())
        {
            await using var scope = Fabriek.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.False(db.Database.HasPendingModelChanges(), $"Module {module.Module} heeft modelwijzigingen zonder migratie.");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task Onbekende_pagina_geeft_een_nederlandse_404()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(IdCyclus.Modules.Organisatie.Contracts.Rol.Projectleider);
        var pagina = await sessie.PaginaAsync("/bestaat-niet", HttpStatusCode.NotFound);
        Assert.Equal("Deze pagina bestaat niet", pagina.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl", pagina.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Foutpagina_is_vriendelijk_en_nederlands()
    {
        using var sessie = Fabriek.NieuweSessie();
        var pagina = await sessie.PaginaAsync("/fout/500", HttpStatusCode.InternalServerError);
        Assert.Equal("Er ging iets mis", pagina.QuerySelector("h1")!.TextContent);
        Assert.Contains("niets opgeslagen", pagina.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Api_geeft_problem_details_voor_onbekende_route()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(IdCyclus.Modules.Organisatie.Contracts.Rol.Projectleider);
        var antwoord = await sessie.GetAsync("/api/organisatie/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class HostTests_Sqlite(SqliteFabriek fabriek) : HostTests<SqliteFabriek>(fabriek);

public sealed class HostTests_Postgres(PostgresFabriek fabriek) : HostTests<PostgresFabriek>(fabriek);

public sealed class MigrateVerbTests
{
    [Fact]
    public async Task Migrate_maakt_het_schema_van_elke_module_op_een_nieuw_bestand()
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-migrate-").FullName;
        try
        {
            var bestand = Path.Combine(map, "nieuw.db");
            var code = await IdCyclusApp.VoerUitAsync(["migrate", $"--Database:ConnectionString=Data Source={bestand};Pooling=False"]);

            Assert.Equal(0, code);
            await using var verbinding = new SqliteConnection($"Data Source={bestand};Pooling=False");
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            var tabellen = new List<string>();
            await using (var lezer = await opdracht.ExecuteReaderAsync())
            {
                while (await lezer.ReadAsync())
                {
                    tabellen.Add(lezer.GetString(0));
                }
            }

            Assert.Contains("organisatie_directies", tabellen);
            Assert.Contains("organisatie_roltoewijzingen", tabellen);
            Assert.Contains("toegang_AspNetUsers", tabellen);
            Assert.Contains("__migrations_organisatie", tabellen);
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    [Fact]
    public async Task Onbekende_opdracht_geeft_foutcode()
    {
        Assert.Equal(2, await IdCyclusApp.VoerUitAsync(["bestaat-niet"]));
    }
}
