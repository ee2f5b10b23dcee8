namespace IdCyclus.Shared.Validation;

/// <summary>
/// The server side of a free-text maximum. The form states the maximum (hint and maxlength); this gives the Dutch
/// message naming the field when a longer text arrives anyway (an old browser, the API, a pasted text), before anything
/// is written.
/// </summary>
public static class Tekstlengte
{
    /// <param name="omschrijving">The field as the person knows it, e.g. "De vraagtekst".</param>
    public static Fout? Controleer(string veld, string omschrijving, string? waarde, int maximum) =>
        waarde?.Length > maximum
            ? new Fout(veld, $"{omschrijving} is {waarde.Length} tekens lang; het maximum is {maximum}. Er is niets opgeslagen.")
            : null;
}
