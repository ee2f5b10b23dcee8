using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// Resolves the role names used in cycle definitions through the Organisatie read interface, at the moment asked:
/// an escalation that fires in June reaches whoever is clusterdirecteur in June. A scope is a directie id or a
/// cluster id; cluster roles asked for in a directie's scope go to that directie's cluster.
/// </summary>
internal sealed class OrganisatieRollen(IOrganisatieQueries organisatie) : IRolResolver
{
    public const string Directeur = "directeur";
    public const string Trekker = "trekker";

    /// <summary>Every trekker of a cluster's active directies: the scope is the cluster (a report section).</summary>
    public const string TrekkersVanCluster = "trekkers-van-cluster";
    public const string MtLid = "mt-lid";
    public const string Clusterdirecteur = "clusterdirecteur";
    public const string Accounthouder = "accounthouder";
    public const string Bureau = "bureau";
    public const string Gmt = "gmt";
    public const string Werkgroep = "werkgroep";
    public const string DataAnalist = "data-analist";

    /// <summary>The one person whose id is the scope (an item of "werkgroepleden").</summary>
    public const string Persoon = "persoon";

    /// <summary>
    /// Who answers for a directie in its interview: its trekkers; without a trekker a (waarnemend) MT-lid, as the 2024
    /// method says (seed 000, 2.3.1); only when no MT-lid is recorded either, the directeur, who chairs the MT and did
    /// take the part where no one else could (Stadsarchief and R&amp;D in 2024, DISCREPANCIES C1 and C15).
    /// </summary>
    public const string Respondent = "respondent";

    public IReadOnlyCollection<string> Rollen { get; } =
    [
        Directeur, Trekker, MtLid, Clusterdirecteur, Accounthouder, Bureau, Gmt, Werkgroep, DataAnalist, Persoon, Respondent, TrekkersVanCluster,
    ];

    public async Task<IReadOnlyList<WorkflowPersoon>> ResolveAsync(string rol, string? bereik, DateOnly datum, CancellationToken cancellationToken)
    {
        if (rol == Persoon)
        {
            return Guid.TryParse(bereik, out var persoonId) && await organisatie.PersoonAsync(persoonId, cancellationToken) is { } persoon
                ? [new WorkflowPersoon(persoon.Id, persoon.Naam, persoon.Email)]
                : [];
        }

        var directie = Guid.TryParse(bereik, out var directieId) ? await organisatie.DirectieAsync(directieId, cancellationToken) : null;
        var cluster = directie?.ClusterId ?? bereik;
        IReadOnlyList<RolGegevens> houders = rol switch
        {
            Directeur => await organisatie.RolhoudersAsync(Rol.Directeur, datum, directie?.Id, cancellationToken: cancellationToken),
            Trekker => await organisatie.RolhoudersAsync(Rol.Trekker, datum, directie?.Id, cancellationToken: cancellationToken),
            MtLid => await organisatie.RolhoudersAsync(Rol.MtLid, datum, directie?.Id, cancellationToken: cancellationToken),
            Clusterdirecteur => await organisatie.RolhoudersAsync(Rol.Clusterdirecteur, datum, clusterId: cluster, cancellationToken: cancellationToken),
            Accounthouder => await organisatie.RolhoudersAsync(Rol.Accounthouder, datum, clusterId: cluster, cancellationToken: cancellationToken),
            Bureau => [.. await organisatie.RolhoudersAsync(Rol.Projectleider, datum, cancellationToken: cancellationToken),
                       .. await organisatie.RolhoudersAsync(Rol.DataAnalist, datum, cancellationToken: cancellationToken)],
            Gmt => await organisatie.RolhoudersAsync(Rol.Gmt, datum, cancellationToken: cancellationToken),
            Werkgroep => await organisatie.RolhoudersAsync(Rol.WerkgroepLid, datum, cancellationToken: cancellationToken),
            DataAnalist => await organisatie.RolhoudersAsync(Rol.DataAnalist, datum, cancellationToken: cancellationToken),
            Respondent when directie is not null => await RespondentenAsync(directie.Id, datum, cancellationToken),
            Respondent => [],
            TrekkersVanCluster => await TrekkersVanClusterAsync(cluster, datum, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(rol), rol, "Onbekende rol in een workflowdefinitie."),
        };

        // A stable order (by name): simulations and escalation messages must come out the same every time.
        return houders.Select(h => new WorkflowPersoon(h.Persoon.Id, h.Persoon.Naam, h.Persoon.Email)).DistinctBy(p => p.Id)
            .OrderBy(p => p.Naam, IdCyclus.Shared.Nederlands.Sortering).ThenBy(p => p.Id).ToList();
    }

    private async Task<IReadOnlyList<RolGegevens>> TrekkersVanClusterAsync(string? cluster, DateOnly datum, CancellationToken cancellationToken)
    {
        var trekkers = new List<RolGegevens>();
        foreach (var directie in (await organisatie.ActieveDirectiesAsync(datum, cancellationToken)).Where(d => d.ClusterId == cluster))
        {
            trekkers.AddRange(await organisatie.TrekkersAsync(directie.Id, datum, cancellationToken));
        }

        return trekkers;
    }

    private async Task<IReadOnlyList<RolGegevens>> RespondentenAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken)
    {
        foreach (var rol in new[] { Rol.Trekker, Rol.MtLid, Rol.Directeur })
        {
            var houders = await organisatie.RolhoudersAsync(rol, datum, directieId, cancellationToken: cancellationToken);
            if (houders.Count > 0)
            {
                return houders;
            }
        }

        return [];
    }
}
