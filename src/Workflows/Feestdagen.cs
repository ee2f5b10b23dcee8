namespace IdCyclus.Workflows;

/// <summary>A public holiday: its date and Dutch name.</summary>
/// <param name="Datum">The calendar date.</param>
/// <param name="Naam">The Dutch name, e.g. "Tweede Paasdag".</param>
public sealed record Feestdag(DateOnly Datum, string Naam);

/// <summary>
/// The Dutch public holidays the municipality closes for, computed (no table to keep up to date). Used by the
/// <see cref="WorkflowOpties.Werkdagen"/> option to move a deadline to the next working day.
/// </summary>
/// <remarks>
/// <para>The days: Nieuwjaarsdag (1 January), Eerste and Tweede Paasdag, Koningsdag, Bevrijdingsdag (5 May),
/// Hemelvaartsdag (Easter + 39 days), Eerste and Tweede Pinksterdag (Easter + 49 and + 50), Eerste and Tweede
/// Kerstdag (25 and 26 December). Easter Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</para>
/// <para><b>Goede Vrijdag is a working day.</b> It is not a general day off in the Netherlands and the municipality's
/// offices are open, so a deadline on Goede Vrijdag stays there.</para>
/// <para><b>Bevrijdingsdag counts every year.</b> Nationally 5 May is a general day off only once every five years
/// (2025, 2030, …), but government employers commonly give it every year, and the choice is asymmetric: a deadline moved
/// one working day later harms nobody, while a deadline on a day many people are off produces reminders and escalations
/// nobody can act on.</para>
/// <para>Koningsdag is 27 April, or 26 April when the 27th is a Sunday (since 2014). For earlier years Koninginnedag
/// is used: 30 April, or 29 April when the 30th is a Sunday.</para>
/// </remarks>
public static class Feestdagen
{
    /// <summary>Easter Sunday of <paramref name="jaar"/> in the Gregorian calendar (anonymous Gregorian algorithm).</summary>
    public static DateOnly Pasen(int jaar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, 9999);
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }

    /// <summary>The holidays of <paramref name="jaar"/> in date order.</summary>
    public static IReadOnlyList<Feestdag> In(int jaar)
    {
        var pasen = Pasen(jaar);
        List<Feestdag> dagen =
        [
            new(new DateOnly(jaar, 1, 1), "Nieuwjaarsdag"),
            new(pasen, "Eerste Paasdag"),
            new(pasen.AddDays(1), "Tweede Paasdag"),
            Oranjedag(jaar),
            new(new DateOnly(jaar, 5, 5), "Bevrijdingsdag"),
            new(pasen.AddDays(39), "Hemelvaartsdag"),
            new(pasen.AddDays(49), "Eerste Pinksterdag"),
            new(pasen.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(jaar, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(jaar, 12, 26), "Tweede Kerstdag"),
        ];
        return [.. dagen.OrderBy(dag => dag.Datum)];
    }

    /// <summary>The holiday on <paramref name="dag"/>, or null when it is none.</summary>
    public static Feestdag? Op(DateOnly dag) => In(dag.Year).FirstOrDefault(feestdag => feestdag.Datum == dag);

    /// <summary>True when <paramref name="dag"/> is one of the holidays above.</summary>
    public static bool IsFeestdag(DateOnly dag) => Op(dag) is not null;

    private static Feestdag Oranjedag(int jaar)
    {
        if (jaar >= 2014)
        {
            var koningsdag = new DateOnly(jaar, 4, 27);
            return new(koningsdag.DayOfWeek == DayOfWeek.Sunday ? koningsdag.AddDays(-1) : koningsdag, "Koningsdag");
        }

        var koninginnedag = new DateOnly(jaar, 4, 30);
        return new(koninginnedag.DayOfWeek == DayOfWeek.Sunday ? koninginnedag.AddDays(-1) : koninginnedag, "Koninginnedag");
    }
}
