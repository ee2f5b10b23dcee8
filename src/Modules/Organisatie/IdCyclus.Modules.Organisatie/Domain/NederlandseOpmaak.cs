namespace IdCyclus.Modules.Organisatie.Domain;

internal static class NederlandseOpmaak
{
    public static string Datum(DateOnly datum) => Shared.Nederlands.Datum(datum);

    public static string Datum(DateOnly? datum) => datum is null ? "—" : Datum(datum.Value);

    public static string Uren(decimal? uren) => uren is null ? "—" : uren.Value.ToString("0.#", Shared.Nederlands.Cultuur);

    public static string Periode(DateOnly van, DateOnly? tot) =>
        tot is null ? $"vanaf {Datum(van)}" : $"{Datum(van)} t/m {Datum(tot.Value)}";
}
