using Microsoft.Data.Sqlite;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// A SQLite file of its own per test class. Right after migrating and seeding, the file is copied to a template with
/// SQLite's online backup; every reset copies the template back. Respawn has no SQLite adapter, and this is ~20× faster
/// than emptying the tables and seeding again (docs/adr, test database reset).
/// </summary>
public class SqliteFabriek : IdCyclusFabriek
{
    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-test-").FullName;

    protected override string Provider => "Sqlite";

    protected override string Verbindingsreeks => $"Data Source={Path.Combine(_map, "idcyclus.db")};Pooling=False";

    private string Sjabloon => $"Data Source={Path.Combine(_map, "sjabloon.db")};Pooling=False";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await KopieerAsync(Verbindingsreeks, Sjabloon);
    }

    /// <summary>
    /// The backup API copies page by page under SQLite's own locking and includes what is still in the WAL, so no
    /// checkpoint or file copy is needed; without pooling no connection of the host keeps the old pages.
    /// </summary>
    protected override Task HerstelDatabaseAsync() => KopieerAsync(Sjabloon, Verbindingsreeks);

    private static async Task KopieerAsync(string van, string naar)
    {
        await using var bron = new SqliteConnection(van);
        await using var doel = new SqliteConnection(naar);
        await bron.OpenAsync();
        await doel.OpenAsync();
        bron.BackupDatabase(doel);
    }

    protected override Task MaakDatabaseAsync() => Task.CompletedTask;

    protected override Task VerwijderDatabaseAsync()
    {
        Directory.Delete(_map, recursive: true);
        return Task.CompletedTask;
    }
}
