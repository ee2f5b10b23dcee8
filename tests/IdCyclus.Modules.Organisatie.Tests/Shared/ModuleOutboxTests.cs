using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

/// <summary>
/// The shared outbox and inbox on a module-like context of their own: an event is stored only with its change,
/// delivered at least once, received once, and a receiver that keeps refusing ends as an incident.
/// </summary>
public sealed class ModuleOutboxTests : IAsyncLifetime
{
    private readonly SqliteConnection _verbinding = new("DataSource=:memory:");
    private readonly FakeTimeProvider _klok = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly Ontvangstvolgorde _ontvangen = new();
    private ServiceProvider _diensten = null!;

    public async Task InitializeAsync()
    {
        await _verbinding.OpenAsync();
        _diensten = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_klok)
            .AddDbContext<Proefcontext>(o => o.UseSqlite(_verbinding))
            .AddModuleOutbox<Proefcontext>()
            .AddIntegratieHandler<TellerVerhoogd, Ontvanger>()
            .AddSingleton(_ontvangen)
            .BuildServiceProvider(validateScopes: true);
        await using var scope = _diensten.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Proefcontext>().Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task Een_teruggedraaide_wijziging_meldt_niets_en_een_bevestigde_precies_één_gebeurtenis()
    {
        await WijzigAsync(5, bevestigen: false);
        await WijzigAsync(7, bevestigen: true);

        var regels = await MetContextAsync(db => db.Set<OutboxRegel>().AsNoTracking().ToListAsync());
        var regel = Assert.Single(regels);
        Assert.Equal(TellerVerhoogd.Type, regel.Type);
        Assert.Contains("\"stand\":7", regel.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opnieuw_bezorgen_verandert_bij_de_ontvanger_niets()
    {
        await WijzigAsync(3, bevestigen: true);
        Assert.Equal(1, await BezorgAsync());
        Assert.Equal(0, await BezorgAsync());

        // As after a crash between the receiver's commit and the outbox's: the row is delivered a second time.
        await MetContextAsync(db => db.Set<OutboxRegel>().ExecuteUpdateAsync(s => s.SetProperty(o => o.VerwerktOpUtc, (DateTime?)null)));
        Assert.Equal(1, await BezorgAsync());

        var ontvangen = await MetContextAsync(db => db.Set<Ontvangst>().AsNoTracking().ToListAsync());
        Assert.Equal(3, Assert.Single(ontvangen).Stand);
        Assert.Single(await MetContextAsync(db => db.Set<InboxRegel>().AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task Een_weigering_wordt_herhaald_en_blijft_daarna_staan_als_incident_zonder_ontvangst()
    {
        await WijzigAsync(Ontvanger.Geweigerd, bevestigen: true);

        for (var ronde = 0; ronde < ModuleOutbox<Proefcontext>.MaxPogingen + 2; ronde++)
        {
            Assert.Equal(0, await BezorgAsync());
        }

        var regel = Assert.Single(await MetContextAsync(db => db.Set<OutboxRegel>().AsNoTracking().ToListAsync()));
        Assert.Equal((ModuleOutbox<Proefcontext>.MaxPogingen, (DateTime?)null), (regel.Pogingen, regel.VerwerktOpUtc));
        Assert.Equal("Niet verwerkt: Stand 13 wordt geweigerd.", regel.LaatsteFout);
        Assert.Empty(await MetContextAsync(db => db.Set<Ontvangst>().ToListAsync()));
        Assert.Empty(await MetContextAsync(db => db.Set<InboxRegel>().ToListAsync()));
    }

    [Fact]
    public async Task De_gebeurtenissen_van_één_wijziging_worden_bezorgd_in_de_volgorde_waarin_ze_gemeld_zijn()
    {
        // One transaction, one moment: before ADR 0035 the ids of one millisecond were random, EF Core inserted the rows
        // in key order and the delivery broke the tie of moments the same way, so these came out shuffled.
        var standen = Enumerable.Range(1, 40).Select(i => i * 2).ToList();
        await MetContextAsync(async db =>
        {
            foreach (var stand in standen)
            {
                db.Meld($"teller:{stand}", new TellerVerhoogd(Guid.CreateVersion7(), stand), _klok.GetUtcNow().UtcDateTime);
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(standen.Count, await BezorgAsync());
        Assert.Equal(standen, _ontvangen.Standen);
    }

    [Fact]
    public async Task Een_gebeurtenis_zonder_ontvanger_wordt_afgesloten_met_een_melding()
    {
        await MetContextAsync(async db =>
        {
            db.Set<OutboxRegel>().Add(new OutboxRegel
            {
                Sleutel = "x:1", Type = "proef.onbekend", Json = "{}", AangemaaktOpUtc = _klok.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, await BezorgAsync());
        var regel = Assert.Single(await MetContextAsync(db => db.Set<OutboxRegel>().AsNoTracking().ToListAsync()));
        Assert.Equal("Geen ontvanger geregistreerd voor 'proef.onbekend'.", regel.LaatsteFout);
    }

    private async Task WijzigAsync(int stand, bool bevestigen)
    {
        await using var scope = _diensten.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Proefcontext>();
        await using var transactie = await db.Database.BeginTransactionAsync();
        var teller = new Teller { Stand = stand };
        db.Add(teller);
        db.Meld($"teller:{teller.Id}", new TellerVerhoogd(teller.Id, stand), _klok.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        if (bevestigen)
        {
            await transactie.CommitAsync();
        }
        else
        {
            await transactie.RollbackAsync();
        }
    }

    private async Task<int> BezorgAsync() => await _diensten.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default);

    private async Task<T> MetContextAsync<T>(Func<Proefcontext, Task<T>> werk)
    {
        await using var scope = _diensten.CreateAsyncScope();
        return await werk(scope.ServiceProvider.GetRequiredService<Proefcontext>());
    }

    public async Task DisposeAsync()
    {
        await _diensten.DisposeAsync();
        await _verbinding.DisposeAsync();
    }

    public sealed record TellerVerhoogd(Guid TellerId, int Stand) : IIntegratieGebeurtenis
    {
        public static string Type => "proef.teller-verhoogd";
    }

    public sealed class Teller
    {
        public Guid Id { get; init; } = Guid.NewGuid();

        public int Stand { get; init; }
    }

    public sealed class Ontvangst
    {
        public Guid Id { get; init; } = Guid.NewGuid();

        public int Stand { get; init; }
    }

    public sealed class Proefcontext(DbContextOptions<Proefcontext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Teller>();
            modelBuilder.Entity<Ontvangst>();
            modelBuilder.AddBerichtentabellen(outbox: true);
        }
    }

    private sealed class Ontvangstvolgorde
    {
        public List<int> Standen { get; } = [];
    }

    private sealed class Ontvanger(Proefcontext db, TimeProvider klok, Ontvangstvolgorde volgorde)
        : InboxHandler<TellerVerhoogd, Proefcontext>(db, klok)
    {
        public const int Geweigerd = 13;

        protected override Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, TellerVerhoogd gebeurtenis, CancellationToken ct)
        {
            if (gebeurtenis.Stand == Geweigerd)
            {
                return Task.FromResult<IReadOnlyList<Fout>>([new Fout("Stand", $"Stand {Geweigerd} wordt geweigerd.")]);
            }

            Db.Add(new Ontvangst { Stand = gebeurtenis.Stand });
            volgorde.Standen.Add(gebeurtenis.Stand);
            return Task.FromResult<IReadOnlyList<Fout>>([]);
        }
    }
}
