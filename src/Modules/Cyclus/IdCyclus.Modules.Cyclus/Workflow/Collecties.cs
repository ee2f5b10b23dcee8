using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>"actieve-directies": every directie that exists on the date; the scope of an item is the directie itself.</summary>
internal sealed class ActieveDirecties(IOrganisatieQueries organisatie) : IWorkflowCollectie
{
    public string Naam => "actieve-directies";

    public async Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        (await organisatie.ActieveDirectiesAsync(datum, cancellationToken))
        .Select(d => new WorkflowItem(d.Id.ToString(), d.Weergavenaam, d.Id.ToString()))
        .ToList();
}

/// <summary>"clusters": the six GMT clusters; the scope of an item is the cluster.</summary>
internal sealed class Clusters(IOrganisatieQueries organisatie) : IWorkflowCollectie
{
    public string Naam => "clusters";

    public async Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        (await organisatie.ClustersAsync(cancellationToken)).Select(c => new WorkflowItem(c.Id, c.Naam, c.Id)).ToList();
}

/// <summary>"directie-zonder-trekker": the directie has no trekker on the date (P&amp;O, Stadsarchief, UI&amp;E in the seed).</summary>
internal sealed class DirectieZonderTrekker(IOrganisatieQueries organisatie) : IWorkflowVoorwaarde
{
    public string Naam => "directie-zonder-trekker";

    public async Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken) =>
        Guid.TryParse(item.Sleutel, out var id) && (await organisatie.TrekkersAsync(id, datum, cancellationToken)).Count == 0;
}

/// <summary>
/// "werkgroepleden": every person who is a member of the werkgroep voortgangsrapportage on the date, once each; the
/// scope of an item is the person, so a nested task with role "persoon" goes to exactly that member.
/// </summary>
internal sealed class Werkgroepleden(IOrganisatieQueries organisatie) : IWorkflowCollectie
{
    public const string Collectienaam = "werkgroepleden";

    public string Naam => Collectienaam;

    public async Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        (await organisatie.RolhoudersAsync(Rol.WerkgroepLid, datum, cancellationToken: cancellationToken))
        .Select(r => r.Persoon).DistinctBy(p => p.Id)
        .OrderBy(p => p.Naam, IdCyclus.Shared.Nederlands.Sortering).ThenBy(p => p.Id)
        .Select(p => new WorkflowItem(p.Id.ToString(), p.Naam, p.Id.ToString()))
        .ToList();
}
