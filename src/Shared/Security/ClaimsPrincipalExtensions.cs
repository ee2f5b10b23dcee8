using System.Security.Claims;

namespace IdCyclus.Shared.Security;

public static class ClaimsPrincipalExtensions
{
    public static bool IsBureau(this ClaimsPrincipal user) => user.IsInRole(Rollen.Bureau);


    /// <summary>
    /// Only Bureau sees every directie in detail. The GMT sees aggregates (its dashboard); a clusterdirecteur, though a
    /// GMT member, sees the details of the own cluster only.
    /// </summary>
    public static bool ZietAlles(this ClaimsPrincipal user) => user.IsBureau();

    public static Guid? PersoonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(IdCyclusClaims.PersoonId), out var id) ? id : null;

    public static IReadOnlySet<Guid> Directies(this ClaimsPrincipal user) =>
        user.FindAll(IdCyclusClaims.Directie).Select(c => Guid.Parse(c.Value)).ToHashSet();

    public static IReadOnlySet<string> Clusters(this ClaimsPrincipal user) =>
        user.FindAll(IdCyclusClaims.Cluster).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the person holds this role in this cluster or directie today. Not "has the role somewhere and the scope
    /// through some role": with mixed roles that would lend one role's rights to the other role's scope.
    /// </summary>
    public static bool HeeftRolIn(this ClaimsPrincipal user, string rol, string bereik) =>
        user.HasClaim(IdCyclusClaims.RolInBereik, IdCyclusClaims.RolInBereikWaarde(rol, bereik));

    public static bool HeeftRolIn(this ClaimsPrincipal user, string rol, Guid directieId) => user.HeeftRolIn(rol, directieId.ToString());

    public static bool MagClusterZien(this ClaimsPrincipal user, string clusterId) =>
        user.ZietAlles() || user.Clusters().Contains(clusterId);

    /// <summary>A trekker, directeur or MT-lid sees the own directie; cluster roles see the directies of their clusters.</summary>
    public static bool MagDirectieZien(this ClaimsPrincipal user, Guid directieId, string clusterId) =>
        user.MagClusterZien(clusterId) || user.Directies().Contains(directieId);
}
