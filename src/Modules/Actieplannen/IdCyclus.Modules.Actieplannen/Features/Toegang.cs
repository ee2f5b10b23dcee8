using System.Security.Claims;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Actieplannen.Features;

/// <summary>
/// Who sees what of a plan: Bureau every plan; a trekker, directeur or MT-lid the own directie; a clusterdirecteur or
/// accounthouder the own cluster. The GMT sees the overview without free text. Only a trekker of the directie (on the
/// day, per Organisatie) edits; only its directeur approves, through the cycle task.
/// </summary>
internal static class Toegang
{
    public static bool MagZien(this ClaimsPrincipal user, Guid directieId, string clusterId) => user.MagDirectieZien(directieId, clusterId);

    public static bool ZietOverzicht(this ClaimsPrincipal user) =>
        user.ZietAlles() || user.IsInRole(Rollen.Gmt) || user.Clusters().Count > 0 || user.Directies().Count > 0;

    public static async Task<bool> IsTrekkerAsync(
        this ClaimsPrincipal user, IOrganisatieQueries organisatie, Guid directieId, TimeProvider klok, CancellationToken ct) =>
        user.PersoonId() is { } persoon && (await organisatie.TrekkersAsync(directieId, klok.Vandaag(), ct)).Any(t => t.Persoon.Id == persoon);
}
