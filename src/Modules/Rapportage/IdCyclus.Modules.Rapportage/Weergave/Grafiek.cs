using System.Text;
using static IdCyclus.Modules.Rapportage.Weergave.Html;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>One bar: its label, its value (null: no figure, drawn as text "ontbreekt"), and an optional second series.</summary>
internal sealed record Staaf(string Label, decimal? Waarde, decimal? Vergelijk = null, string? Toelichting = null);

/// <summary>One stacked bar of shares (thema levels), each part with its count.</summary>
internal sealed record Stapel(string Label, IReadOnlyList<(string Deel, int Aantal)> Delen);

/// <summary>
/// Server-rendered SVG charts of our own, in the Amsterdam Design System's colours (all at least 3:1 against white).
/// Every bar carries its number as text and series differ by pattern as well as colour, so no chart needs colour to be
/// read; each has a title and a description for screen readers, and the caller prints the numbers as a table too.
/// </summary>
internal static class Grafiek
{
    public const string Blauw = "#004699";
    public const string Grijs = "#767676";
    public const string Groen = "#00893c";
    public const string Paars = "#a00078";
    private const int Breedte = 640;
    private const int Labelbreedte = 190;
    private const int Rij = 26;

    /// <summary>Horizontal bars; with <paramref name="tweedeReeks"/> each row has two bars (last year hatched grey).</summary>
    public static string Staven(string id, string titel, string beschrijving, IReadOnlyList<Staaf> staven, decimal max,
        (string Nu, string Vorig)? tweedeReeks = null, decimal? doellijn = null, string eenheid = "", string doellabel = "streefcijfer")
    {
        var perRij = tweedeReeks is null ? Rij : Rij * 2;
        var hoogte = staven.Count * perRij + 40;
        var schaal = (Breedte - Labelbreedte - 70) / (double)Math.Max(max, 1);
        var h = new StringBuilder();
        Kop(h, id, titel, beschrijving, hoogte);
        h.Append(
            $"<defs><pattern id=\"{id}-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + $"<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"{Grijs}\"/></pattern></defs>");
        var y = 10;
        foreach (var staaf in staven)
        {
            Label(h, y + perRij / 2 + 4, staaf.Label);
            if (tweedeReeks is not null)
            {
                Balk(h, y + 2, staaf.Vergelijk, schaal, $"url(#{id}-arcering)", eenheid, $"{tweedeReeks.Value.Vorig}: ");
                Balk(h, y + Rij, staaf.Waarde, schaal, Blauw, eenheid, $"{tweedeReeks.Value.Nu}: ");
            }
            else
            {
                Balk(h, y + 2, staaf.Waarde, schaal, Blauw, eenheid, "");
            }

            y += perRij;
        }

        if (doellijn is { } doel)
        {
            var x = Labelbreedte + (double)doel * schaal;
            h.Append($"<line x1=\"{C(x)}\" x2=\"{C(x)}\" y1=\"4\" y2=\"{y}\" stroke=\"{Paars}\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
            h.Append($"<text x=\"{C(x + 4)}\" y=\"{y + 14}\" class=\"g-label\" fill=\"{Paars}\">{E(doellabel)} {E(Getal(doel, "0.##"))}{E(eenheid)}</text>");
        }

        if (tweedeReeks is { } reeks)
        {
            h.Append(
                $"<rect x=\"{Labelbreedte}\" y=\"{y + 4}\" width=\"14\" height=\"14\" fill=\"url(#{id}-arcering)\" stroke=\"{Grijs}\"/>"
                + $"<text x=\"{Labelbreedte + 20}\" y=\"{y + 16}\" class=\"g-label\">{E(reeks.Vorig)}</text>");
            h.Append(
                $"<rect x=\"{Labelbreedte + 90}\" y=\"{y + 4}\" width=\"14\" height=\"14\" fill=\"{Blauw}\"/>"
                + $"<text x=\"{Labelbreedte + 110}\" y=\"{y + 16}\" class=\"g-label\">{E(reeks.Nu)}</text>");
        }

        h.Append("</svg>");
        return h.ToString();
    }

    /// <summary>100 % stacked bars: each part's share with its percentage written in it when it fits, and a legend.</summary>
    public static string Stapels(string id, string titel, string beschrijving, IReadOnlyList<Stapel> stapels, IReadOnlyList<string> delen)
    {
        string[] kleuren = [Grijs, Groen, Blauw, Paars];
        var hoogte = stapels.Count * Rij + 50;
        var h = new StringBuilder();
        Kop(h, id, titel, beschrijving, hoogte);
        var y = 10;
        var ruimte = Breedte - Labelbreedte - 20;
        foreach (var stapel in stapels)
        {
            Label(h, y + 17, stapel.Label);
            var totaal = stapel.Delen.Sum(d => d.Aantal);
            double x = Labelbreedte;
            for (var i = 0; i < stapel.Delen.Count && totaal > 0; i++)
            {
                var breedte = ruimte * stapel.Delen[i].Aantal / (double)totaal;
                h.Append($"<rect x=\"{C(x)}\" y=\"{y + 2}\" width=\"{C(breedte)}\" height=\"{Rij - 6}\" ")
                    .Append($"fill=\"{kleuren[i % kleuren.Length]}\" stroke=\"#ffffff\"/>");
                if (breedte >= 34)
                {
                    h.Append(
                        $"<text x=\"{C(x + breedte / 2)}\" y=\"{y + 17}\" text-anchor=\"middle\" "
                        + $"class=\"g-waarde-in\">{E(Procent(100m * stapel.Delen[i].Aantal / totaal))}</text>");
                }

                x += breedte;
            }

            if (totaal == 0)
            {
                h.Append($"<text x=\"{Labelbreedte}\" y=\"{y + 17}\" class=\"g-label\">geen antwoorden</text>");
            }

            y += Rij;
        }

        var lx = Labelbreedte;
        for (var i = 0; i < delen.Count; i++)
        {
            h.Append(
                $"<rect x=\"{lx}\" y=\"{y + 8}\" width=\"14\" height=\"14\" fill=\"{kleuren[i % kleuren.Length]}\"/>"
                + $"<text x=\"{lx + 18}\" y=\"{y + 20}\" class=\"g-label\">{E(delen[i])}</text>");
            lx += 18 + delen[i].Length * 7 + 16;
        }

        h.Append("</svg>");
        return h.ToString();
    }

    /// <summary>About this many characters of 12px Arial fit left of the bars.</summary>
    public const int TekensPerRegel = 28;

    /// <summary>
    /// A bar's label, right-aligned before the bars. A long one ("Digitalisering, Innovatie en Informatie") wraps onto
    /// two lines around the same middle instead of running off the left edge; what still does not fit is shortened with
    /// "…" and the whole label is the text's title. The table under the chart always has the full label.
    /// </summary>
    private static void Label(StringBuilder h, int y, string label)
    {
        var regels = Labelregels(label);
        var x = Labelbreedte - 8;
        var titel = string.Join(" ", regels) == label ? "" : $"<title>{E(label)}</title>";
        if (regels.Count == 1)
        {
            h.Append($"<text x=\"{x}\" y=\"{y}\" text-anchor=\"end\" class=\"g-label\">{titel}{E(regels[0])}</text>");
            return;
        }

        h.Append(
            $"<text x=\"{x}\" y=\"{y - 7}\" text-anchor=\"end\" class=\"g-label\">{titel}<tspan x=\"{x}\">{E(regels[0])}</tspan>"
            + $"<tspan x=\"{x}\" dy=\"13\">{E(regels[1])}</tspan></text>");
    }

    /// <summary>One line when it fits; else two, broken between words; a second line that is still too long ends in "…".</summary>
    public static IReadOnlyList<string> Labelregels(string label)
    {
        if (label.Length <= TekensPerRegel)
        {
            return [label];
        }

        var woorden = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var eerste = woorden[0];
        var i = 1;
        while (i < woorden.Length && eerste.Length + 1 + woorden[i].Length <= TekensPerRegel)
        {
            eerste += " " + woorden[i++];
        }

        if (eerste.Length > TekensPerRegel)
        {
            (eerste, i) = (eerste[..(TekensPerRegel - 1)] + "…", woorden.Length);
        }

        var tweede = string.Join(" ", woorden[i..]);
        return tweede.Length == 0 ? [eerste] : [eerste, tweede.Length <= TekensPerRegel ? tweede : tweede[..(TekensPerRegel - 1)] + "…"];
    }

    private static void Kop(StringBuilder h, string id, string titel, string beschrijving, int hoogte) =>
        h.Append(
            $"<svg class=\"rapport-grafiek\" role=\"img\" aria-labelledby=\"{id}-t\" aria-describedby=\"{id}-d\" viewBox=\"0 0 {Breedte} {hoogte}\" "
            + "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append($"<title id=\"{id}-t\">{E(titel)}</title><desc id=\"{id}-d\">{E(beschrijving)}</desc>");

    private static void Balk(StringBuilder h, int y, decimal? waarde, double schaal, string vulling, string eenheid, string voorvoegsel)
    {
        if (waarde is not { } w)
        {
            h.Append($"<text x=\"{Labelbreedte + 4}\" y=\"{y + 15}\" class=\"g-label g-ontbreekt\">{E(voorvoegsel)}ontbreekt</text>");
            return;
        }

        var breedte = Math.Max(1, (double)w * schaal);
        h.Append(
            $"<rect x=\"{Labelbreedte}\" y=\"{y}\" width=\"{C(breedte)}\" height=\"{Rij - 8}\" fill=\"{vulling}\" stroke=\"{Grijs}\" stroke-width=\"0.5\"/>");
        h.Append($"<text x=\"{C(Labelbreedte + breedte + 4)}\" y=\"{y + 14}\" class=\"g-waarde\">{E(Getal(w))}{E(eenheid)}</text>");
    }
}
