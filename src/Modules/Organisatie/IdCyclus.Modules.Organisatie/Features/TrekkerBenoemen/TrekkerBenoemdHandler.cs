using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.RolToewijzen;
using IdCyclus.Modules.Organisatie.Features.UrenWijzigen;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Organisatie.Features.TrekkerBenoemen;

/// <summary>
/// Records the trekker a directeur appointed through a workflow task, through the shared inbox: the inbox row is saved
/// in the same serializable transaction as the role assignment, so a redelivered event changes nothing. Naming the
/// directie's current trekker is how a directeur meets an agreement about hours (a trekker with 6 hours who gets 8): that
/// changes the hours of the current assignment, as Bureau's "Uren wijzigen" does, instead of a second, overlapping
/// assignment of the same person that the role rules refuse.
/// </summary>
internal sealed class TrekkerBenoemdHandler(
    OrganisatieDbContext db, RolToewijzenHandler toewijzen, UrenWijzigenHandler urenWijzigen, TimeProvider klok, ILogger<TrekkerBenoemdHandler> logger)
    : InboxHandler<TrekkerBenoemd, OrganisatieDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, TrekkerBenoemd gebeurtenis, CancellationToken cancellationToken)
    {
        var actor = new Actor(gebeurtenis.DoorPersoonId, gebeurtenis.DoorNaam);
        var huidige = gebeurtenis.PersoonId is { } persoonId
            ? await Db.Roltoewijzingen.AsNoTracking().FirstOrDefaultAsync(
                r => r.Rol == Rol.Trekker && r.DirectieId == gebeurtenis.DirectieId && r.PersoonId == persoonId
                     && r.Van <= gebeurtenis.Van && (r.Tot == null || r.Tot >= gebeurtenis.Van), cancellationToken)
            : null;
        var resultaat = huidige is not null
            ? await urenWijzigen.HandleAsync(new UrenWijzigenOpdracht(huidige.Id, gebeurtenis.UrenPerWeek, huidige.Versie), actor, cancellationToken, sleutel)
            : await toewijzen.HandleAsync(
                new RolToewijzenOpdracht(Rol.Trekker, gebeurtenis.PersoonId, gebeurtenis.PersoonId is null ? gebeurtenis.Naam : null,
                    gebeurtenis.PersoonId is null ? gebeurtenis.Email : null, gebeurtenis.DirectieId, null, gebeurtenis.Van, null, gebeurtenis.UrenPerWeek),
                actor,
                cancellationToken,
                inbox: sleutel);
        if (!resultaat.IsGelukt)
        {
            // The form validated this already; a refusal now means the organisation changed in between. The base
            // throws, which keeps the event in the outbox (retried, then shown to Bureau as failed) instead of losing it.
            logger.LogWarning("Trekkerbenoeming {Sleutel} niet vastgelegd: {Fouten}", sleutel, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        }

        return resultaat.Fouten;
    }
}
