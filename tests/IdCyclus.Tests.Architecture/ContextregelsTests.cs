using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Tests.Architecture;

/// <summary>The pooled-context rule fails on a made-up context with state of its own, and holds for the real ones.</summary>
public sealed class ContextregelsTests
{
    [Fact]
    public void Een_context_met_een_eigen_veld_wordt_gemeld_maar_niet_om_zijn_DbSets()
    {
        var melding = Assert.Single(Contextregels.ZonderEigenToestand([typeof(MetTeller), typeof(string)]));

        Assert.StartsWith($"{typeof(MetTeller).FullName}: veld 'teller' (Int32)", melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_context_met_alleen_DbSets_geeft_niets()
    {
        Assert.Empty(Contextregels.ZonderEigenToestand([typeof(AlleenTabellen)]));
    }

    [Fact]
    public void Geen_echte_context_houdt_toestand_vast_tussen_scopes()
    {
        var typen = Bouwstenen.Alle.SelectMany(a => a.GetTypes()).ToList();

        Assert.Contains(typen, t => t.Name == "WorkflowDbContext");
        var meldingen = Contextregels.ZonderEigenToestand(typen);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }

    private sealed record Rij(int Id);

    private sealed class MetTeller(DbContextOptions opties) : DbContext(opties)
    {
        private int teller;

        public DbSet<Rij> Rijen { get; set; } = null!;

        public int Volgende() => ++teller;
    }

    private sealed class AlleenTabellen(DbContextOptions opties) : DbContext(opties)
    {
        public DbSet<Rij> Rijen { get; set; } = null!;
    }
}
