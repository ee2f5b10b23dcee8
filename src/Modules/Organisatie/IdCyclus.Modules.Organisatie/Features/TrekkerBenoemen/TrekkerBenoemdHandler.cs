using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.RolToewijzen;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Organisatie.Features.TrekkerBenoemen;

/// <summary>
/// Records the trekker a directeur appointed through a workflow task. The inbox row is written in the same
/// transaction as the role assignment, so a redelivered event is recognised and changes nothing.
/// </summary>
internal sealed class TrekkerBenoemdHandler(OrganisatieDbContext db, RolToewijzenHandler toewijzen, ILogger<TrekkerBenoemdHandler> logger) : IIntegratieHandler
{
    public string Type => TrekkerBenoemd.Type;

    public async Task VerwerkAsync(string sleutel, string json, CancellationToken cancellationToken)
    {
        if (await db.VerwerkteGebeurtenissen.AnyAsync(v => v.Sleutel == sleutel, cancellationToken))
        {
            return;
        }

        var gebeurtenis = JsonSerializer.Deserialize<TrekkerBenoemd>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Gebeurtenis {sleutel} is leeg.");
        var resultaat = await toewijzen.HandleAsync(
            new RolToewijzenOpdracht(Rol.Trekker, gebeurtenis.PersoonId, gebeurtenis.PersoonId is null ? gebeurtenis.Naam : null,
                gebeurtenis.PersoonId is null ? gebeurtenis.Email : null, gebeurtenis.DirectieId, null, gebeurtenis.Van, null, gebeurtenis.UrenPerWeek),
            new Actor(gebeurtenis.DoorPersoonId, gebeurtenis.DoorNaam),
            cancellationToken,
            inbox: sleutel);
        if (!resultaat.IsGelukt)
        {
            // The form validated this already; a refusal now means the organisation changed in between. Throwing
            // keeps the event in the outbox (retried, then shown to Bureau as failed) instead of losing it.
            var fouten = string.Join("; ", resultaat.Fouten.Select(f => f.Melding));
            logger.LogWarning("Trekkerbenoeming {Sleutel} niet vastgelegd: {Fouten}", sleutel, fouten);
            throw new InvalidOperationException($"De benoeming kon niet worden vastgelegd: {fouten}");
        }
    }
}
