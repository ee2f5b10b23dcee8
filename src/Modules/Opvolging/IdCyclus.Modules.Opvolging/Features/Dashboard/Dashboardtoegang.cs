using System.Security.Claims;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// Who sees the GMT dashboard (ADR 0024). Bureau and the GMT see the whole municipality; a clusterdirecteur sees the
/// sections of the own cluster, also when they sit in the GMT (the house rule: a clusterdirecteur sees details of the
/// own cluster only, see <see cref="ClaimsPrincipalExtensions.ZietAlles"/>). Directeuren, trekkers, MT-leden and
/// accounthouders have the register for their own part; the dashboard is the GMT's steering overview.
/// </summary>
internal static class Dashboardtoegang
{
    public static bool ZietDashboard(this ClaimsPrincipal user) => user.IsBureau() || user.IsInRole(Rollen.Gmt) || ClustersAlsClusterdirecteur(user).Count > 0;

    /// <summary>The clusters the reader sees, or null for all. Only what the role holds in that cluster counts (HeeftRolIn).</summary>
    public static IReadOnlySet<string>? DashboardBereik(this ClaimsPrincipal user)
    {
        var eigen = ClustersAlsClusterdirecteur(user);
        return user.IsBureau() || (user.IsInRole(Rollen.Gmt) && eigen.Count == 0) ? null : eigen;
    }

    private static IReadOnlySet<string> ClustersAlsClusterdirecteur(ClaimsPrincipal user) =>
        user.Clusters().Where(c => user.HeeftRolIn(Rollen.Clusterdirecteur, c)).ToHashSet(StringComparer.Ordinal);
}
