using System.Security.Claims;

namespace IdCyclus.Shared.Web;

/// <summary>
/// A link in the main navigation. Modules register theirs explicitly; the layout shows only those the signed-in
/// person may use.
/// </summary>
public sealed record NavigatieItem(string Tekst, string Href, int Volgorde, Func<ClaimsPrincipal, bool> Zichtbaar);
