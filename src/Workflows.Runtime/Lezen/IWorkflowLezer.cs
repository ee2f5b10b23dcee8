namespace IdCyclus.Workflows.Runtime;

/// <summary>
/// The one way a hosting module or the command line reads the runtime's state. Everything comes back as records; to
/// change anything, use the engine's commands (<see cref="Motor.WorkflowMotor"/>).
/// </summary>
public interface IWorkflowLezer
{
    Task<WorkflowTaak?> TaakAsync(Guid taakId, CancellationToken ct);

    Task<IReadOnlyList<WorkflowTaak>> TakenAsync(TaakVraag vraag, CancellationToken ct);

    Task<WorkflowInstantie?> InstantieAsync(Guid instantieId, CancellationToken ct);

    Task<IReadOnlyList<WorkflowInstantie>> InstantiesAsync(InstantieVraag vraag, CancellationToken ct);

    /// <summary>The steps of these instances (one line per step the instance has).</summary>
    Task<IReadOnlyList<WorkflowStap>> StappenAsync(IReadOnlyCollection<Guid> instantieIds, CancellationToken ct);

    Task<IReadOnlyList<WorkflowGebeurtenis>> HistorieAsync(HistorieVraag vraag, CancellationToken ct);

    /// <summary>A task's comments, oldest first.</summary>
    Task<IReadOnlyList<WorkflowOpmerking>> OpmerkingenAsync(Guid taakId, CancellationToken ct);

    Task<IReadOnlyList<WorkflowBericht>> BerichtenAsync(BerichtVraag vraag, CancellationToken ct);

    /// <summary>Integration events that failed every attempt, oldest first.</summary>
    Task<IReadOnlyList<WorkflowIncident>> IncidentenAsync(CancellationToken ct);

    /// <summary>One published version; with <paramref name="versie"/> null, the newest.</summary>
    Task<WorkflowDefinitieVersie?> DefinitieAsync(string definitieId, int? versie, CancellationToken ct);

    /// <summary>Every published version (optionally of the ids starting with a prefix), by id and version.</summary>
    Task<IReadOnlyList<WorkflowDefinitieVersie>> DefinitiesAsync(string? idBegintMet, CancellationToken ct);

    /// <summary>Every published definition's id and name, without its JSON (for a filter list on a page people open often).</summary>
    Task<IReadOnlyList<(string Id, string Naam)>> DefinitienamenAsync(CancellationToken ct);

    /// <summary>
    /// The first moment after <paramref name="na"/> at which the runtime has work of its own: a planned timer or a mail
    /// waiting for its next attempt. A clock that jumps (the simulation) jumps there.
    /// </summary>
    Task<DateTimeOffset?> VolgendWerkAsync(DateTimeOffset na, CancellationToken ct);
}
