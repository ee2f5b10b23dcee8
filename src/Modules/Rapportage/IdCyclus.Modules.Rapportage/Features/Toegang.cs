using System.Security.Claims;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Rapportage.Features;

/// <summary>
/// Who sees what: Bureau everything (snapshots, concepts, blocks, publishing); after publication every signed-in person
/// sees the definitive report; werkgroep members read the concept and comment during an open review.
/// </summary>
internal static class Toegang
{
    public static bool BeheertRapportage(this ClaimsPrincipal user) => user.IsBureau();

    public static bool ZietGepubliceerd(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    /// <summary>Werkgroep members read the concept and comment while a review is open; Bureau always.</summary>
    public static bool MagReviewen(this ClaimsPrincipal user) => user.IsBureau() || user.IsInRole(Rollen.WerkgroepLid);
}
