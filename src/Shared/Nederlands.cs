using System.Globalization;

namespace IdCyclus.Shared;

/// <summary>
/// The one Dutch culture and the one set of date formats every module and page uses: a date or moment is written here,
/// never with a format string of its own (an architecture test keeps it so).
/// </summary>
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

    /// <summary>The day of a stored UTC moment in Amsterdam: "1 maart 2025".</summary>
    public static string Datum(DateTime utc) => Tijd.InAmsterdam(utc).ToString(Datumformaat, Cultuur);

    /// <summary>A day with its full weekday: "maandag 21 april 2025".</summary>
    public static string WeekdagDatum(DateOnly datum) => datum.ToString("dddd " + Datumformaat, Cultuur);

    /// <summary>A day this year, in full, without the year: "maandag 21 april".</summary>
    public static string WeekdagEnDag(DateOnly datum) => datum.ToString("dddd d MMMM", Cultuur);

    /// <summary>With the short weekday, for tables of days: "za 1 maart 2025".</summary>
    public static string DagDatum(DateOnly datum) => datum.ToString("ddd " + Datumformaat, Cultuur);

    /// <summary>A stored UTC moment as it was in Amsterdam.</summary>
    public static string Moment(DateTime utc) => Tijd.InAmsterdam(utc).ToString(Momentformaat, Cultuur);

    /// <summary>With the short weekday: "za 1 maart 2025 10:00".</summary>
    public static string DagMoment(DateTime utc) => Tijd.InAmsterdam(utc).ToString("ddd " + Momentformaat, Cultuur);

    /// <inheritdoc cref="DagMoment(DateTime)"/>
    public static string DagMoment(DateTimeOffset moment) => InAmsterdam(moment).ToString("ddd " + Momentformaat, Cultuur);

    /// <summary>To the second, for a log: "za 1 maart 2025 10:00:05".</summary>
    public static string DagMomentMetSeconden(DateTime utc) => Tijd.InAmsterdam(utc).ToString("ddd " + Momentformaat + ":ss", Cultuur);

    /// <summary>In a sentence: "1 maart 2025 om 10:00".</summary>
    public static string DatumTijd(DateTime utc) => Tijd.InAmsterdam(utc).ToString(Datumformaat + " 'om' HH:mm", Cultuur);

    /// <inheritdoc cref="DatumTijd(DateTime)"/>
    public static string DatumTijd(DateTimeOffset moment) => InAmsterdam(moment).ToString(Datumformaat + " 'om' HH:mm", Cultuur);

    /// <summary>In a sentence, with the whole weekday (mails): "zaterdag 1 maart 2025 om 10:00".</summary>
    public static string DagDatumTijd(DateTimeOffset moment) => InAmsterdam(moment).ToString("dddd " + Datumformaat + " 'om' HH:mm", Cultuur);

    private static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam);
}
