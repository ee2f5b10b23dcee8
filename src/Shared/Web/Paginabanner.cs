namespace IdCyclus.Shared.Web;

/// <summary>
/// A warning the layout shows at the top of every page, signed in or not (e.g. "this is a demo server where anyone can
/// sign in as anyone"). Modules register one only when it applies.
/// </summary>
public sealed record Paginabanner(string Tekst);
