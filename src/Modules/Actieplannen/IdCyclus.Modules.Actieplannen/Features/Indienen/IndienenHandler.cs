using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Actieplannen.Features.Indienen;

internal sealed record Indienen(Guid DirectieId, int Jaar, int Versie, Actor Door);

/// <summary>
/// The trekker submits the concept for the directeur's approval. The approval task is asked for after the commit; if
/// that fails, the plan stays submitted and the next start of the approval workflow picks it up (ADR 0013).
/// </summary>
internal sealed class IndienenHandler(ActieplannenDbContext db, IActieplanGoedkeuring goedkeuring, TimeProvider klok, ILogger<IndienenHandler> logger)
{
    public async Task<Resultaat<int>> VoerUitAsync(Indienen opdracht, CancellationToken ct)
    {
        var resultaat = await db.VoerSerieelUitAsync(async () =>
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            var (plan, laatste) = await Planopslag.LaadAsync(db, opdracht.DirectieId, opdracht.Jaar, ct);
            if (plan is null || laatste is null)
            {
                return Resultaat<int>.Mislukt("", "Er is nog geen actieplan om in te dienen.");
            }

            if (plan.Versie != opdracht.Versie)
            {
                return Planopslag.Conflict<int>();
            }

            var fouten = Versieregels.Indienen(laatste.Stand, laatste.Inhoud);
            if (fouten.Count > 0)
            {
                return Resultaat<int>.Mislukt(fouten);
            }

            Planopslag.Wijzig(db, plan, opdracht.Versie, nu);
            laatste.Status = VersieStatus.Ingediend;
            laatste.IngediendOpUtc = nu;
            laatste.IngediendDoor = opdracht.Door.Naam;
            Planopslag.Log(db, plan.Id, opdracht.Door.Naam, $"Versie {laatste.Nummer} ingediend ter goedkeuring door de directeur.", nu);
            return Resultaat<int>.Gelukt(laatste.Nummer);
        }, ct);

        if (resultaat.IsGelukt)
        {
            try
            {
                await goedkeuring.VraagGoedkeuringAsync(opdracht.DirectieId, opdracht.Jaar, resultaat.Waarde, opdracht.Door.Naam, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(
                    ex,
                    "Goedkeuringstaak voor {Directie} {Jaar} niet aangemaakt; de volgende start van de goedkeuringsworkflow neemt het plan mee",
                    opdracht.DirectieId,
                    opdracht.Jaar);
            }
        }

        return resultaat;
    }
}
