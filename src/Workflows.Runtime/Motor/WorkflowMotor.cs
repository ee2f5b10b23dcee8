using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>Who acts on the runtime (a person, or the system for timers).</summary>
public sealed record Handelende(Guid? Id, string Naam, bool IsBeheerder = false)
{
    public static readonly Handelende Systeem = new(null, "IdCyclus (automatisch)");
}

/// <summary>
/// The engine's commands: the only way a hosting module or the command line changes the runtime's state (reading goes
/// through <see cref="IWorkflowLezer"/>). Every command is one database transaction: the state change, the tasks it
/// creates, their timers, the queued messages and outbox events commit together or not at all. The work itself is done
/// by internal parts, one job each: <see cref="Starten"/>, <see cref="Taakacties"/>, <see cref="Voortgang"/>,
/// <see cref="Annulering"/>, <see cref="Timerafhandeling"/>, <see cref="Definities"/> and the two deliverers.
/// </summary>
public sealed class WorkflowMotor
{
    /// <summary>The longest comment or reason for passing on a task (the form states it).</summary>
    public const int MaxTekst = Taakacties.MaxTekst;

    private readonly Starten _starten;
    private readonly Taakacties _taken;
    private readonly Timerafhandeling _timers;
    private readonly Taakrechten _rechten;
    private readonly Plannen _plannen;
    private readonly Definities _definities;
    private readonly Bezorger _bezorger;
    private readonly OutboxBezorger _outbox;
    private readonly Bijsturing _bijsturing;

    internal WorkflowMotor(
        Starten starten, Taakacties taken, Timerafhandeling timers, Taakrechten rechten, Plannen plannen, Definities definities, Bezorger bezorger,
        OutboxBezorger outbox, Bijsturing bijsturing)
    {
        _bijsturing = bijsturing;
        _starten = starten;
        _taken = taken;
        _timers = timers;
        _rechten = rechten;
        _plannen = plannen;
        _definities = definities;
        _bezorger = bezorger;
        _outbox = outbox;
    }

    /// <summary>
    /// Starts an instance. With <paramref name="uniekeSleutel"/>, at most one top-level instance ever carries that key: a
    /// second start gets a Dutch error instead of a second instance, also when both starts run at the same moment on
    /// different hosts (the unique index on the key refuses the later insert).
    /// </summary>
    public Task<Resultaat<Guid>> StartAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, CancellationToken ct, string? uniekeSleutel = null) =>
        _starten.StartAsync(definitieId, versie, start, door, ct, uniekeSleutel);

    /// <summary>
    /// Starts a top-level run of one item the calling module keeps itself (one per thing it keeps, under a unique key):
    /// the item gives the tasks their scope for roles and their description, as a fan-out's item does. With
    /// <paramref name="deadline"/>, the tasks this start creates are due then instead of at their definition's term;
    /// their reminders and escalation rungs count from it.
    /// </summary>
    public Task<Resultaat<Guid>> StartVoorItemAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, string uniekeSleutel, WorkflowItem item, DateTimeOffset? deadline,
        CancellationToken ct) =>
        _starten.StartVoorItemAsync(definitieId, versie, start, door, uniekeSleutel, item, deadline, ct);

    /// <summary>
    /// Moves an open task's due moment (decided by the module whose data it follows); reminders and escalations are planned
    /// again from it. The same moment again changes nothing.
    /// </summary>
    public Task<Resultaat<Guid>> VerplaatsDeadlineAsync(Guid taakId, DateTimeOffset deadline, Handelende door, string reden, CancellationToken ct) =>
        _bijsturing.VerplaatsDeadlineAsync(taakId, deadline, door, reden, ct);

    /// <summary>
    /// Ends an instance whose work was finished (<paramref name="voltooid"/>) or dropped outside the runtime: its open tasks
    /// close with the reason in their history. An instance that already ended is left as it is.
    /// </summary>
    public Task<Resultaat<Guid>> BeeindigAsync(Guid instantieId, Handelende door, bool voltooid, string reden, CancellationToken ct) =>
        _bijsturing.BeeindigAsync(instantieId, door, voltooid, reden, ct);

    /// <summary>Completes a task with an outcome and the fields of its form; <paramref name="verwachteVersie"/> is the task's version the person saw.</summary>
    public Task<Resultaat<Guid>> VoltooiAsync(
        Guid taakId, Handelende door, string? uitkomst, IReadOnlyDictionary<string, string?> velden, int verwachteVersie, CancellationToken ct) =>
        _taken.VoltooiAsync(taakId, door, uitkomst, velden, verwachteVersie, ct);

    public Task<Resultaat<Guid>> ClaimAsync(Guid taakId, Handelende door, int verwachteVersie, CancellationToken ct) =>
        _taken.ClaimAsync(taakId, door, verwachteVersie, ct);

    /// <summary>Passes a task on to someone who holds its role in its scope today, with a reason the new assignee sees.</summary>
    public Task<Resultaat<Guid>> DelegeerAsync(Guid taakId, Handelende door, WorkflowPersoon naar, string? reden, int verwachteVersie, CancellationToken ct) =>
        _taken.DelegeerAsync(taakId, door, naar, reden, verwachteVersie, ct);

    public Task<Resultaat<Guid>> OpmerkingAsync(Guid taakId, Handelende door, string? tekst, CancellationToken ct) =>
        _taken.OpmerkingAsync(taakId, door, tekst, ct);

    /// <summary>What this person may do with the task today (see <see cref="Taakrechten"/>).</summary>
    public Task<TaakRechten> RechtenAsync(WorkflowTaak taak, Handelende door, CancellationToken ct) => _rechten.VoorAsync(Taakrol.Van(taak), door, ct);

    /// <summary>
    /// The people <paramref name="door"/> may pass the task on to: those holding its role in its scope today, except the
    /// task's assignee and <paramref name="door"/> themselves, whom <see cref="DelegeerAsync"/> refuses.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowPersoon>> DoorgeefbaarAanAsync(WorkflowTaak taak, Handelende door, CancellationToken ct) =>
        (await _rechten.TaakrolhoudersAsync(Taakrol.Van(taak), ct)).Where(p => p.Id != taak.ToegewezenAan && p.Id != door.Id).ToList();

    /// <summary>Publishes a definition (JSON); see <see cref="Definities"/> for when a version is accepted.</summary>
    public Task<Resultaat<(string Id, int Versie)>> PubliceerAsync(string json, string door, CancellationToken ct) =>
        _definities.PubliceerAsync(json, door, ct);

    /// <summary>A published version as the engine runs it; null when it was never published.</summary>
    public Task<WorkflowDefinitie?> DefinitieAsync(string definitieId, int versie, CancellationToken ct) => _plannen.DefinitieAsync(definitieId, versie, ct);

    /// <summary>Bureau puts a dead-lettered mail back in the queue; false when it was not dead-lettered (any more).</summary>
    public Task<bool> MailOpnieuwAsync(Guid berichtId, CancellationToken ct) => _bezorger.OpnieuwAsync(berichtId, ct);

    /// <summary>Bureau retries an integration event that failed too often; false when it was no incident (any more).</summary>
    public Task<bool> IncidentOpnieuwAsync(Guid incidentId, CancellationToken ct) => _outbox.OpnieuwAsync(incidentId, ct);

    /// <summary>
    /// Delivers waiting integration events now instead of at the next background round, so a person sees the effect of
    /// a completed task at once. The background round remains the durable path.
    /// </summary>
    public Task<int> BezorgGebeurtenissenAsync(CancellationToken ct) => _outbox.BezorgAsync(Verwerker.Partij, ct);

    /// <summary>
    /// The engine on one context without a container, for the runtime's own tests and the benchmark, which drive it on
    /// their own clock. The host gets it from the container (<see cref="WorkflowRuntime.AddWorkflowRuntime"/>).
    /// </summary>
    internal static WorkflowMotor Bouw(
        WorkflowDbContext db,
        TimeProvider klok,
        IRolResolver rollen,
        IEnumerable<IWorkflowCollectie> collecties,
        IEnumerable<IWorkflowVoorwaarde> voorwaarden,
        IEnumerable<ITaakFormulier> formulieren,
        IBerichtSjablonen sjablonen,
        IOptions<WorkflowOpties> opties,
        IMailVerzender? mail = null,
        IServiceProvider? diensten = null)
    {
        var werkplaats = new Werkplaats(db, klok, rollen, [sjablonen], opties);
        var plannen = new Plannen(db);
        var annulering = new Annulering(werkplaats);
        var voortgang = new Voortgang(werkplaats, plannen, annulering, collecties, voorwaarden);
        var rechten = new Taakrechten(db, plannen, rollen, klok);
        var formulierenOpNaam = new Formulieren(() => formulieren);
        var validator = new AangeslotenDefinitieValidator(rollen, collecties, voorwaarden, formulierenOpNaam, [sjablonen]);
        return new WorkflowMotor(
            new Starten(werkplaats, plannen, voortgang),
            new Taakacties(werkplaats, plannen, voortgang, rechten, formulierenOpNaam),
            new Timerafhandeling(werkplaats, plannen, voortgang),
            rechten,
            plannen,
            new Definities(db, klok, validator),
            new Bezorger(db, mail ?? new SmtpMailVerzender(Options.Create(new SmtpOpties())), klok, opties, NullLogger<Bezorger>.Instance),
            new OutboxBezorger(db, diensten ?? new ServiceCollection().BuildServiceProvider(), klok, opties, NullLogger<OutboxBezorger>.Instance),
            new Bijsturing(werkplaats, plannen));
    }

    internal Task<bool> VuurAsync(Guid timerId, CancellationToken ct) => _timers.VuurAsync(timerId, ct);

    internal Task<int> VuurAlleAsync(int maximum, CancellationToken ct) => _timers.VuurAlleAsync(maximum, ct);
}
