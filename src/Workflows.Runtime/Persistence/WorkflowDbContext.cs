using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IdCyclus.Workflows.Runtime.Persistence;

/// <summary>The runtime's own tables (schema "workflows"); no module reads them directly, only through the runtime.</summary>
internal sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public const string Schema = "workflows";

    public DbSet<GepubliceerdeDefinitie> Definities => Set<GepubliceerdeDefinitie>();

    public DbSet<Instantie> Instanties => Set<Instantie>();

    public DbSet<StapStatus> Stappen => Set<StapStatus>();

    public DbSet<Taak> Taken => Set<Taak>();

    public DbSet<TaakOpmerking> Opmerkingen => Set<TaakOpmerking>();

    public DbSet<Gebeurtenis> Gebeurtenissen => Set<Gebeurtenis>();

    public DbSet<Timer> Timers => Set<Timer>();

    public DbSet<Bericht> Berichten => Set<Bericht>();

    public DbSet<OutboxBericht> Outbox => Set<OutboxBericht>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var utc = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
            v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

        modelBuilder.Entity<GepubliceerdeDefinitie>(d =>
        {
            d.ToTable("definities");
            d.HasKey(x => new { x.DefinitieId, x.Versie });
            d.Property(x => x.DefinitieId).HasMaxLength(100);
            d.Property(x => x.Naam).HasMaxLength(200);
            d.Property(x => x.GepubliceerdDoor).HasMaxLength(200);
        });

        modelBuilder.Entity<Instantie>(i =>
        {
            i.ToTable("instanties");
            i.Property(x => x.DefinitieId).HasMaxLength(100);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.OuderStapId).HasMaxLength(100);
            i.Property(x => x.ItemSleutel).HasMaxLength(200);
            i.Property(x => x.ItemOmschrijving).HasMaxLength(300);
            i.Property(x => x.ItemBereik).HasMaxLength(200);
            i.Property(x => x.Versie).IsConcurrencyToken();
            i.HasIndex(x => x.OuderId);
            i.HasIndex(x => new { x.DefinitieId, x.Status });
            i.Property(x => x.UniekeSleutel).HasMaxLength(200);
            // Null for most instances; both SQLite and PostgreSQL allow many nulls in a unique index.
            i.HasIndex(x => x.UniekeSleutel).IsUnique();
        });

        modelBuilder.Entity<StapStatus>(s =>
        {
            s.ToTable("stappen");
            s.HasKey(x => new { x.InstantieId, x.StapId });
            s.Property(x => x.StapId).HasMaxLength(100);
            s.Property(x => x.Toestand).HasConversion<string>().HasMaxLength(20);
            s.HasOne<Instantie>().WithMany().HasForeignKey(x => x.InstantieId);
        });

        modelBuilder.Entity<Taak>(t =>
        {
            t.ToTable("taken");
            t.Property(x => x.StapId).HasMaxLength(100);
            t.Property(x => x.Titel).HasMaxLength(300);
            t.Property(x => x.Rol).HasMaxLength(100);
            t.Property(x => x.Bereik).HasMaxLength(200);
            t.Property(x => x.BereikOmschrijving).HasMaxLength(300);
            t.Property(x => x.Formulier).HasMaxLength(100);
            t.Property(x => x.Uitkomst).HasMaxLength(100);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Versie).IsConcurrencyToken();
            t.Property(x => x.Kandidaten)
                .HasConversion(
                    v => string.Join(',', v),
                    v => v.Length == 0 ? new List<Guid>() : v.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList(),
                    new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToList()))
                .HasMaxLength(4000);
            t.HasOne<Instantie>().WithMany().HasForeignKey(x => x.InstantieId);
            t.HasIndex(x => new { x.Status, x.DeadlineUtc });
            t.HasIndex(x => x.InstantieId);
        });

        modelBuilder.Entity<TaakOpmerking>(o =>
        {
            o.ToTable("taakopmerkingen");
            o.Property(x => x.DoorNaam).HasMaxLength(200);
            o.HasOne<Taak>().WithMany().HasForeignKey(x => x.TaakId);
            o.HasIndex(x => x.TaakId);
        });

        modelBuilder.Entity<Gebeurtenis>(g =>
        {
            g.ToTable("gebeurtenissen");
            g.Property(x => x.Door).HasMaxLength(200);
            g.Property(x => x.Soort).HasMaxLength(60);
            g.Property(x => x.StapId).HasMaxLength(100);
            g.HasIndex(x => x.InstantieId);
        });

        modelBuilder.Entity<Timer>(t =>
        {
            t.ToTable("timers");
            t.Property(x => x.Sleutel).HasMaxLength(400);
            t.HasIndex(x => x.Sleutel).IsUnique();
            t.Property(x => x.Soort).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.StapId).HasMaxLength(100);
            t.HasIndex(x => new { x.Status, x.MomentUtc });
            // Completing a task lapses its planned timers by TaakId; without this the database walks every planned timer.
            t.HasIndex(x => x.TaakId);
        });

        modelBuilder.Entity<Bericht>(b =>
        {
            b.ToTable("berichten");
            b.Property(x => x.Sleutel).HasMaxLength(500);
            b.HasIndex(x => x.Sleutel).IsUnique();
            b.Property(x => x.Kanaal).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.OntvangerNaam).HasMaxLength(200);
            b.Property(x => x.OntvangerAdres).HasMaxLength(320);
            b.Property(x => x.Onderwerp).HasMaxLength(300);
            b.Property(x => x.Link).HasMaxLength(500);
            b.Property(x => x.BijlageNaam).HasMaxLength(200);
            b.Property(x => x.BijlageType).HasMaxLength(200);
            b.HasIndex(x => new { x.Status, x.VolgendePogingUtc });
            b.HasIndex(x => x.OntvangerId);
        });

        modelBuilder.Entity<OutboxBericht>(o =>
        {
            o.ToTable("outbox");
            o.Property(x => x.Sleutel).HasMaxLength(400);
            o.HasIndex(x => x.Sleutel).IsUnique();
            o.Property(x => x.Type).HasMaxLength(200);
            o.HasIndex(x => x.VerwerktOpUtc);
        });

        // SQLite hands dates back without a kind; every moment the runtime stores is UTC.
        var utcOfNull = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime?, DateTime?>(
            v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(utc);
            }
            else if (property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(utcOfNull);
            }
        }

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
