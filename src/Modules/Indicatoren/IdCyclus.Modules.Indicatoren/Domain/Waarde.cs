using System.Globalization;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>
/// A figure as delivered: a number, ja/nee/nvt, or one of the CBS symbols <c>x</c> (geheim: the group is too small to
/// publish) and <c>.</c> (gegevens ontbreken). A symbol is kept as such, never as 0, so nothing can be computed from it.
/// </summary>
internal readonly record struct Waarde(decimal? Getal, string? Symbool)
{
    public const string Geheim = "x";
    public const string Ontbreekt = ".";

    public static Waarde Van(decimal getal) => new(getal, null);

    public static Waarde Teken(string symbool) => new(null, symbool);

    public bool IsCbsSymbool => Symbool is Geheim or Ontbreekt;

    public string Tekst => Getal is { } g ? Opmaak(g) : Symbool ?? "";

    /// <summary>What a reader sees, with the symbol's meaning spelled out.</summary>
    public string Omschrijving => Symbool switch
    {
        Geheim => "x (geheim: CBS publiceert te kleine groepen niet)",
        Ontbreekt => ". (gegevens ontbreken)",
        _ => Tekst,
    };

    public static string Opmaak(decimal getal) => getal.ToString("0.##", Nederlands.Cultuur);

    public static string Invariant(decimal getal) => getal.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A year (jjjj) or a month (jjjj-mm).</summary>
internal readonly record struct Periode(int Jaar, int? Maand) : IComparable<Periode>
{
    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public override string ToString() => Maand is { } m ? $"{Jaar:D4}-{m:D2}" : Jaar.ToString("D4", CultureInfo.InvariantCulture);

    public string Leesbaar => Maand is { } m ? $"{Maanden[m - 1]} {Jaar}" : Jaar.ToString(CultureInfo.InvariantCulture);

    public int CompareTo(Periode other) => (Jaar, Maand ?? 0).CompareTo((other.Jaar, other.Maand ?? 0));

    public static bool TryParse(string tekst, out Periode periode)
    {
        periode = default;
        if (tekst.Length == 4 && int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar))
        {
            periode = new Periode(jaar, null);
            return true;
        }

        if (tekst.Length == 7 && tekst[4] == '-'
            && int.TryParse(tekst.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out jaar)
            && int.TryParse(tekst.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var maand))
        {
            periode = new Periode(jaar, maand);
            return true;
        }

        return false;
    }
}
