using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>Small helpers for writing the report's HTML: every text from data goes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? tekst) => Encoder.Encode(tekst ?? "");

    public static string Getal(decimal? getal, string formaat = "0.#") =>
        getal?.ToString(formaat, IdCyclus.Shared.Nederlands.Cultuur) ?? "–";

    public static string Procent(decimal? getal) => getal is null ? "–" : Getal(Math.Round(getal.Value, 0, MidpointRounding.AwayFromZero), "0") + "%";

    /// <summary>SVG coordinates are written with a dot, whatever the culture.</summary>
    public static string C(double waarde) => waarde.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A table of numbers: a caption, column headers and rows whose first cell is the row header.</summary>
    public static void Tabel(StringBuilder h, string bijschrift, IReadOnlyList<string> koppen, IEnumerable<IReadOnlyList<string>> rijen, string? klasse = null)
    {
        h.Append($"<table class=\"rapport-tabel {klasse}\"><caption>{E(bijschrift)}</caption><thead><tr>");
        foreach (var kop in koppen)
        {
            h.Append($"<th scope=\"col\">{E(kop)}</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var rij in rijen)
        {
            h.Append("<tr>");
            for (var i = 0; i < rij.Count; i++)
            {
                h.Append(i == 0 ? $"<th scope=\"row\">{E(rij[i])}</th>" : $"<td>{E(rij[i])}</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
    }
}
