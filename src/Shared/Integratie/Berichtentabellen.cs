using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Shared.Integratie;

/// <summary>An event a module raised, stored in the same transaction as its change and delivered later.</summary>
public sealed class OutboxRegel
{
    /// <summary>Increasing in the order the events were raised, so a delivery breaks a tie of moments by it (ADR 0035).</summary>
    public Guid Id { get; init; } = OplopendeIds.Nieuw();

    /// <summary>Unique per event; the receivers' inboxes remember it, so a redelivery changes nothing.</summary>
    public required string Sleutel { get; init; }

    public required string Type { get; init; }

    public required string Json { get; init; }

    public DateTime AangemaaktOpUtc { get; init; }

    public DateTime? VerwerktOpUtc { get; set; }

    public int Pogingen { get; set; }

    public string? LaatsteFout { get; set; }
}

/// <summary>Inbox: the key of an event this module has handled.</summary>
public sealed class InboxRegel
{
    public required string Sleutel { get; init; }

    public DateTime VerwerktOpUtc { get; init; }
}

public static class Berichtentabellen
{
    /// <summary>
    /// Maps the module's inbox (table "inbox") and, for a module that raises events, its outbox (table "outbox"). Call
    /// before <see cref="Persistence.ModuleSchema.UseModuleSchema"/>, which puts both in the module's own schema.
    /// </summary>
    public static ModelBuilder AddBerichtentabellen(this ModelBuilder modelBuilder, bool outbox)
    {
        modelBuilder.Entity<InboxRegel>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(v => v.Sleutel);
            inbox.Property(v => v.Sleutel).HasMaxLength(400);
        });

        if (outbox)
        {
            modelBuilder.Entity<OutboxRegel>(regel =>
            {
                regel.ToTable("outbox");
                regel.HasKey(o => o.Id);
                regel.Property(o => o.Sleutel).HasMaxLength(400);
                // Not unique: two concurrent changes of the same version may both add their event before the version
                // token refuses one; the refused transaction must fail as a conflict, not as a duplicate key.
                regel.HasIndex(o => o.Sleutel);
                regel.Property(o => o.Type).HasMaxLength(200);
                regel.Property(o => o.LaatsteFout).HasMaxLength(2000);
                regel.HasIndex(o => new { o.VerwerktOpUtc, o.AangemaaktOpUtc });
            });
        }

        return modelBuilder;
    }
}
