using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// A fresh database on the PostgreSQL server that scripts/test.sh starts (IDCYCLUS_TEST_POSTGRES). Without that
/// server these tests fail with an explanation: PostgreSQL is the production database, so it is never skipped.
/// Between tests Respawn empties the modules' schemas (docs/adr: test database reset) and the demo data is seeded again.
/// </summary>
public class PostgresFabriek : IdCyclusFabriek
{
    private readonly string _database = $"idcyclus_test_{Guid.NewGuid():N}";

    private Respawner? _respawner;

    public static string Beheerverbinding =>
        Environment.GetEnvironmentVariable("IDCYCLUS_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "IDCYCLUS_TEST_POSTGRES is niet gezet. Draai de tests met scripts/test.sh; dat start PostgreSQL en zet de verbinding.");

    protected override string Provider => "Postgres";

    protected override string Verbindingsreeks => new NpgsqlConnectionStringBuilder(Beheerverbinding) { Database = _database }.ConnectionString;

    protected override async Task MaakDatabaseAsync()
    {
        await using var verbinding = new NpgsqlConnection(Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }

    protected override async Task HerstelDatabaseAsync()
    {
        await using var verbinding = new NpgsqlConnection(Verbindingsreeks);
        await verbinding.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(verbinding, await RespawnOptiesAsync());
        await _respawner.ResetAsync(verbinding);
        await VulOpnieuwAsync();
    }

    /// <summary>
    /// Only the modules' own schemas, taken from their EF models, so a new module needs nothing here and whatever else
    /// lives in the database (a job store) is left alone; the migration history tables are kept.
    /// </summary>
    private async Task<RespawnerOptions> RespawnOptiesAsync()
    {
        var schemas = new List<string>();
        foreach (var module in Services.GetServices<IModuleDatabase>())
        {
            await using var scope = Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            schemas.Add(db.Model.GetDefaultSchema() ?? throw new InvalidOperationException($"Module {module.Module} heeft geen schema."));
        }

        return new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = [.. schemas],
            TablesToIgnore = [.. schemas.Select(s => new Table(s, $"__migrations_{s}"))],
        };
    }

    protected override async Task VerwijderDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }
}
