using System.Security.Claims;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Vragenlijst.Features;

/// <summary>
/// Who sees and edits what: Bureau everything; an accounthouder the interviews of the own clusters (and edits them);
/// a clusterdirecteur the own cluster; a trekker, directeur or MT-lid only the own directie. The accounthouder's
/// observation is Bureau's own picture and never shown to the directie.
/// </summary>
internal static class Toegang
{
    public static bool MagBewerken(this ClaimsPrincipal user, string clusterId) =>
        user.IsBureau() || user.HeeftRolIn(Rollen.Accounthouder, clusterId);

    public static bool MagObservatieZien(this ClaimsPrincipal user, string clusterId) => user.MagBewerken(clusterId);

    public static bool MagZien(this ClaimsPrincipal user, Guid directieId, string clusterId) => user.MagDirectieZien(directieId, clusterId);
}

internal static class Weergave
{
    public static string Moment(DateTime utc) => IdCyclus.Shared.Nederlands.Moment(utc);

    public static string Score(int? score) => score?.ToString(IdCyclus.Shared.Nederlands.Cultuur) ?? "ontbreekt";

    public static string Status(Contracts.InterviewStatus status) => status switch
    {
        Contracts.InterviewStatus.Concept => "Concept",
        Contracts.InterviewStatus.Ingediend => "Ingediend, wacht op bevestiging",
        _ => "Definitief",
    };
}
