using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Persistence;

internal sealed class OpvolgingDbContext(DbContextOptions<OpvolgingDbContext> options) : DbContext(options)
{
    public const string Schema = "opvolging";

    public DbSet<Afspraakrij> Afspraken => Set<Afspraakrij>();

    public DbSet<Afspraakgebeurtenis> Gebeurtenissen => Set<Afspraakgebeurtenis>();

    public DbSet<Urennormrij> Urennormen => Set<Urennormrij>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Afspraakrij>(afspraak =>
        {
            afspraak.ToTable("afspraken");
            afspraak.HasIndex(a => a.DirectieId);
            afspraak.HasIndex(a => a.EigenaarPersoonId);
            afspraak.Property(a => a.Soort).HasConversion<string>().HasMaxLength(30);
            afspraak.Property(a => a.Bron).HasConversion<string>().HasMaxLength(30);
            afspraak.Property(a => a.DirectieNaam).HasMaxLength(200);
            afspraak.Property(a => a.ClusterId).HasMaxLength(64);
            afspraak.Property(a => a.EigenaarNaam).HasMaxLength(200);
            afspraak.Property(a => a.Omschrijving).HasMaxLength(Afspraakregels.MaxOmschrijving);
            afspraak.Property(a => a.MinimaleUren).HasPrecision(4, 1);
            afspraak.Property(a => a.Afsluittekst).HasMaxLength(Afspraakregels.MaxToelichting);
            afspraak.Property(a => a.AfgeslotenDoor).HasMaxLength(200);
            afspraak.Property(a => a.VastgelegdDoor).HasMaxLength(200);
            afspraak.Property(a => a.Versie).IsConcurrencyToken();
        });

        modelBuilder.Entity<Afspraakgebeurtenis>(gebeurtenis =>
        {
            gebeurtenis.ToTable("gebeurtenissen");
            gebeurtenis.HasIndex(g => g.AfspraakId);
            gebeurtenis.HasOne<Afspraakrij>().WithMany().HasForeignKey(g => g.AfspraakId).OnDelete(DeleteBehavior.Cascade);
            gebeurtenis.Property(g => g.Soort).HasConversion<string>().HasMaxLength(20);
            gebeurtenis.Property(g => g.Door).HasMaxLength(200);
            gebeurtenis.Property(g => g.Tekst).HasMaxLength(Afspraakregels.MaxToelichting + 200);
        });

        modelBuilder.Entity<Urennormrij>(norm =>
        {
            norm.ToTable("urennormen");
            norm.HasKey(n => n.Rapportjaar);
            norm.Property(n => n.Rapportjaar).ValueGeneratedNever();
            norm.Property(n => n.Uren).HasPrecision(4, 1);
            norm.Property(n => n.VastgelegdDoor).HasMaxLength(200);
            norm.Property(n => n.Versie).IsConcurrencyToken();
        });

        modelBuilder.AddBerichtentabellen(outbox: true);
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
