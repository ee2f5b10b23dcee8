using Npgsql;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// A fresh database on the PostgreSQL server that scripts/test.sh starts (IDCYCLUS_TEST_POSTGRES). Without that
/// server these tests fail with an explanation: PostgreSQL is the production database, so it is never skipped.
/// </summary>
public sealed class PostgresFabriek : IdCyclusFabriek
{
    private readonly string _database = $"idcyclus_test_{Guid.NewGuid():N}";

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

    protected override async Task VerwijderDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }
}
