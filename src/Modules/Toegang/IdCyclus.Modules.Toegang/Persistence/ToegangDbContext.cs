using IdCyclus.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Toegang.Persistence;

/// <summary>Local accounts and the sign-in log. An account's id is the person's id in Organisatie; roles come from there, not from here.</summary>
internal sealed class ToegangDbContext(DbContextOptions<ToegangDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string Schema = "toegang";

    public DbSet<Aanmeldgebeurtenis> Aanmeldgebeurtenissen => Set<Aanmeldgebeurtenis>();

    public DbSet<Agendalink> Agendalinks => Set<Agendalink>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Aanmeldgebeurtenis>(e =>
        {
            e.ToTable("Aanmeldgebeurtenissen");
            e.HasKey(g => g.Id);
            e.Property(g => g.Soort).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.Wijze).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.Email).HasMaxLength(Aanmeldgebeurtenis.MaxEmail);
            e.Property(g => g.Adres).HasMaxLength(64);
            e.HasIndex(g => g.MomentUtc);
            e.HasIndex(g => g.PersoonId);
        });
        builder.Entity<Agendalink>(e =>
        {
            e.ToTable("Agendalinks");
            e.HasKey(l => l.Id);
            e.Property(l => l.TokenHash).HasMaxLength(Agendalink.HashLengte).IsRequired();
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasIndex(l => l.PersoonId);
        });
        builder.UseModuleSchema(Schema, Database.IsSqlite());
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WeigerWijzigingVanLogboek();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WeigerWijzigingVanLogboek();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The sign-in log is evidence: a bug or a future feature that edits or removes a row must fail loudly.</summary>
    private void WeigerWijzigingVanLogboek()
    {
        if (ChangeTracker.Entries<Aanmeldgebeurtenis>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Het aanmeldlogboek kan niet worden gewijzigd of verwijderd; alleen nieuwe regels zijn toegestaan.");
        }
    }
}
