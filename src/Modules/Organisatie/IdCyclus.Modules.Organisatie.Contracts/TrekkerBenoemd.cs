using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Organisatie.Contracts;

/// <summary>
/// Integration event: a directeur has appointed a trekker (e.g. by completing the "Benoem een trekker" task).
/// Organisatie records the role assignment; either <see cref="PersoonId"/> names a known person, or
/// <see cref="Naam"/> and <see cref="Email"/> a new one.
/// </summary>
public sealed record TrekkerBenoemd(
    Guid DirectieId,
    Guid? PersoonId,
    string? Naam,
    string? Email,
    decimal UrenPerWeek,
    DateOnly Van,
    Guid? DoorPersoonId,
    string DoorNaam) : IIntegratieGebeurtenis
{
    public static string Type => "organisatie.trekker-benoemd";
}
