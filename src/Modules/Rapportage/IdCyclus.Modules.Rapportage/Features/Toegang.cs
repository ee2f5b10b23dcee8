using System.Security.Claims;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Rapportage.Features;

/// <summary>
/// Who sees what: Bureau everything (snapshots, concepts, blocks, publishing); after publication every signed-in person
/// sees the definitive report. Concepts stay with Bureau until the werkgroep review is built (issue 13, item 4).
/// </summary>
internal static class Toegang
{
    public static bool BeheertRapportage(this ClaimsPrincipal user) => user.IsBureau();

    public static bool ZietGepubliceerd(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;
}
