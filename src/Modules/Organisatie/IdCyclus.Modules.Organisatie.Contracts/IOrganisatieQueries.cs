namespace IdCyclus.Modules.Organisatie.Contracts;

/// <summary>
/// What other modules and the workflow runtime may ask of the organisation. Dates are calendar days in Amsterdam;
/// every answer is "on that day", because roles and directies change over time.
/// </summary>
public interface IOrganisatieQueries
{
    Task<IReadOnlyList<ClusterGegevens>> ClustersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The sections the year's report is organised by: a whole cluster, or one koker of a cluster with two (2024: seven
    /// sections for six clusters, DISCREPANCIES C22), with the title the report uses.
    /// </summary>
    Task<IReadOnlyList<RapportsectieGegevens>> RapportsectiesAsync(int jaar, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DirectieGegevens>> ActieveDirectiesAsync(DateOnly datum, CancellationToken cancellationToken = default);

    Task<DirectieGegevens?> DirectieAsync(Guid directieId, CancellationToken cancellationToken = default);

    Task<DirectieGegevens?> DirectieMetAfkortingAsync(string afkorting, CancellationToken cancellationToken = default);

    /// <summary>Trekkers of a directie on a date (0..n: a directie may have none, or two).</summary>
    Task<IReadOnlyList<RolGegevens>> TrekkersAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default);

    /// <summary>Every trekker assignment the directie ever had, oldest first (feeds "trekker gewisseld").</summary>
    Task<IReadOnlyList<RolGegevens>> TrekkerhistorieAsync(Guid directieId, CancellationToken cancellationToken = default);

    Task<PersoonGegevens?> DirecteurAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default);

    Task<PersoonGegevens?> ClusterdirecteurAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default);

    Task<PersoonGegevens?> AccounthouderAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default);

    /// <summary>Holders of a role on a date; with a directie or cluster to narrow it to that scope.</summary>
    Task<IReadOnlyList<RolGegevens>> RolhoudersAsync(
        Rol rol, DateOnly datum, Guid? directieId = null, string? clusterId = null, CancellationToken cancellationToken = default);

    /// <summary>Every role a person holds on a date: the basis of what they may see and do.</summary>
    Task<IReadOnlyList<RolGegevens>> RollenVanAsync(Guid persoonId, DateOnly datum, CancellationToken cancellationToken = default);

    Task<PersoonGegevens?> PersoonAsync(Guid persoonId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersoonGegevens>> PersonenAsync(CancellationToken cancellationToken = default);

    /// <summary>The person with exactly this e-mail address (as stored: lower case), if any; one indexed read, not the whole list.</summary>
    Task<PersoonGegevens?> PersoonMetEmailAsync(string email, CancellationToken cancellationToken = default);
}
