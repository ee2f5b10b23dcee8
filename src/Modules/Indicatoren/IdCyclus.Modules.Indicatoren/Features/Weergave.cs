using System.Security.Claims;
using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Indicatoren.Features;

/// <summary>How figures, gaps and trends read on the pages: Dutch numbers, the unit of the gap, symbols spelled out.</summary>
internal static class Weergave
{
    public static string Getal(decimal? getal) => getal is { } g ? Waarde.Opmaak(g) : "–";

    public static string Verschil(decimal? verschil, Indicatordefinitie definitie) => verschil switch
    {
        null => "–",
        { } v => $"{(v > 0 ? "+" : v < 0 ? "−" : "")}{Waarde.Opmaak(Math.Abs(v))} {(definitie.Soort == Waardesoort.Percentage ? "procentpunt" : "banen")}",
    };

    public static string Voldoet(Voldoet? voldoet) => voldoet switch
    {
        Domain.Voldoet.Ja => "ja",
        Domain.Voldoet.Nee => "nee",
        Domain.Voldoet.Onbekend => "onbekend",
        _ => "geen doel",
    };

    public static string Trend(Trend trend) => trend.Soort switch
    {
        Trendsoort.Hoger => $"hoger dan {trend.VorigePeriode} ({trend.VorigeWaarde?.Tekst}; +{Waarde.Opmaak(trend.Verschil ?? 0)})",
        Trendsoort.Lager => $"lager dan {trend.VorigePeriode} ({trend.VorigeWaarde?.Tekst}; −{Waarde.Opmaak(Math.Abs(trend.Verschil ?? 0))})",
        Trendsoort.Gelijk => $"gelijk aan {trend.VorigePeriode} ({trend.VorigeWaarde?.Tekst})",
        _ => trend.Toelichting ?? "–",
    };

    public static string Moment(DateTime utc) => Nederlands.Moment(utc);

    /// <summary>
    /// What a person may see of a figure: Bureau everything; the GMT every section and cluster (aggregates); a
    /// clusterdirecteur or accounthouder also the directies of the own clusters; a directie only its own figures.
    /// </summary>
    public static bool MagZien(this ClaimsPrincipal user, Eenheid eenheid) =>
        user.ZietAlles()
        || (!eenheid.IsDirectie && (user.IsInRole(Rollen.Gmt) || user.Clusters().Count > 0))
        || (eenheid.IsDirectie && eenheid.ClusterId is { } cluster && user.MagDirectieZien(Guid.Parse(eenheid.Id), cluster));

    public static bool ZietOverzicht(this ClaimsPrincipal user) => user.ZietAlles() || user.IsInRole(Rollen.Gmt) || user.Clusters().Count > 0;
}
