using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IdCyclus.Shared.Web;

/// <summary>
/// What the shared form-field partials need to render one field with its label, hint and Dutch error message in the
/// Amsterdam Design System markup, wired up for screen readers (aria-describedby, aria-invalid).
/// </summary>
public sealed record Veld(
    ModelStateDictionary ModelState,
    string Naam,
    string Label,
    string? Waarde,
    string Type = "text",
    string? Autocomplete = null,
    string? Hint = null,
    string? Inputmode = null,
    bool Verplicht = false,
    IReadOnlyList<Keuze>? Keuzes = null,
    int? Maxlengte = null)
{
    public string Id => IdVoor(Naam);

    /// <summary>An element id for a field name; "Velden[Naam]" becomes "Velden_Naam" (brackets break CSS selectors and anchors).</summary>
    public static string IdVoor(string naam) => naam.Replace('.', '_').Replace('[', '_').Replace("]", "", StringComparison.Ordinal);

    public string? Fout => ModelState.TryGetValue(Naam, out var entry) && entry.Errors.Count > 0
        ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
        : null;

    /// <summary>What the person typed, even when it could not be parsed, so that nothing they entered is lost.</summary>
    public string? Invoer => ModelState.TryGetValue(Naam, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : Waarde;

    /// <summary>The hint as shown: the field's own, followed by its maximum length when it has one.</summary>
    public string? Hinttekst => Maxlengte is { } max
        ? string.Join(' ', new[] { Hint, Validation.Tekstlengte.Hint(max) }.Where(t => t is not null))
        : Hint;

    public string? BeschrijvingIds =>
        string.Join(' ', new[] { Hinttekst is null ? null : $"{Id}-hint", Fout is null ? null : $"{Id}-fout" }.Where(s => s is not null)) is { Length: > 0 } ids
            ? ids
            : null;
}

public sealed record Keuze(string Waarde, string Tekst);
