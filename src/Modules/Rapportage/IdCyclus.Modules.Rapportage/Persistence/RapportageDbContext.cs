using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Persistence;

internal sealed class RapportageDbContext(DbContextOptions<RapportageDbContext> options) : DbContext(options)
{
    public const string Schema = "rapportage";

    public DbSet<Rapportage> Rapportages => Set<Rapportage>();

    public DbSet<MomentopnameRij> Momentopnamen => Set<MomentopnameRij>();

    public DbSet<Tekstblok> Tekstblokken => Set<Tekstblok>();

    public DbSet<Conceptversie> Conceptversies => Set<Conceptversie>();

    public DbSet<Publicatie> Publicaties => Set<Publicatie>();

    public DbSet<Reviewronde> Reviewrondes => Set<Reviewronde>();

    public DbSet<Opmerking> Opmerkingen => Set<Opmerking>();

    public DbSet<Reviewafronding> Reviewafrondingen => Set<Reviewafronding>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Rapportage>(r =>
        {
            r.ToTable("rapportages");
            r.HasIndex(x => x.Jaar).IsUnique();
            r.Property(x => x.GestartDoor).HasMaxLength(200);
            r.Property(x => x.Versie).IsConcurrencyToken();
        });

        modelBuilder.Entity<MomentopnameRij>(m =>
        {
            m.ToTable("momentopnamen");
            m.HasIndex(x => new { x.RapportageId, x.Nummer }).IsUnique();
            m.Property(x => x.Hash).HasMaxLength(64);
            m.Property(x => x.Door).HasMaxLength(200);
            m.HasOne<Rapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Tekstblok>(t =>
        {
            t.ToTable("tekstblokken");
            t.HasIndex(x => new { x.RapportageId, x.Sleutel }).IsUnique();
            t.Property(x => x.Sleutel).HasMaxLength(120);
            t.Property(x => x.Staat).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.GewijzigdDoor).HasMaxLength(200);
            t.Property(x => x.Versie).IsConcurrencyToken();
            t.HasOne<Rapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Conceptversie>(c =>
        {
            c.ToTable("conceptversies");
            c.HasIndex(x => new { x.RapportageId, x.Nummer }).IsUnique();
            c.Property(x => x.Door).HasMaxLength(200);
            c.HasOne<Rapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Publicatie>(p =>
        {
            p.ToTable("publicaties");
            p.HasIndex(x => new { x.RapportageId, x.Nummer }).IsUnique();
            p.Property(x => x.HtmlHash).HasMaxLength(64);
            p.Property(x => x.PdfHash).HasMaxLength(64);
            p.Property(x => x.Door).HasMaxLength(200);
            p.HasOne<Rapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Reviewronde>(r =>
        {
            r.ToTable("reviewrondes");
            r.Property(x => x.Door).HasMaxLength(200);
            r.HasOne<Rapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Opmerking>(o =>
        {
            o.ToTable("opmerkingen");
            o.HasIndex(x => new { x.RapportageId, x.Sleutel });
            o.Property(x => x.Sleutel).HasMaxLength(120);
            o.Property(x => x.Tekst).HasMaxLength(Domain.Reviewregels.MaxOpmerking);
            o.Property(x => x.Door).HasMaxLength(200);
            o.Property(x => x.Afhandeling).HasMaxLength(Domain.Reviewregels.MaxOpmerking);
            o.Property(x => x.AfgehandeldDoor).HasMaxLength(200);
            o.Property(x => x.Versie).IsConcurrencyToken();
            o.Ignore(x => x.IsAfgehandeld);
            o.HasOne<Reviewronde>().WithMany().HasForeignKey(x => x.ReviewrondeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Reviewafronding>(a =>
        {
            a.ToTable("reviewafrondingen");
            a.HasIndex(x => new { x.ReviewrondeId, x.PersoonId }).IsUnique();
            a.Property(x => x.Naam).HasMaxLength(200);
            a.HasOne<Reviewronde>().WithMany().HasForeignKey(x => x.ReviewrondeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
