using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Persistence;

internal sealed class ActieplannenDbContext(DbContextOptions<ActieplannenDbContext> options) : DbContext(options)
{
    public const string Schema = "actieplannen";

    public DbSet<Actieplan> Actieplannen => Set<Actieplan>();

    public DbSet<Planversie> Versies => Set<Planversie>();

    public DbSet<ActieVoortgang> Voortgang => Set<ActieVoortgang>();

    public DbSet<Bijlage> Bijlagen => Set<Bijlage>();

    public DbSet<Plangebeurtenis> Gebeurtenissen => Set<Plangebeurtenis>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Actieplan>(plan =>
        {
            plan.ToTable("plannen");
            plan.HasIndex(p => new { p.DirectieId, p.Jaar }).IsUnique();
            plan.Property(p => p.DirectieAfkorting).HasMaxLength(40);
            plan.Property(p => p.ClusterId).HasMaxLength(64);
            plan.Property(p => p.Versie).IsConcurrencyToken();
        });

        modelBuilder.Entity<Planversie>(versie =>
        {
            versie.ToTable("versies");
            versie.HasIndex(v => new { v.ActieplanId, v.Nummer }).IsUnique();
            versie.HasOne<Actieplan>().WithMany().HasForeignKey(v => v.ActieplanId).OnDelete(DeleteBehavior.Cascade);
            versie.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            versie.Property(v => v.AangemaaktDoor).HasMaxLength(200);
            versie.Property(v => v.IngediendDoor).HasMaxLength(200);
            versie.Property(v => v.GoedgekeurdDoor).HasMaxLength(200);
            versie.Ignore(v => v.Inhoud);
            versie.Ignore(v => v.Stand);
        });

        modelBuilder.Entity<ActieVoortgang>(voortgang =>
        {
            voortgang.ToTable("voortgang");
            voortgang.HasIndex(v => new { v.ActieplanId, v.ActieSleutel });
            voortgang.HasOne<Actieplan>().WithMany().HasForeignKey(v => v.ActieplanId).OnDelete(DeleteBehavior.Cascade);
            voortgang.Property(v => v.ActieSleutel).HasMaxLength(100);
            voortgang.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            voortgang.Property(v => v.Notitie).HasMaxLength(1000);
            voortgang.Property(v => v.Door).HasMaxLength(200);
        });

        modelBuilder.Entity<Bijlage>(bijlage =>
        {
            bijlage.ToTable("bijlagen");
            bijlage.HasIndex(b => b.ActieplanId);
            bijlage.HasOne<Actieplan>().WithMany().HasForeignKey(b => b.ActieplanId).OnDelete(DeleteBehavior.Cascade);
            bijlage.Property(b => b.Bestandsnaam).HasMaxLength(255);
            bijlage.Property(b => b.Inhoudstype).HasMaxLength(100);
            bijlage.Property(b => b.Door).HasMaxLength(200);
            bijlage.Property(b => b.VerwijderdDoor).HasMaxLength(200);
        });

        modelBuilder.Entity<Plangebeurtenis>(gebeurtenis =>
        {
            gebeurtenis.ToTable("gebeurtenissen");
            gebeurtenis.HasIndex(g => g.ActieplanId);
            gebeurtenis.HasOne<Actieplan>().WithMany().HasForeignKey(g => g.ActieplanId).OnDelete(DeleteBehavior.Cascade);
            gebeurtenis.Property(g => g.Door).HasMaxLength(200);
        });

        modelBuilder.AddBerichtentabellen(outbox: true);

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
