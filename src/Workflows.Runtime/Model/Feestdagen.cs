namespace IdCyclus.Workflows.Runtime.Model;

/// <summary>
/// Dutch public holidays on which the municipality is closed: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag
/// (26 April when the 27th is a Sunday), Bevrijdingsdag (every year, as in the municipality's CAO), Hemelvaartsdag,
/// Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is a working day.
/// </summary>
public static class Feestdagen
{
    public static bool IsFeestdag(DateOnly dag)
    {
        var pasen = Pasen(dag.Year);
        var koningsdag = new DateOnly(dag.Year, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        return dag == new DateOnly(dag.Year, 1, 1)
            || dag == pasen || dag == pasen.AddDays(1)
            || dag == koningsdag
            || dag == new DateOnly(dag.Year, 5, 5)
            || dag == pasen.AddDays(39)
            || dag == pasen.AddDays(49) || dag == pasen.AddDays(50)
            || dag == new DateOnly(dag.Year, 12, 25) || dag == new DateOnly(dag.Year, 12, 26);
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
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
        var dagVanMaand = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dagVanMaand);
    }
}
