using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.Bijlagen;

internal sealed record BijlageVerwijderen(Guid DirectieId, int Jaar, int Versie, Guid BijlageId, Actor Door);

/// <summary>
/// Takes an attachment off the plan (a wrong file, an older signed copy). The file stays in the database with who removed
/// it and when, and Bureau can still download it: removing is a change of the plan, not a loss of what someone uploaded.
/// The plan's version token guards it like every other change, so two people never act on different lists unseen.
/// </summary>
internal sealed class BijlageVerwijderenHandler(ActieplannenDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<string>> VoerUitAsync(BijlageVerwijderen opdracht, CancellationToken ct) =>
        await db.VoerSerieelUitAsync(async () =>
        {
            var (plan, _) = await Planopslag.LaadAsync(db, opdracht.DirectieId, opdracht.Jaar, ct);
            var bijlage = plan is null ? null : await db.Bijlagen.FirstOrDefaultAsync(b => b.Id == opdracht.BijlageId && b.ActieplanId == plan.Id, ct);
            if (plan is null || bijlage is null)
            {
                return Resultaat<string>.Mislukt("Bijlage", "Deze bijlage hoort niet (meer) bij dit actieplan.");
            }

            if (bijlage.VerwijderdOpUtc is not null)
            {
                return Resultaat<string>.Mislukt("Bijlage", $"'{bijlage.Bestandsnaam}' is al verwijderd door {bijlage.VerwijderdDoor}. Er is niets gewijzigd.");
            }

            if (plan.Versie != opdracht.Versie)
            {
                return Planopslag.Conflict<string>();
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            Planopslag.Wijzig(db, plan, opdracht.Versie, nu);
            bijlage.VerwijderdOpUtc = nu;
            bijlage.VerwijderdDoor = opdracht.Door.Naam;
            Planopslag.Log(db, plan.Id, opdracht.Door.Naam, $"Bijlage '{bijlage.Bestandsnaam}' verwijderd (het bestand blijft bewaard voor Bureau I&D).", nu);
            return Resultaat<string>.Gelukt(bijlage.Bestandsnaam);
        }, ct);
}
