using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Features.ConceptOpslaan;

/// <param name="Versie">The plan's token as the trekker saw it; 0 for a plan that does not exist yet.</param>
internal sealed record ConceptOpslaan(Guid DirectieId, int Jaar, int Versie, Planinhoud Inhoud, Actor Door);

/// <summary>
/// The trekker saves the plan. Into the open concept; or, when the latest version is approved, into a new concept
/// copied from it, so the approved version stays as it was approved.
/// </summary>
internal sealed class ConceptOpslaanHandler(ActieplannenDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(ConceptOpslaan opdracht, CancellationToken ct)
    {
        var fouten = Versieregels.ControleerConcept(opdracht.Inhoud);
        if (fouten.Count > 0)
        {
            return Resultaat<int>.Mislukt(fouten);
        }

        var directie = await organisatie.DirectieAsync(opdracht.DirectieId, ct);
        if (directie is null)
        {
            return Resultaat<int>.Mislukt("", "Deze directie bestaat niet.");
        }

        return await db.VoerSerieelUitAsync(async () =>
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            var (plan, laatste) = await Planopslag.LaadAsync(db, opdracht.DirectieId, opdracht.Jaar, ct);
            if (plan is null)
            {
                if (opdracht.Versie != 0)
                {
                    return Planopslag.Conflict<int>();
                }

                plan = new Actieplan
                {
                    DirectieId = directie.Id, DirectieAfkorting = directie.Afkorting, ClusterId = directie.ClusterId, Jaar = opdracht.Jaar, Versie = 1,
                };
                db.Actieplannen.Add(plan);
            }
            else if (plan.Versie != opdracht.Versie)
            {
                return Planopslag.Conflict<int>();
            }
            else
            {
                Planopslag.Wijzig(db, plan, opdracht.Versie, nu);
            }

            var doel = Versieregels.Bewerken(laatste?.Stand);
            if (!doel.IsGelukt)
            {
                return Resultaat<int>.Mislukt(doel.Fouten);
            }

            if (doel.Waarde!.IsNieuw)
            {
                db.Versies.Add(new Planversie
                {
                    ActieplanId = plan.Id, Nummer = doel.Waarde.Nummer, Status = VersieStatus.Concept, InhoudJson = "{}",
                    Inhoud = opdracht.Inhoud, AangemaaktOpUtc = nu, AangemaaktDoor = opdracht.Door.Naam,
                });
                Planopslag.Log(db, plan.Id, opdracht.Door.Naam, laatste is null
                    ? $"Actieplan {opdracht.Jaar} begonnen (conceptversie 1)."
                    : $"Nieuwe conceptversie {doel.Waarde.Nummer} begonnen; goedgekeurde versie {laatste.Nummer} blijft ongewijzigd.", nu);
            }
            else
            {
                laatste!.Inhoud = opdracht.Inhoud;
                Planopslag.Log(db, plan.Id, opdracht.Door.Naam, $"Conceptversie {laatste.Nummer} opgeslagen.", nu);
            }

            plan.LaatstBijgewerktOpUtc = nu;
            return Resultaat<int>.Gelukt(plan.Versie);
        }, ct);
    }
}
