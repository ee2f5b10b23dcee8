using IdCyclus.Workflows.Runtime.Persistence;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// The instances and step states one engine operation has created or loaded, found again by key. The engine used to
/// read them back through <c>DbSet.Local</c>, which runs DetectChanges over every tracked entity on each call; a fan-out
/// over N items did that N times over a growing tracker, so its start was quadratic. One per operation and per attempt,
/// because the change tracker is cleared after a failed or retried attempt and between fired timers.
/// </summary>
internal sealed class Werkset
{
    private readonly Dictionary<Guid, Instantie> _instanties = [];
    private readonly Dictionary<(Guid InstantieId, string StapId), StapStatus> _stappen = [];
    private readonly Dictionary<(Guid OuderId, string StapId), Kinderen> _kinderen = [];

    /// <summary>
    /// The due moment the caller of a start chose for the tasks this operation creates, instead of their definition's
    /// term (<see cref="WorkflowMotor.StartVoorItemAsync"/>); null: the definition decides.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    public Instantie? Instantie(Guid id) => _instanties.GetValueOrDefault(id);

    public StapStatus? Stap(Guid instantieId, string stapId) => _stappen.GetValueOrDefault((instantieId, stapId));

    /// <summary>Registers an instance (once); a child instance also counts towards its fan-out while it is not complete.</summary>
    public Instantie Volg(Instantie instantie)
    {
        if (_instanties.TryAdd(instantie.Id, instantie) && instantie.OuderId is { } ouderId)
        {
            var kinderen = KinderenVan(ouderId, instantie.OuderStapId!);
            kinderen.Ids.Add(instantie.Id);
            if (instantie.Status != InstantieStatus.Voltooid)
            {
                kinderen.Open++;
            }
        }

        return instantie;
    }

    public StapStatus Volg(StapStatus status)
    {
        _stappen.TryAdd((status.InstantieId, status.StapId), status);
        return status;
    }

    public Kinderen KinderenVan(Guid ouderId, string stapId)
    {
        if (!_kinderen.TryGetValue((ouderId, stapId), out var kinderen))
        {
            kinderen = new Kinderen();
            _kinderen[(ouderId, stapId)] = kinderen;
        }

        return kinderen;
    }
}

/// <summary>The child instances of one fan-out step that an operation holds.</summary>
internal sealed class Kinderen
{
    public List<Guid> Ids { get; } = [];

    /// <summary>How many of <see cref="Ids"/> are not complete.</summary>
    public int Open { get; set; }

    /// <summary>True when this operation fanned the step out itself: then no other child exists, in memory or in the database.</summary>
    public bool AllemaalInWerkset { get; set; }
}
