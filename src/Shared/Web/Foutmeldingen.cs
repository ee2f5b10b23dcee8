using IdCyclus.Shared.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace IdCyclus.Shared.Web;

public static class Foutmeldingen
{
    /// <summary>Puts a use case's validation errors next to the fields they belong to.</summary>
    public static void VoegToe(this ModelStateDictionary modelState, IEnumerable<Fout> fouten)
    {
        foreach (var fout in fouten)
        {
            modelState.AddModelError(fout.Veld, fout.Melding);
        }
    }

    /// <summary>
    /// Replaces the framework's English binding messages ("The value 'x' is not valid for Y") with Dutch ones that
    /// name the field, so that unparseable input is reported like any other validation error.
    /// </summary>
    public static void GebruikNederlandseBindingMeldingen(this DefaultModelBindingMessageProvider meldingen)
    {
        meldingen.SetAttemptedValueIsInvalidAccessor((waarde, veld) => $"'{waarde}' is geen geldige waarde voor {veld}.");
        meldingen.SetValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
        meldingen.SetValueMustBeANumberAccessor(veld => $"{veld} moet een getal zijn, bijvoorbeeld 4 of 4,5.");
        meldingen.SetValueMustNotBeNullAccessor(waarde => $"Vul een waarde in voor {waarde}.");
        meldingen.SetMissingBindRequiredValueAccessor(veld => $"{veld} ontbreekt.");
        meldingen.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
        meldingen.SetMissingRequestBodyRequiredValueAccessor(() => "De aanvraag is leeg.");
        meldingen.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
        meldingen.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De opgegeven waarde is ongeldig.");
        meldingen.SetNonPropertyValueMustBeANumberAccessor(() => "Dit veld moet een getal zijn.");
        meldingen.SetUnknownValueIsInvalidAccessor(veld => $"De opgegeven waarde voor {veld} is ongeldig.");
    }
}
