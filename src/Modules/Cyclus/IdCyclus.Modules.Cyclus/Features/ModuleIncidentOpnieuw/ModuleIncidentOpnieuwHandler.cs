using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Cyclus.Features.ModuleIncidentOpnieuw;

/// <param name="Id">The outbox row of the incident, as listed on /berichten.</param>
internal sealed record ModuleIncidentOpnieuwOpdracht(Guid Id);

/// <summary>
/// Bureau solved the cause of an event between modules that failed every attempt and puts it back for the next delivery
/// round. The raising module's outbox resets its own row (<see cref="ModuleOutboxIncidenten"/>); this module only
/// offers the button, as it does for the runtime's incidents on the same page.
/// </summary>
internal sealed class ModuleIncidentOpnieuwHandler(ModuleOutboxIncidenten incidenten)
{
    public const string NietMislukt = "Deze gebeurtenis stond niet (meer) op mislukt; er is niets gewijzigd.";

    public async Task<Resultaat<Guid>> HandleAsync(ModuleIncidentOpnieuwOpdracht opdracht, CancellationToken ct) =>
        await incidenten.OpnieuwAsync(opdracht.Id, ct)
            ? Resultaat<Guid>.Gelukt(opdracht.Id)
            : Resultaat<Guid>.Mislukt(nameof(ModuleIncidentOpnieuwOpdracht.Id), NietMislukt);
}
