using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Actieplannen.Contracts;

/// <summary>
/// The directeur approved the submitted version (<see cref="Goedgekeurd"/>) or sent it back with <see cref="Opmerking"/>
/// (a completed cycle task "Keur het actieplan goed"). <see cref="Versie"/> is the version the directeur saw.
/// </summary>
public sealed record ActieplanBeoordeeld(Guid DirectieId, int Jaar, int Versie, bool Goedgekeurd, string? Opmerking, Guid? DoorPersoonId, string DoorNaam)
    : IIntegratieGebeurtenis
{
    public static string Type => "actieplannen.actieplan-beoordeeld";
}

/// <summary>
/// What the cycle offers Actieplannen: asking the directeur to approve a submitted plan. Implemented by the module that
/// hosts the workflow definitions (Cyclus); Actieplannen only knows this interface.
/// </summary>
public interface IActieplanGoedkeuring
{
    /// <summary>Starts the approval task for the directie's submitted version; a second call for the same version does nothing.</summary>
    Task VraagGoedkeuringAsync(Guid directieId, int jaar, int versie, string doorNaam, CancellationToken cancellationToken = default);
}
