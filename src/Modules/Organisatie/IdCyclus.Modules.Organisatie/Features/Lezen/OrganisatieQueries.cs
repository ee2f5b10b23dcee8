using System.Linq.Expressions;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Features.Lezen;

/// <summary>The module's read interface for other modules: the organisation on a given day.</summary>
internal sealed class OrganisatieQueries : IOrganisatieQueries
{
    private readonly OrganisatieDbContext db;

    // One scope (a request, a completed task, a fired timer) asks for the same directie and the same role holders several
    // times: the engine's rights check, the task's form and the next task's candidates each do. They are read once per
    // scope; a write through this scope's context forgets them, so a scope never reads back less than it wrote.
    private readonly Dictionary<Guid, DirectieGegevens?> _directies = [];
    private readonly Dictionary<(Rol, DateOnly, Guid?, string?), IReadOnlyList<RolGegevens>> _rolhouders = [];

    public OrganisatieQueries(OrganisatieDbContext db)
    {
        this.db = db;
        db.SavingChanges += (_, _) => Vergeet();
    }

    private void Vergeet()
    {
        _directies.Clear();
        _rolhouders.Clear();
    }

    public async Task<IReadOnlyList<ClusterGegevens>> ClustersAsync(CancellationToken cancellationToken = default) =>
        (await db.Clusters.AsNoTracking().Include(c => c.Kokers).ToListAsync(cancellationToken))
        .OrderBy(c => c.Naam, IdCyclus.Shared.Nederlands.Sortering)
        .Select(c => new ClusterGegevens(c.Id, c.Naam, c.Afkorting, c.Kokers.OrderBy(k => k.Naam).Select(k => new KokerGegevens(k.Id, k.Naam)).ToList()))
        .ToList();

    /// <summary>
    /// Clusters without kokers and the kokers of the others, named as the report of that year (or the latest year
    /// before it) names them; a year before any report uses the names Organisatie keeps.
    /// </summary>
    public async Task<IReadOnlyList<RapportsectieGegevens>> RapportsectiesAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var titels = DemoSeed.Rapportsecties.Where(r => r.Jaar <= jaar).GroupBy(r => r.Jaar).MaxBy(g => g.Key)?.ToList() ?? [];
        string Titel(string clusterId, string? kokerId, string naam) =>
            titels.FirstOrDefault(t => t.Cluster == clusterId && t.Koker == kokerId)?.Titel ?? naam;

        var secties = new List<RapportsectieGegevens>();
        foreach (var cluster in await ClustersAsync(cancellationToken))
        {
            if (cluster.Kokers.Count == 0)
            {
                secties.Add(new RapportsectieGegevens(cluster.Id, Titel(cluster.Id, null, cluster.Naam), cluster.Afkorting, cluster.Id, null));
                continue;
            }

            secties.AddRange(cluster.Kokers.Select(k => new RapportsectieGegevens(k.Id, Titel(cluster.Id, k.Id, k.Naam), null, cluster.Id, k.Id)));
        }

        return secties;
    }

    public async Task<IReadOnlyList<DirectieGegevens>> ActieveDirectiesAsync(DateOnly datum, CancellationToken cancellationToken = default) =>
        (await Directies(_ => true).ToListAsync(cancellationToken))
        .Where(d => d.IsActiefOp(datum))
        .OrderBy(d => d.Afkorting, IdCyclus.Shared.Nederlands.Sortering)
        .ToList();

    public async Task<DirectieGegevens?> DirectieAsync(Guid directieId, CancellationToken cancellationToken = default)
    {
        if (!_directies.TryGetValue(directieId, out var directie))
        {
            _directies[directieId] = directie = await DirectieMetId.Voor(db)(db, directieId, cancellationToken);
        }

        return directie;
    }

    public Task<DirectieGegevens?> DirectieMetAfkortingAsync(string afkorting, CancellationToken cancellationToken = default) =>
        Directies(d => d.Afkorting == afkorting).FirstOrDefaultAsync(cancellationToken);

    public Task<IReadOnlyList<RolGegevens>> TrekkersAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default) =>
        RolhoudersAsync(Rol.Trekker, datum, directieId, null, cancellationToken);

    public async Task<IReadOnlyList<RolGegevens>> TrekkerhistorieAsync(Guid directieId, CancellationToken cancellationToken = default) =>
        await Rollen(db.Roltoewijzingen.Where(r => r.Rol == Rol.Trekker && r.DirectieId == directieId).OrderBy(r => r.Van))
            .ToListAsync(cancellationToken);

    public async Task<PersoonGegevens?> DirecteurAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default) =>
        (await RolhoudersAsync(Rol.Directeur, datum, directieId, null, cancellationToken)).FirstOrDefault()?.Persoon;

    public async Task<PersoonGegevens?> ClusterdirecteurAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default) =>
        (await RolhoudersAsync(Rol.Clusterdirecteur, datum, null, clusterId, cancellationToken)).FirstOrDefault()?.Persoon;

    public async Task<PersoonGegevens?> AccounthouderAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default) =>
        (await RolhoudersAsync(Rol.Accounthouder, datum, null, clusterId, cancellationToken)).FirstOrDefault()?.Persoon;

    public async Task<IReadOnlyList<RolGegevens>> RolhoudersAsync(
        Rol rol, DateOnly datum, Guid? directieId = null, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        if (_rolhouders.TryGetValue((rol, datum, directieId, clusterId), out var bekend))
        {
            return bekend;
        }

        var houders = new List<RolGegevens>();
        await foreach (var houder in GeldigeRolhouders.Voor(db)(db, rol, datum, directieId, clusterId).WithCancellation(cancellationToken))
        {
            houders.Add(houder);
        }

        _rolhouders[(rol, datum, directieId, clusterId)] = houders.AsReadOnly();
        return houders.AsReadOnly();
    }

    public async Task<IReadOnlyList<RolGegevens>> RollenVanAsync(Guid persoonId, DateOnly datum, CancellationToken cancellationToken = default) =>
        await Rollen(db.Roltoewijzingen.Where(r => r.PersoonId == persoonId && r.Van <= datum && (r.Tot == null || r.Tot >= datum)))
            .ToListAsync(cancellationToken);

    public Task<PersoonGegevens?> PersoonAsync(Guid persoonId, CancellationToken cancellationToken = default) =>
        db.Personen.AsNoTracking().Where(p => p.Id == persoonId)
            .Select(p => new PersoonGegevens(p.Id, p.Naam, p.Email)).FirstOrDefaultAsync(cancellationToken);

    public Task<PersoonGegevens?> PersoonMetEmailAsync(string email, CancellationToken cancellationToken = default) =>
        db.Personen.AsNoTracking().Where(p => p.Email == email)
            .Select(p => new PersoonGegevens(p.Id, p.Naam, p.Email)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PersoonGegevens>> PersonenAsync(CancellationToken cancellationToken = default) =>
        (await db.Personen.AsNoTracking().Select(p => new PersoonGegevens(p.Id, p.Naam, p.Email)).ToListAsync(cancellationToken))
        .OrderBy(p => p.Naam, IdCyclus.Shared.Nederlands.Sortering)
        .ToList();

    private IQueryable<DirectieGegevens> Directies(Expression<Func<Directie, bool>> filter) =>
        db.Directies.AsNoTracking().Where(filter).Select(AlsDirectieGegevens);

    private static IQueryable<RolGegevens> Rollen(IQueryable<Roltoewijzing> query) => query.AsNoTracking().Select(AlsRolGegevens);

    private static readonly Expression<Func<Directie, DirectieGegevens>> AlsDirectieGegevens = d => new DirectieGegevens(
        d.Id, d.Afkorting, d.Naam, d.ClusterId, d.KokerId, d.ActiefVanaf, d.ActiefTot, d.OpgegaanIn == null ? null : d.OpgegaanIn.Afkorting);

    private static readonly Expression<Func<Roltoewijzing, RolGegevens>> AlsRolGegevens = r => new RolGegevens(
        r.Id, r.Rol, new PersoonGegevens(r.Persoon!.Id, r.Persoon.Naam, r.Persoon.Email), r.DirectieId, r.ClusterId, r.Van, r.Tot, r.UrenPerWeek);

    // The reads behind every task (the engine's rights check, the next task's candidates, the forms), each several times
    // per completed task, are compiled queries (one per model, PerModel): EF Core then skips building, hashing and
    // parameterising the expression on every call, which was 9 % of a simulated year (ADR 0039). EF Core drops a filter
    // whose parameter is null from the SQL it runs (one command per combination of null parameters), so each read stays
    // the plain query it was.
    private static readonly PerModel<Func<OrganisatieDbContext, Guid, CancellationToken, Task<DirectieGegevens?>>> DirectieMetId = new(() =>
        EF.CompileAsyncQuery((OrganisatieDbContext db, Guid id, CancellationToken ct) =>
            db.Directies.AsNoTracking().Where(d => d.Id == id).Select(AlsDirectieGegevens).FirstOrDefault()));

    private static readonly PerModel<Func<OrganisatieDbContext, Rol, DateOnly, Guid?, string?, IAsyncEnumerable<RolGegevens>>> GeldigeRolhouders =
        new(() => EF.CompileAsyncQuery((OrganisatieDbContext db, Rol rol, DateOnly datum, Guid? directie, string? cluster) =>
            db.Roltoewijzingen.AsNoTracking()
                .Where(r => r.Rol == rol && r.Van <= datum && (r.Tot == null || r.Tot >= datum))
                .Where(r => directie == null || r.DirectieId == directie)
                .Where(r => cluster == null || r.ClusterId == cluster)
                .OrderBy(r => r.Van)
                .Select(AlsRolGegevens)));
}
