using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Persistence;

internal sealed class IndicatorenDbContext(DbContextOptions<IndicatorenDbContext> options) : DbContext(options)
{
    public const string Schema = "indicatoren";

    public DbSet<Indicatordefinitie> Definities => Set<Indicatordefinitie>();

    public DbSet<Indicatorwaarde> Waarden => Set<Indicatorwaarde>();

    public DbSet<Waardehistorie> Historie => Set<Waardehistorie>();

    public DbSet<Import> Imports => Set<Import>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Indicatordefinitie>(definitie =>
        {
            definitie.ToTable("definities");
            definitie.HasIndex(d => new { d.Jaar, d.IndicatorId }).IsUnique();
            definitie.Property(d => d.IndicatorId).HasMaxLength(60);
            definitie.Property(d => d.Naam).HasMaxLength(300);
            definitie.Property(d => d.Soort).HasConversion<string>().HasMaxLength(20);
            definitie.Property(d => d.Niveaus).HasConversion<string>().HasMaxLength(80);
            definitie.Property(d => d.Eenheid).HasMaxLength(100);
            definitie.Property(d => d.Bron).HasMaxLength(300);
            definitie.Property(d => d.Classificatie).HasMaxLength(200);
            definitie.Property(d => d.Streefcijfer).HasPrecision(12, 4);
            definitie.Property(d => d.StreefcijferBron).HasMaxLength(1000);
            definitie.Property(d => d.DoelIndicatorId).HasMaxLength(60);
            definitie.Property(d => d.Toelichting).HasMaxLength(2000);
        });

        modelBuilder.Entity<Indicatorwaarde>(waarde =>
        {
            waarde.ToTable("waarden");
            waarde.HasIndex(w => new { w.IndicatorId, w.EenheidId, w.Periode }).IsUnique();
            waarde.HasIndex(w => w.Jaar);
            waarde.Property(w => w.IndicatorId).HasMaxLength(60);
            waarde.Property(w => w.EenheidId).HasMaxLength(64);
            waarde.Property(w => w.EenheidNaam).HasMaxLength(200);
            waarde.Property(w => w.Periode).HasMaxLength(7);
            waarde.Property(w => w.Getal).HasPrecision(18, 6);
            waarde.Property(w => w.Symbool).HasMaxLength(3);
            waarde.Property(w => w.Toelichting).HasMaxLength(Importregels.MaxToelichting);
            waarde.Property(w => w.OnderSectieId).HasMaxLength(64);
            waarde.Property(w => w.GewijzigdDoor).HasMaxLength(200);
            waarde.Property(w => w.Versie).IsConcurrencyToken();
            waarde.HasOne<Import>().WithMany().HasForeignKey(w => w.ImportId).OnDelete(DeleteBehavior.Restrict);
            waarde.Ignore(w => w.Waarde);
            waarde.Ignore(w => w.PeriodeWaarde);
        });

        modelBuilder.Entity<Waardehistorie>(historie =>
        {
            historie.ToTable("historie");
            historie.HasIndex(h => h.WaardeId);
            historie.Property(h => h.Getal).HasPrecision(18, 6);
            historie.Property(h => h.Symbool).HasMaxLength(3);
            historie.Property(h => h.Toelichting).HasMaxLength(Importregels.MaxToelichting);
            historie.HasOne<Indicatorwaarde>().WithMany().HasForeignKey(h => h.WaardeId).OnDelete(DeleteBehavior.Cascade);
            historie.HasOne<Import>().WithMany().HasForeignKey(h => h.ImportId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Import>(import =>
        {
            import.ToTable("imports");
            import.Property(i => i.Bestandsnaam).HasMaxLength(260);
            import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            import.Property(i => i.Door).HasMaxLength(200);
            import.Property(i => i.Versie).IsConcurrencyToken();
        });

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
