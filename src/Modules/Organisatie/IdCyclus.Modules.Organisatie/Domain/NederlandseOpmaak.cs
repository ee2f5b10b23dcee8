using System.Globalization;

namespace IdCyclus.Modules.Organisatie.Domain;

internal static class NederlandseOpmaak
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Datum(DateOnly? datum) => datum is null ? "—" : Datum(datum.Value);

    public static string Uren(decimal? uren) => uren is null ? "—" : uren.Value.ToString("0.#", Nl);

    public static string Periode(DateOnly van, DateOnly? tot) =>
        tot is null ? $"vanaf {Datum(van)}" : $"{Datum(van)} t/m {Datum(tot.Value)}";
}
