using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;

using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>A small organisation: three units, two without a leader; each has a head, a chef above it, and one bureau.</summary>
public sealed class Organisatie : IRolResolver, IWorkflowCollectie, IWorkflowVoorwaarde
{
    public static readonly WorkflowPersoon Bureau = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"), "Bea Bureau", "bea@voorbeeld.example");
    public static readonly WorkflowPersoon Chef = new(Guid.Parse("00000000-0000-0000-0000-0000000000c1"), "Chris Chef", "chris@voorbeeld.example");

    // Decimal digits only, so a head's id never equals Bureau's or Chef's (which contain letters).
    public static WorkflowPersoon Hoofd(string eenheid) =>
        new(Guid.Parse($"00000000-0000-0000-0000-{int.Parse(eenheid[1..]):D12}"), $"Hoofd {eenheid}", $"hoofd.{eenheid}@voorbeeld.example");

    public HashSet<string> MetLeider { get; } = ["e3"];

    public Dictionary<string, WorkflowPersoon?> Chefs { get; } = new() { ["e1"] = Chef, ["e2"] = Chef, ["e3"] = Chef };

    public IReadOnlyCollection<string> Rollen => ["hoofd", "chef", "bureau"];

    string IWorkflowCollectie.Naam => "eenheden";

    string IWorkflowVoorwaarde.Naam => "zonder-leider";

    public Task<IReadOnlyList<WorkflowPersoon>> ResolveAsync(string rol, string? bereik, DateOnly datum, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowPersoon>>(rol switch
        {
            "hoofd" => [Hoofd(bereik!)],
            "chef" => Chefs[bereik!] is { } chef ? [chef] : [],
            "bureau" => [Bureau],
            _ => throw new ArgumentOutOfRangeException(nameof(rol)),
        });

    /// <summary>The collection holds e1 … e{Aantal}; only e1–e3 have a chef.</summary>
    public int Aantal { get; set; } = 3;

    public Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowItem>>([.. Enumerable.Range(1, Aantal).Select(n => new WorkflowItem($"e{n}", $"Eenheid {n}", $"e{n}"))]);

    public Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken) =>
        Task.FromResult(!MetLeider.Contains(item.Sleutel));
}

public sealed class Sjablonen : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen => ["taak-toegewezen", "herinnering", "escalatie", "klaar"];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens g) =>
        (
            $"{sjabloon}: {g.TaakTitel ?? g.WorkflowNaam}{(g.ItemOmschrijving is null ? "" : $" ({g.ItemOmschrijving})")}",
            $"Beste {g.OntvangerNaam}, niveau {g.EscalatieNiveau}. {g.Link}");
}

public sealed class Postbus : IMailVerzender
{
    public List<(DateTimeOffset Moment, string Aan, string Onderwerp)> Verzonden { get; } = [];

    public bool Plat { get; set; }

    public required FakeTimeProvider Klok { get; init; }

    /// <summary>A server that accepts the connection and never answers: the send waits until it is cancelled.</summary>
    public bool Hangt { get; set; }

    /// <summary>Completed when a send starts hanging.</summary>
    public TaskCompletionSource Begonnen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken)
    {
        if (Plat)
        {
            throw new InvalidOperationException("SMTP-server niet bereikbaar");
        }

        if (Hangt)
        {
            Begonnen.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        lock (Verzonden)
        {
            Verzonden.Add((Klok.GetUtcNow(), bericht.OntvangerAdres, bericht.Onderwerp));
        }
    }
}

public sealed class AlleenSyntax : IDefinitieValidator
{
    public GevalideerdeDefinitie Valideer(string json)
    {
        var plan = System.Text.Json.JsonDocument.Parse(json).RootElement;
        return new GevalideerdeDefinitie(
            plan.GetProperty("id").GetString(),
            plan.GetProperty("naam").GetString(),
            plan.GetProperty("versie").GetInt32(),
            Array.Empty<Fout>());
    }
}

/// <summary>The runtime on a fresh SQLite file with a manual clock: what a host would wire up, minus the web.</summary>
internal sealed class Testomgeving : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-wf-").FullName;

    public Testomgeving(DateTimeOffset start)
    {
        Klok = new FakeTimeProvider(start);
        Postbus = new Postbus { Klok = Klok };
        using var db = Context();
        db.Database.EnsureCreated();
    }

    public FakeTimeProvider Klok { get; }

    public Organisatie Organisatie { get; } = new();

    public Postbus Postbus { get; }

    public WorkflowOpties Opties { get; } = new() { MaxPogingen = 3, EersteWachttijd = TimeSpan.FromMinutes(5) };

    public WorkflowDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(
            DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(_map, "wf.db")};Pooling=False;Default Timeout=30",
            WorkflowDbContext.Schema);
        return new WorkflowDbContext(builder.Options);
    }

    public WorkflowMotor Motor(WorkflowDbContext db) =>
        WorkflowMotor.Bouw(db, Klok, Organisatie, [Organisatie], [Organisatie], [], new Sjablonen(), Options.Create(Opties), Postbus);

    public Bezorger Bezorger(WorkflowDbContext db) => new(db, Postbus, Klok, Options.Create(Opties), NullLogger<Bezorger>.Instance);

    public async Task PubliceerAsync(string bestand)
    {
        await using var db = Context();
        var resultaat = await new Definities(db, Klok, new AlleenSyntax()).PubliceerAsync(
            await File.ReadAllTextAsync(Path.Combine("Definities", bestand)),
            "test",
            default);
        Assert.True(resultaat.IsGelukt);
    }

    public async Task<T> MetAsync<T>(Func<WorkflowMotor, WorkflowDbContext, Task<T>> werk)
    {
        await using var db = Context();
        return await werk(Motor(db), db);
    }

    /// <summary>Moves the clock forward an hour at a time, firing due timers and sending mail as the poller would.</summary>
    public async Task LoopTotAsync(DateTimeOffset eind)
    {
        while (Klok.GetUtcNow() < eind)
        {
            Klok.SetUtcNow(Min(Klok.GetUtcNow().AddHours(1), eind));
            await using var db = Context();
            await Motor(db).VuurAlleAsync(100, default);
            await using var db2 = Context();
            await Bezorger(db2).BezorgAsync(100, default);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
