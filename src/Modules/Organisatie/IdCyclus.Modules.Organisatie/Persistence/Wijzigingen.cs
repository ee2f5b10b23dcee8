using IdCyclus.Shared.Security;
using IdCyclus.Modules.Organisatie.Domain;

namespace IdCyclus.Modules.Organisatie.Persistence;

internal static class Wijzigingen
{
    public static void Audit(
        OrganisatieDbContext db, TimeProvider klok, Actor actor, Roltoewijzing toewijzing, string handeling, string? voor, string? na) =>
        db.AuditRegels.Add(new AuditRegel
        {
            MomentUtc = klok.GetUtcNow().UtcDateTime,
            DoorPersoonId = actor.PersoonId,
            DoorNaam = actor.Naam,
            DirectieId = toewijzing.DirectieId,
            ClusterId = toewijzing.ClusterId,
            RoltoewijzingId = toewijzing.Id,
            Handeling = handeling,
            Voor = voor,
            Na = na,
        });
}
