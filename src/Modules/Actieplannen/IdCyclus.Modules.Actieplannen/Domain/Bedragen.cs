using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>Amounts are euro cents (DISCREPANCIES A2): never a floating value, never a text that can be read two ways.</summary>
internal static partial class Bedragen
{
    public static string Tekst(long cent)
    {
        var euro = cent / 100m;
        return cent % 100 == 0
            ? "€ " + euro.ToString("#,0", Nederlands.Cultuur)
            : "€ " + euro.ToString("#,0.00", Nederlands.Cultuur);
    }

    /// <summary>
    /// Reads an amount in Dutch notation only ("€ 287.200", "287.200,50", "€ 25.000,-"). Anything else, such as the
    /// English "287,200" or the mixed "287,200.000", is refused: guessing is how the DV plan came to state one budget three ways.
    /// </summary>
    public static bool ProbeerLees(string? tekst, out long cent)
    {
        cent = 0;
        if (tekst is null)
        {
            return false;
        }

        var m = NederlandseNotatie().Match(tekst.Trim());
        if (!m.Success)
        {
            return false;
        }

        var geheel = long.Parse(m.Groups["geheel"].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var centen = m.Groups["cent"].Success ? int.Parse(m.Groups["cent"].Value, CultureInfo.InvariantCulture) : 0;
        cent = checked(geheel * 100 + centen);
        return true;
    }

    [GeneratedRegex(@"^(€\s*)?(?<geheel>\d{1,3}(\.\d{3})*|\d+)(,(?<cent>\d{2})|,-)?$")]
    private static partial Regex NederlandseNotatie();
}
