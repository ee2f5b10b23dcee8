using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Organisatie.Domain;

internal static class RolOmschrijving
{
    /// <summary>One line for the audit trail: "Trekker: Naam, vanaf 1 januari 2025, 8 uur per week".</summary>
    public static string Van(Roltoewijzing toewijzing, string persoonsnaam)
    {
        var tekst = $"{toewijzing.Rol.Naam()}: {persoonsnaam}, {NederlandseOpmaak.Periode(toewijzing.Van, toewijzing.Tot)}";
        return toewijzing.UrenPerWeek is { } uren ? $"{tekst}, {NederlandseOpmaak.Uren(uren)} uur per week" : tekst;
    }
}
