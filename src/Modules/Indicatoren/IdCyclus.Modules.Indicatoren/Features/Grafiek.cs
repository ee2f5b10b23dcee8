using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using IdCyclus.Modules.Indicatoren.Domain;
using Microsoft.AspNetCore.Html;

namespace IdCyclus.Modules.Indicatoren.Features;

/// <summary>
/// Charts drawn on the server as SVG, readable without JavaScript: an image with a title and a description, with the
/// same numbers as the table beside it. A CBS symbol gets no bar but its symbol, so a missing figure never looks like 0.
/// </summary>
internal static class Grafiek
{
    private const int Breedte = 640;
    private const int Label = 220;
    private const int Rij = 26;
    private const string Blauw = "#004699";
    private const string Rood = "#c8001e";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static IHtmlContent Staven(string id, string titel, IReadOnlyList<Overzichtsregel> regels)
    {
        var max = Math.Max(1m, regels.Select(r => Math.Max(r.Waarde.Getal ?? 0, r.Streefcijfer ?? 0)).DefaultIfEmpty(1).Max());
        if (regels.FirstOrDefault()?.Definitie.Soort == Waardesoort.Percentage)
        {
            max = Math.Max(max, 50);
        }

        var schaal = (Breedte - Label - 70) / max;
        var hoogte = regels.Count * Rij + 30;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"idc-grafiek\" role=\"img\" aria-labelledby=\"{id}-titel {id}-omschrijving\" ");
        svg.Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {Breedte} {hoogte}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titel\">{Html.Encode(titel)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-omschrijving\">{Html.Encode(Omschrijving(regels))}</desc>");
        for (var i = 0; i < regels.Count; i++)
        {
            var r = regels[i];
            var y = 10 + i * Rij;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#000\">");
            svg.Append(CultureInfo.InvariantCulture, $"{Html.Encode(Kort(r.Eenheid.Weergavenaam))}</text>");
            if (r.Waarde.Getal is { } getal)
            {
                var lengte = Math.Round(getal * schaal, 1);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{y + 3}\" width=\"{lengte}\" height=\"{Rij - 8}\" fill=\"{Blauw}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + lengte + 6}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#000\">");
                svg.Append(CultureInfo.InvariantCulture, $"{Html.Encode(r.Waarde.Tekst)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + 6}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#000\">");
                svg.Append(CultureInfo.InvariantCulture, $"{Html.Encode(r.Waarde.Omschrijving)}</text>");
            }

            if (r.Streefcijfer is { } doel)
            {
                var x = Math.Round(Label + doel * schaal, 1);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{y}\" y2=\"{y + Rij - 2}\" ");
                svg.Append(CultureInfo.InvariantCulture, $"stroke=\"{Rood}\" stroke-width=\"3\" stroke-dasharray=\"4 2\"/>");
            }
        }

        if (regels.Any(r => r.Streefcijfer is not null))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Label}\" x2=\"{Label + 24}\" y1=\"{hoogte - 10}\" y2=\"{hoogte - 10}\" ");
            svg.Append(CultureInfo.InvariantCulture, $"stroke=\"{Rood}\" stroke-width=\"3\" stroke-dasharray=\"4 2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + 30}\" y=\"{hoogte - 6}\" font-size=\"12\" fill=\"#000\">");
            svg.Append("streefcijfer of quotum</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Omschrijving(IReadOnlyList<Overzichtsregel> regels) =>
        string.Join("; ", regels.Select(r =>
            $"{r.Eenheid.Weergavenaam}: {r.Waarde.Omschrijving}" + (r.Streefcijfer is { } d ? $" (doel {Waarde.Opmaak(d)})" : ""))) + ".";

    private static string Kort(string tekst) => tekst.Length > 30 ? tekst[..29] + "…" : tekst;
}
