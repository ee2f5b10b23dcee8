using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Shared.Integratie;

/// <summary>
/// The one receiving end of an integration event in a module. The inbox row (in the module's own schema) is written
/// in the same transaction as the change, so a redelivered event changes nothing. A refusal throws: the event stays in
/// its outbox, is retried and then shown to Bureau as an incident instead of being lost.
/// </summary>
public abstract class InboxHandler<TGebeurtenis, TContext>(TContext db, TimeProvider klok) : IIntegratieHandler<TGebeurtenis>
    where TGebeurtenis : IIntegratieGebeurtenis
    where TContext : DbContext
{
    /// <summary>The module's own context: the change and the inbox row go into its one SaveChanges.</summary>
    protected TContext Db => db;

    protected TimeProvider Klok => klok;

    public async Task VerwerkAsync(string sleutel, TGebeurtenis gebeurtenis, CancellationToken cancellationToken)
    {
        if (await db.Set<InboxRegel>().AnyAsync(v => v.Sleutel == sleutel, cancellationToken))
        {
            return;
        }

        Inbox.Noteer(db, sleutel, klok);
        var fouten = await VoerUitAsync(sleutel, gebeurtenis, cancellationToken);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new InvalidOperationException($"Niet verwerkt: {string.Join("; ", fouten.Select(f => f.Melding))}");
        }

        // A handler that saved through its own use case saved the inbox row with it; otherwise save both now.
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Does the change for this event through the module's normal rules; returns the Dutch refusals, if any.</summary>
    protected abstract Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, TGebeurtenis gebeurtenis, CancellationToken ct);
}

public static class Inbox
{
    /// <summary>
    /// Records the key in the change tracker (once). A use case that retries its own transaction after clearing the
    /// tracker calls this again inside the retried work, so the row never goes missing from the transaction.
    /// </summary>
    public static void Noteer(DbContext db, string sleutel, TimeProvider klok)
    {
        if (!db.ChangeTracker.Entries<InboxRegel>().Any(e => e.Entity.Sleutel == sleutel))
        {
            db.Set<InboxRegel>().Add(new InboxRegel { Sleutel = sleutel, VerwerktOpUtc = klok.GetUtcNow().UtcDateTime });
        }
    }
}
