using System.Globalization;

namespace IdCyclus.Shared;

public static class Nederlands
{
    public static readonly CultureInfo Cultuur = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Sorts names as a Dutch reader expects (case-insensitive, accents with their letter).</summary>
    public static readonly StringComparer Sortering = StringComparer.Create(Cultuur, ignoreCase: true);
}
