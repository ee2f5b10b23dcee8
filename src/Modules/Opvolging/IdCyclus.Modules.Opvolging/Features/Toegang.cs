using System.Security.Claims;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Opvolging.Features;

/// <summary>
/// Who sees and does what in the register. Bureau everything; a clusterdirecteur or accounthouder the own cluster; a
/// directeur, trekker or MT-lid the own directie (the house rule of <see cref="ClaimsPrincipalExtensions.MagDirectieZien"/>).
/// Only Bureau records, moves and drops agreements (for the GMT); the directie's own people (and Bureau) report
/// progress; the owner and Bureau may close one as done.
/// </summary>
internal static class Toegang
{
    public static bool ZietRegister(this ClaimsPrincipal user) => user.ZietAlles() || user.Clusters().Count > 0 || user.Directies().Count > 0;

    public static bool MagZien(this ClaimsPrincipal user, Guid directieId, string clusterId) => user.MagDirectieZien(directieId, clusterId);

    public static bool MagBeheren(this ClaimsPrincipal user) => user.IsBureau();

    public static bool MagVoortgangMelden(this ClaimsPrincipal user, Guid directieId, Guid? eigenaar) =>
        user.IsBureau() || user.Directies().Contains(directieId) || (eigenaar is not null && user.PersoonId() == eigenaar);

    public static bool MagGedaanMelden(this ClaimsPrincipal user, Guid? eigenaar) => user.IsBureau() || (eigenaar is not null && user.PersoonId() == eigenaar);
}
