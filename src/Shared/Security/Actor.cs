using System.Security.Claims;

namespace IdCyclus.Shared.Security;

/// <summary>Who does something, as recorded in audit trails.</summary>
public sealed record Actor(Guid? PersoonId, string Naam)
{
    public static Actor Van(ClaimsPrincipal user) =>
        new(user.PersoonId(), user.Identity?.Name ?? "onbekend");

    public static readonly Actor Systeem = new(null, "IdCyclus (systeem)");
}
