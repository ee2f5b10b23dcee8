using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

/// <summary>
/// The stamp changes after every committed write of a module's DbContext, by whatever path, and never before the commit
/// or for a read or a rollback: on a SQLite file as a host uses it (<see cref="ModuleDbContextOptions.UseModuleDatabase"/>).
/// </summary>
public sealed class WijzigingsmelderTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("idcyclus-stempel").FullName;
    private readonly string _verbinding;

    public WijzigingsmelderTests()
    {
        _verbinding = $"Data Source={Path.Combine(_map, "proef.db")};Pooling=False";
        using var db = Context();
        db.Database.EnsureCreated();
    }

    private sealed class Regel
    {
        public int Id { get; set; }

        public int Stand { get; set; }
    }

    private sealed class Proefcontext(DbContextOptions<Proefcontext> opties) : DbContext(opties)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Regel>().ToTable("proef_regels");
    }

    private Proefcontext Context()
    {
        var opties = new DbContextOptionsBuilder<Proefcontext>();
        opties.UseModuleDatabase(DatabaseProvider.Sqlite, _verbinding, "proef");
        return new Proefcontext(opties.Options);
    }

    private Task<string?> StempelAsync() => Wijzigingsstempels.Voor(DatabaseProvider.Sqlite, _verbinding).LeesAsync(default).AsTask();

    [Fact]
    public async Task SaveChanges_zonder_transactie_vernieuwt_het_stempel_en_lezen_niet()
    {
        var voor = await StempelAsync();
        await using (var db = Context())
        {
            await db.Set<Regel>().ToListAsync();
        }

        Assert.Equal(voor, await StempelAsync());

        await using (var db = Context())
        {
            db.Add(new Regel { Stand = 1 });
            await db.SaveChangesAsync();
        }

        Assert.NotEqual(voor, await StempelAsync());
    }

    [Fact]
    public async Task In_een_transactie_pas_bij_de_commit_en_na_een_rollback_niet()
    {
        await using var db = Context();
        var voor = await StempelAsync();

        await using (var transactie = await db.Database.BeginTransactionAsync())
        {
            db.Add(new Regel { Stand = 2 });
            await db.SaveChangesAsync();
            await transactie.RollbackAsync();
        }

        Assert.Equal(voor, await StempelAsync());
        db.ChangeTracker.Clear();

        await using (var transactie = await db.Database.BeginTransactionAsync())
        {
            db.Add(new Regel { Stand = 3 });
            await db.SaveChangesAsync();
            Assert.Equal(voor, await StempelAsync());
            await transactie.CommitAsync();
        }

        Assert.NotEqual(voor, await StempelAsync());
    }

    [Fact]
    public async Task ExecuteUpdate_en_ExecuteDelete_vernieuwen_het_stempel()
    {
        await using var db = Context();
        db.Add(new Regel { Stand = 4 });
        await db.SaveChangesAsync();

        var voor = await StempelAsync();
        await db.Set<Regel>().ExecuteUpdateAsync(s => s.SetProperty(r => r.Stand, 5));
        var naUpdate = await StempelAsync();
        Assert.NotEqual(voor, naUpdate);

        await db.Set<Regel>().ExecuteDeleteAsync();
        Assert.NotEqual(naUpdate, await StempelAsync());
    }

    [Theory]
    [InlineData("INSERT INTO x VALUES (1)", true)]
    [InlineData("  update x set a = 1", true)]
    [InlineData("DELETE FROM x", true)]
    [InlineData("-- tag\nUPDATE x SET a = 1", true)]
    [InlineData("SELECT * FROM x", false)]
    [InlineData("-- INSERT in een commentaar\nSELECT 1", false)]
    [InlineData("PRAGMA journal_mode=WAL;", false)]
    public void Herkent_schrijvende_opdrachten(string sql, bool schrijvend) => Assert.Equal(schrijvend, Wijzigingsmelder.IsSchrijvend(sql));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
