using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IdCyclus.Bench;

/// <summary>
/// A fresh, empty runtime database per run: a SQLite file in a temporary folder (WAL, pooled connections, as the host
/// configures it), or a new PostgreSQL database created through the admin connection and dropped afterwards.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly DbContextOptions<WorkflowDbContext> _opties;
    private readonly string? _map;
    private readonly string? _beheer;
    private readonly string? _naam;

    private BenchDatabase(DbContextOptions<WorkflowDbContext> opties, string? map, string? beheer, string? naam)
    {
        _opties = opties;
        _map = map;
        _beheer = beheer;
        _naam = naam;
    }

    public static async Task<BenchDatabase> MaakAsync(DatabaseProvider provider, string? beheer)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var map = Directory.CreateTempSubdirectory("idcyclus-bench-").FullName;
            database = new BenchDatabase(Opties(provider, $"Data Source={Path.Combine(map, "bench.db")}"), map, null, null);
        }
        else
        {
            var naam = $"idcyclus_bench_{Guid.NewGuid():N}";
            await VoerUitAsync(beheer!, $"CREATE DATABASE \"{naam}\"");
            var verbinding = new NpgsqlConnectionStringBuilder(beheer) { Database = naam }.ConnectionString;
            database = new BenchDatabase(Opties(provider, verbinding), null, beheer, naam);
        }

        await using var db = database.Context();
        await db.Database.EnsureCreatedAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    public WorkflowDbContext Context() => new(_opties);

    public static async Task<string> VersieAsync(DatabaseProvider provider, string? beheer)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection("Data Source=:memory:");
            await sqlite.OpenAsync();
            await using var opdracht = sqlite.CreateCommand();
            opdracht.CommandText = "select sqlite_version()";
            return $"SQLite {await opdracht.ExecuteScalarAsync()} (file database in {Path.GetTempPath().TrimEnd('/')}, WAL, pooled connections)";
        }

        await using var verbinding = new NpgsqlConnection(beheer);
        await verbinding.OpenAsync();
        await using var pg = new NpgsqlCommand("show server_version", verbinding);
        var server = new NpgsqlConnectionStringBuilder(beheer);
        return $"PostgreSQL {await pg.ExecuteScalarAsync()} on {server.Host}:{server.Port} (same machine), Npgsql pooled connections";
    }

    public async ValueTask DisposeAsync()
    {
        if (_map is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }

        if (_naam is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await VoerUitAsync(_beheer!, $"DROP DATABASE IF EXISTS \"{_naam}\" WITH (FORCE)");
        }
    }

    private static DbContextOptions<WorkflowDbContext> Opties(DatabaseProvider provider, string verbinding)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(provider, verbinding, WorkflowDbContext.Schema);
        builder.AddInterceptors(Tellers.Globaal);
        return builder.Options;
    }

    private static async Task VoerUitAsync(string verbinding, string sql)
    {
        await using var connectie = new NpgsqlConnection(verbinding);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }
}

/// <summary>The manual clock: it moves only when the benchmark moves it.</summary>
internal sealed class HandKlok(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>The runtime wired as a host would wire it, minus the web and the scheduler (the benchmark drives the rounds).</summary>
internal sealed class Runtime
{
    private readonly BenchDatabase _database;
    private readonly IServiceProvider _diensten;
    private readonly IOptions<WorkflowOpties> _opties = Options.Create(new WorkflowOpties());

    public Runtime(BenchDatabase database, int eenheden, DateTimeOffset start)
    {
        _database = database;
        Klok = new HandKlok(start);
        Organisatie = new SynthetischeOrganisatie(eenheden);
        _diensten = IdCyclus.Shared.Integratie.Integratieverdeling.AddIntegratieHandler<BenchTrekker, NulHandler>(new ServiceCollection()).BuildServiceProvider();
    }

    public HandKlok Klok { get; }

    public SynthetischeOrganisatie Organisatie { get; }

    public NulVerzender Verzender { get; } = new();

    public BenchSjablonen Sjablonen { get; } = new();

    public TrekkerFormulier Formulier { get; } = new();

    public WorkflowDbContext Context() => _database.Context();

    public WorkflowMotor Motor(WorkflowDbContext db) =>
        WorkflowMotor.Bouw(db, Klok, Organisatie, [Organisatie], [Organisatie], [Formulier], Sjablonen, _opties, Verzender, _diensten);

    public Bezorger Bezorger(WorkflowDbContext db) => new(db, Verzender, Klok, _opties, NullLogger<Bezorger>.Instance);

    public OutboxBezorger OutboxBezorger(WorkflowDbContext db) => new(db, _diensten, Klok, _opties, NullLogger<OutboxBezorger>.Instance);

    public async Task PubliceerAsync()
    {
        await using var db = Context();
        var resultaat = await new Definities(db, Klok, new BenchValidator(Organisatie, Sjablonen, Formulier)).PubliceerAsync(BenchDefinitie.Json, "bench", default);
        if (!resultaat.IsGelukt)
        {
            throw new InvalidOperationException("Benchmarkdefinitie ongeldig: " + string.Join("; ", resultaat.Fouten.Select(f => $"{f.Veld}: {f.Melding}")));
        }
    }

    public async Task<Guid> StartAsync(DateTimeOffset start)
    {
        await using var db = Context();
        var resultaat = await Motor(db).StartAsync(BenchDefinitie.Id, null, start, new Handelende(null, "Bureau (bench)", true), default);
        return resultaat.IsGelukt ? resultaat.Waarde : throw new InvalidOperationException(string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
    }

    /// <summary>Completes a task as its directeur would, through the form (name, 8 hours).</summary>
    public async Task VoltooiAsync(Guid taakId, string bereik, int versie)
    {
        var directeur = Organisatie.Directeur(bereik);
        await using var db = Context();
        var velden = new Dictionary<string, string?> { ["Naam"] = $"Trekker {bereik}", ["UrenPerWeek"] = "8" };
        var resultaat = await Motor(db).VoltooiAsync(taakId, new Handelende(directeur.Id, directeur.Naam), null, velden, versie, default);
        if (!resultaat.IsGelukt)
        {
            throw new InvalidOperationException($"Afronden van {taakId} mislukt: " + string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        }
    }
}
