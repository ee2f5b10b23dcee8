using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.RolToewijzen;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Organisatie.Features.TrekkerBenoemen;

/// <summary>
/// Records the trekker a directeur appointed through a workflow task, through the shared inbox: the inbox row is saved
/// in the same serializable transaction as the role assignment, so a redelivered event changes nothing.
/// </summary>
internal sealed class TrekkerBenoemdHandler(OrganisatieDbContext db, RolToewijzenHandler toewijzen, TimeProvider klok, ILogger<TrekkerBenoemdHandler> logger)
    : InboxHandler<TrekkerBenoemd, OrganisatieDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, TrekkerBenoemd gebeurtenis, CancellationToken cancellationToken)
    {
        var resultaat = await toewijzen.HandleAsync(
            new RolToewijzenOpdracht(Rol.Trekker, gebeurtenis.PersoonId, gebeurtenis.PersoonId is null ? gebeurtenis.Naam : null,
                gebeurtenis.PersoonId is null ? gebeurtenis.Email : null, gebeurtenis.DirectieId, null, gebeurtenis.Van, null, gebeurtenis.UrenPerWeek),
            new Actor(gebeurtenis.DoorPersoonId, gebeurtenis.DoorNaam),
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
