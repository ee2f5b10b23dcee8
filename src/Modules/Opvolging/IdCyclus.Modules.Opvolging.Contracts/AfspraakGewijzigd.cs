using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Opvolging.Contracts;

/// <summary>
/// Integration event raised by Opvolging in the same transaction as every change to an agreement (made, deadline moved,
/// progress, done, dropped): version <see cref="Versie"/> of agreement <see cref="AfspraakId"/> is now stored. It says no
/// more than that on purpose: a receiver reads where the agreement stands when it handles the event, so events that
/// arrive late, twice or out of order all lead to the same result.
/// </summary>
public sealed record AfspraakGewijzigd(Guid AfspraakId, int Versie) : IIntegratieGebeurtenis
{
    public static string Type => "opvolging.afspraak-gewijzigd";
}

/// <summary>
/// The owner completed the agreement's task saying it is done, with <see cref="Bewijs"/> (raised by the task form, in the
/// same transaction as the completion); Opvolging closes the agreement as done through its own rules.
/// </summary>
public sealed record AfspraakGedaanGemeld(Guid AfspraakId, string Bewijs, Guid PersoonId, string PersoonNaam) : IIntegratieGebeurtenis
{
    public static string Type => "opvolging.afspraak-gedaan-gemeld";
}
