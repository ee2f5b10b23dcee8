using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Persistence;

/// <summary>What one change to an existing role assignment does, between loading it and auditing it.</summary>
internal interface IToewijzingswijziging
{
    /// <summary>The rules (Domain/RolRegels); every error with its field. Runs only on the version the person saw.</summary>
    Task<IReadOnlyList<Fout>> ControleerAsync(Roltoewijzing toewijzing, CancellationToken ct);

    /// <summary>Applies the change; returns the audit line's action, before and after.</summary>
    (string Handeling, string? Voor, string? Na) Pas(Roltoewijzing toewijzing);
}

/// <summary>
/// The one skeleton of every change to an existing role assignment: in a serializable transaction, load it with its
/// person, refuse a stale version (never a silent overwrite), run the rules, apply the change with the version token
/// checked by the database, and write the audit line by the person who made it.
/// </summary>
internal static class Toewijzingswijziging
{
    /// <param name="inbox">For an integration event: its key, recorded in the same transaction (idempotent delivery).</param>
    public static Task<Resultaat<Guid>> VoerUitAsync(
        OrganisatieDbContext db, TimeProvider klok, Actor actor, Guid toewijzingId, int versie, IToewijzingswijziging wijziging, CancellationToken ct,
        string? inbox = null) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var toewijzing = await db.Roltoewijzingen.Include(r => r.Persoon).FirstOrDefaultAsync(r => r.Id == toewijzingId, ct);
            if (toewijzing is null)
            {
                return Resultaat<Guid>.Mislukt("ToewijzingId", "Deze roltoewijzing bestaat niet (meer).");
            }

            if (toewijzing.Versie != versie)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            var fouten = await wijziging.ControleerAsync(toewijzing, ct);
            if (fouten.Count > 0)
            {
                return Resultaat<Guid>.Mislukt(fouten);
            }

            db.Entry(toewijzing).Property(r => r.Versie).OriginalValue = versie;
            var (handeling, voor, na) = wijziging.Pas(toewijzing);
            Wijzigingen.Audit(db, klok, actor, toewijzing, handeling, voor, na);
            Trekkermelding.Meld(db, toewijzing, toewijzing.Persoon!.Naam, klok.GetUtcNow().UtcDateTime);
            if (inbox is not null)
            {
                // Again inside the (possibly retried) transaction: a retry clears the change tracker.
                Inbox.Noteer(db, inbox, klok);
            }

            return Resultaat<Guid>.Gelukt(toewijzing.Id);
        }, ct);
}
