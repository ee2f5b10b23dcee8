using System.Globalization;

namespace IdCyclus.Shared;

/// <summary>The one Dutch culture and the one set of date formats every module and page uses.</summary>
public static class Nederlands
{
    public static readonly CultureInfo Cultuur = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A day as Dutch readers write it: "1 maart 2025".</summary>
    public const string Datumformaat = "d MMMM yyyy";

    /// <summary>A moment, in Amsterdam time: "1 maart 2025 10:00".</summary>
    public const string Momentformaat = "d MMMM yyyy HH:mm";

    /// <summary>Sorts names as a Dutch reader expects (case-insensitive, accents with their letter).</summary>
    public static readonly StringComparer Sortering = StringComparer.Create(Cultuur, ignoreCase: true);

    public static string Datum(DateOnly datum) => datum.ToString(Datumformaat, Cultuur);

    /// <summary>A stored UTC moment as it was in Amsterdam.</summary>
    public static string Moment(DateTime utc) => Tijd.InAmsterdam(utc).ToString(Momentformaat, Cultuur);
}
