using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IdCyclus.Modules.Rapportage.Pdf;

/// <summary>
/// On which page each link target landed, read from the named destinations Chromium writes for every id a link points
/// to (catalog → /Dests → /name [page 0 R /XYZ …]) and the page tree's order. Enough PDF reading for the contents
/// page's numbers; anything unexpected gives an empty answer, and the contents then simply has no numbers.
/// </summary>
internal static partial class Pdfankers
{
    public static IReadOnlyDictionary<string, int> Lees(byte[] pdf)
    {
        try
        {
            var tekst = Encoding.Latin1.GetString(pdf);
            var objecten = new Dictionary<int, int>();
            foreach (Match m in ObjectKop().Matches(tekst))
            {
                objecten.TryAdd(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Index);
            }

            string Object(int nummer)
            {
                var begin = objecten[nummer];
                var eind = tekst.IndexOf("endobj", begin, StringComparison.Ordinal);
                var stroom = tekst.IndexOf("stream", begin, StringComparison.Ordinal);
                return tekst[begin..(stroom >= 0 && stroom < eind ? stroom : eind)];
            }

            var catalogus = objecten.Keys.Select(Object).First(o => Catalogus().IsMatch(o));
            var paginas = new List<int>();
            void Volg(int nummer)
            {
                var o = Object(nummer);
                if (PaginaBoom().IsMatch(o))
                {
                    foreach (Match kind in Verwijzing().Matches(Kinderen().Match(o).Groups[1].Value))
                    {
                        Volg(int.Parse(kind.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    paginas.Add(nummer);
                }
            }

            Volg(int.Parse(Verwijzingnaar("Pages").Match(catalogus).Groups[1].Value, CultureInfo.InvariantCulture));
            var bestemmingen = Verwijzingnaar("Dests").Match(catalogus) is { Success: true } d
                ? Object(int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture))
                : catalogus;
            var ankers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match m in Bestemming().Matches(bestemmingen))
            {
                var pagina = paginas.IndexOf(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                if (pagina >= 0)
                {
                    ankers[Naam(m.Groups[1].Value)] = pagina + 1;
                }
            }

            return ankers;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return new Dictionary<string, int>();
        }
    }

    /// <summary>PDF names write special characters as #xx.</summary>
    private static string Naam(string naam) =>
        Hex().Replace(naam, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static Regex Verwijzingnaar(string sleutel) => new($@"/{sleutel}\s+(\d+)\s+0\s+R");

    [GeneratedRegex(@"(?m)^(\d+)\s+0\s+obj\b")]
    private static partial Regex ObjectKop();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex Catalogus();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PaginaBoom();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kinderen();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Verwijzing();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex Bestemming();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex Hex();
}
