using System.Globalization;

namespace IdCyclus.Shared.Web;

public static class Getallen
{
    private static readonly CultureInfo Nl = Nederlands.Cultuur;

    /// <summary>
    /// Reads a decimal as people type it here: "4,5" and "4.5" both mean four and a half. The framework's nl-NL
    /// binding would read "4.5" as 45 (a thousands separator), which silently changes what was meant.
    /// </summary>
    public static bool ProbeerDecimaal(string? tekst, out decimal? waarde)
    {
        waarde = null;
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return true;
        }

        var genormaliseerd = tekst.Trim().Replace('.', ',');
        if (decimal.TryParse(genormaliseerd, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Nl, out var getal))
        {
            waarde = getal;
            return true;
        }

        return false;
    }
}
