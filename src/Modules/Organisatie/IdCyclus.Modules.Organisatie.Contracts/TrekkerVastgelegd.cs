using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Organisatie.Contracts;

/// <summary>
/// Integration event raised by Organisatie itself: a trekker role with <see cref="UrenPerWeek"/> hours a week is now
/// recorded for the directie (assigned, or its hours changed). An agreement such as "een trekker met minimaal 8 uur per
/// week benoemd" is checked against this, without reading Organisatie's tables. Stored in the same transaction as the
/// role change, so a refused or rolled-back change never raises it.
/// </summary>
public sealed record TrekkerVastgelegd(
    Guid ToewijzingId,
    Guid DirectieId,
    Guid PersoonId,
    string PersoonNaam,
    decimal UrenPerWeek,
    DateOnly Van,
    DateOnly? Tot) : IIntegratieGebeurtenis
{
    public static string Type => "organisatie.trekker-vastgelegd";
}
