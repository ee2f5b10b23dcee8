using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Persistence;

internal sealed class OrganisatieDbContext(DbContextOptions<OrganisatieDbContext> options) : DbContext(options)
{
    public const string Schema = "organisatie";

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<Koker> Kokers => Set<Koker>();

    public DbSet<Directie> Directies => Set<Directie>();

    public DbSet<Persoon> Personen => Set<Persoon>();

    public DbSet<Roltoewijzing> Roltoewijzingen => Set<Roltoewijzing>();

    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();

    public DbSet<Bronopmerking> Bronopmerkingen => Set<Bronopmerking>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cluster>(cluster =>
        {
            cluster.ToTable("clusters");
            cluster.Property(c => c.Id).HasMaxLength(64);
            cluster.Property(c => c.Naam).HasMaxLength(200);
            cluster.Property(c => c.Afkorting).HasMaxLength(20);
            cluster.HasMany(c => c.Kokers).WithOne().HasForeignKey(k => k.ClusterId);
            cluster.Ignore(c => c.Weergavenaam);
        });

        modelBuilder.Entity<Koker>(koker =>
        {
            koker.ToTable("kokers");
            koker.Property(k => k.Id).HasMaxLength(64);
            koker.Property(k => k.Naam).HasMaxLength(200);
        });

        modelBuilder.Entity<Directie>(directie =>
        {
            directie.ToTable("directies");
            directie.Property(d => d.Afkorting).HasMaxLength(40);
            directie.HasIndex(d => d.Afkorting).IsUnique();
            directie.Property(d => d.Naam).HasMaxLength(200);
            directie.Property(d => d.VorigeNaam).HasMaxLength(200);
            directie.HasOne<Cluster>().WithMany().HasForeignKey(d => d.ClusterId).OnDelete(DeleteBehavior.Restrict);
            directie.HasOne<Koker>().WithMany().HasForeignKey(d => d.KokerId).OnDelete(DeleteBehavior.Restrict);
            directie.HasOne(d => d.OpgegaanIn).WithMany().HasForeignKey(d => d.OpgegaanInId).OnDelete(DeleteBehavior.Restrict);
            directie.Ignore(d => d.Weergavenaam);
        });

        modelBuilder.Entity<Persoon>(persoon =>
        {
            persoon.ToTable("personen");
            persoon.Property(p => p.Naam).HasMaxLength(Persoonsvelden.MaxNaam);
            persoon.Property(p => p.Email).HasMaxLength(Persoonsvelden.MaxEmail);
            persoon.HasIndex(p => p.Email).IsUnique();
        });

        modelBuilder.Entity<Roltoewijzing>(rol =>
        {
            rol.ToTable("roltoewijzingen");
            rol.Property(r => r.Rol).HasConversion<string>().HasMaxLength(40);
            rol.Property(r => r.UrenPerWeek).HasPrecision(4, 1);
            rol.Property(r => r.Versie).IsConcurrencyToken();
            rol.Property(r => r.ClusterId).HasMaxLength(64);
            rol.HasOne(r => r.Persoon).WithMany().HasForeignKey(r => r.PersoonId).OnDelete(DeleteBehavior.Restrict);
            rol.HasOne<Directie>().WithMany().HasForeignKey(r => r.DirectieId).OnDelete(DeleteBehavior.Restrict);
            rol.HasOne<Cluster>().WithMany().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Restrict);
            rol.HasIndex(r => new { r.DirectieId, r.Rol });
            rol.HasIndex(r => new { r.PersoonId, r.Rol });
        });

        modelBuilder.Entity<AuditRegel>(audit =>
        {
            audit.ToTable("auditregels");
            audit.Property(a => a.DoorNaam).HasMaxLength(200);
            audit.Property(a => a.Handeling).HasMaxLength(200);
            audit.Property(a => a.ClusterId).HasMaxLength(64);
            audit.HasIndex(a => a.DirectieId);
        });

        modelBuilder.Entity<Bronopmerking>(opmerking =>
        {
            opmerking.ToTable("bronopmerkingen");
            opmerking.Property(o => o.ClusterId).HasMaxLength(64);
        });

        // Organisatie raises events (TrekkerVastgelegd) as well as receiving them.
        modelBuilder.AddBerichtentabellen(outbox: true);

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
