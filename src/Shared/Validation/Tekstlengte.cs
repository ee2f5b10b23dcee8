namespace IdCyclus.Shared.Validation;

/// <summary>
/// One way to state and enforce the maximum length of a free-text field: the form shows <see cref="Hint"/> and sets
/// maxlength (Veld.Maxlengte), the rule answers with <see cref="Controleer"/>, whose Dutch message names the field. The
/// maximum itself is a constant next to the rules of the module that owns the field.
/// </summary>
public static class Tekstlengte
{
    public static string Hint(int maximum) => $"Maximaal {maximum} tekens.";

    public static string Melding(string label, int lengte, int maximum) =>
        $"{label} is {lengte} tekens lang; het maximum is {maximum}.";

    /// <param name="veld">The field the error belongs to (form name or JSON path).</param>
    /// <param name="label">How the person knows the field, as on the form ("Titel", "De naam").</param>
    public static Fout? Controleer(string veld, string label, string? tekst, int maximum) =>
        tekst is not null && tekst.Length > maximum ? new Fout(veld, Melding(label, tekst.Length, maximum)) : null;

    /// <summary>Adds the error, if any, to the list.</summary>
    public static void Controleer(List<Fout> fouten, string veld, string label, string? tekst, int maximum)
    {
        if (Controleer(veld, label, tekst, maximum) is { } fout)
        {
            fouten.Add(fout);
        }
    }
}
