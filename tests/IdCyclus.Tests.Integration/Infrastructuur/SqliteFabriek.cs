namespace IdCyclus.Tests.Integration.Infrastructuur;

public sealed class SqliteFabriek : IdCyclusFabriek
{
    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-test-").FullName;

    protected override string Provider => "Sqlite";

    protected override string Verbindingsreeks => $"Data Source={Path.Combine(_map, "idcyclus.db")};Pooling=False";

    protected override Task MaakDatabaseAsync() => Task.CompletedTask;

    protected override Task VerwijderDatabaseAsync()
    {
        Directory.Delete(_map, recursive: true);
        return Task.CompletedTask;
    }
}
