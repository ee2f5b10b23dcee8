using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Organisatie.Persistence;

/// <summary>Raises <see cref="TrekkerVastgelegd"/> in the unit of work of the change that set a directie's trekker hours.</summary>
internal static class Trekkermelding
{
    public static void Meld(OrganisatieDbContext db, Roltoewijzing toewijzing, string persoonNaam, DateTime nuUtc)
    {
        if (toewijzing is not { Rol: Rol.Trekker, DirectieId: { } directieId, UrenPerWeek: { } uren })
        {
            return;
        }

        // The version makes each recorded state its own event: a later change of hours is delivered, not deduplicated.
        db.Meld($"roltoewijzing:{toewijzing.Id}:v{toewijzing.Versie}",
            new TrekkerVastgelegd(toewijzing.Id, directieId, toewijzing.PersoonId, persoonNaam, uren, toewijzing.Van, toewijzing.Tot), nuUtc);
    }
}
