using System.Globalization;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Features.Lezen;

/// <summary>Read models for the module's own pages. The data set is small (tens of directies), so it is shaped in memory.</summary>
internal sealed class OrganisatieLezer(OrganisatieDbContext db)
{
    public static readonly StringComparer Sortering = IdCyclus.Shared.Nederlands.Sortering;

    public async Task<IReadOnlyList<ClusterBlok>> ClusteroverzichtAsync(DateOnly peildatum, Func<string, bool> zichtbaar, CancellationToken ct)
    {
        var clusters = (await db.Clusters.AsNoTracking().Include(c => c.Kokers).ToListAsync(ct)).Where(c => zichtbaar(c.Id)).ToList();
        var directies = await db.Directies.AsNoTracking().ToListAsync(ct);
        var rollen = await RollenOpAsync(peildatum, ct);
        var opmerkingen = await db.Bronopmerkingen.AsNoTracking().Where(o => o.ClusterId != null).ToListAsync(ct);

        return clusters.OrderBy(c => c.Naam, Sortering).Select(cluster =>
        {
            var eigen = directies.Where(d => d.ClusterId == cluster.Id).ToList();
            var rijen = eigen.Where(d => d.IsActiefOp(peildatum))
                .OrderBy(d => cluster.Kokers.FirstOrDefault(k => k.Id == d.KokerId)?.Naam ?? "", Sortering)
                .ThenBy(d => d.Afkorting, Sortering)
                .Select(d => new DirectieRij(
                    d.Id,
                    d.Weergavenaam,
                    cluster.Kokers.FirstOrDefault(k => k.Id == d.KokerId)?.Naam,
                    rollen.Where(r => r.Rol == Rol.Trekker && r.DirectieId == d.Id).ToList(),
                    rollen.FirstOrDefault(r => r.Rol == Rol.Directeur && r.DirectieId == d.Id)?.Persoon?.Naam))
                .ToList();
            var nietActief = eigen.Where(d => !d.IsActiefOp(peildatum))
                .Select(d => new NietActieveDirectie(d.Id, d.Weergavenaam, d.ActiefVanaf, d.ActiefTot,
                    directies.FirstOrDefault(o => o.Id == d.OpgegaanInId)?.Afkorting))
                .ToList();
            return new ClusterBlok(
                cluster.Id,
                cluster.Weergavenaam,
                rollen.FirstOrDefault(r => r.Rol == Rol.Clusterdirecteur && r.ClusterId == cluster.Id)?.Persoon?.Naam,
                rollen.FirstOrDefault(r => r.Rol == Rol.Accounthouder && r.ClusterId == cluster.Id)?.Persoon?.Naam,
                rijen,
                nietActief,
                opmerkingen.Where(o => o.ClusterId == cluster.Id).Select(o => o.Tekst).ToList());
        }).ToList();
    }

    public async Task<DirectieDetail?> DirectieAsync(Guid id, DateOnly vandaag, CancellationToken ct)
    {
        var directie = await db.Directies.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (directie is null)
        {
            return null;
        }

        var cluster = await db.Clusters.AsNoTracking().Include(c => c.Kokers).FirstAsync(c => c.Id == directie.ClusterId, ct);
        var opvolger = directie.OpgegaanInId is { } o ? await db.Directies.AsNoTracking().FirstOrDefaultAsync(d => d.Id == o, ct) : null;
        var toewijzingen = await db.Roltoewijzingen.AsNoTracking().Include(r => r.Persoon)
            .Where(r => r.DirectieId == id).ToListAsync(ct);
        var audit = await db.AuditRegels.AsNoTracking().Where(a => a.DirectieId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        var opmerkingen = await db.Bronopmerkingen.AsNoTracking().Where(b => b.DirectieId == id).Select(b => b.Tekst).ToListAsync(ct);

        return new DirectieDetail(
            directie,
            cluster,
            cluster.Kokers.FirstOrDefault(k => k.Id == directie.KokerId)?.Naam,
            opvolger?.Weergavenaam,
            toewijzingen.Where(r => r.Rol == Rol.Trekker).OrderBy(r => r.Van).ToList(),
            toewijzingen.Where(r => r.IsActiefOp(vandaag)).OrderBy(r => r.Rol).ThenBy(r => r.Persoon!.Naam, Sortering).ToList(),
            toewijzingen.Where(r => !r.IsActiefOp(vandaag)).OrderByDescending(r => r.Van).ToList(),
            audit,
            opmerkingen);
    }

    public async Task<ClusterDetail?> ClusterAsync(string id, DateOnly vandaag, CancellationToken ct)
    {
        var cluster = await db.Clusters.AsNoTracking().Include(c => c.Kokers).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return null;
        }

        var toewijzingen = await db.Roltoewijzingen.AsNoTracking().Include(r => r.Persoon).Where(r => r.ClusterId == id).ToListAsync(ct);
        var audit = await db.AuditRegels.AsNoTracking().Where(a => a.ClusterId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        return new ClusterDetail(
            cluster,
            toewijzingen.Where(r => r.IsActiefOp(vandaag)).OrderBy(r => r.Rol).ToList(),
            toewijzingen.Where(r => !r.IsActiefOp(vandaag)).OrderByDescending(r => r.Van).ToList(),
            audit);
    }

    public async Task<IReadOnlyList<PersoonMetRollen>> PersonenAsync(DateOnly vandaag, CancellationToken ct)
    {
        var personen = await db.Personen.AsNoTracking().ToListAsync(ct);
        var rollen = await RollenOpAsync(vandaag, ct);
        var directies = await db.Directies.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Afkorting, ct);
        var clusters = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Naam, ct);
        return personen.OrderBy(p => p.Naam, Sortering).Select(p => new PersoonMetRollen(
                p,
                rollen.Where(r => r.PersoonId == p.Id)
                    .Select(r => r.Rol.Naam() + (r.DirectieId is { } d ? $" {directies[d]}" : r.ClusterId is { } c ? $" {clusters[c]}" : ""))
                    .OrderBy(t => t, Sortering)
                    .ToList()))
            .ToList();
    }

    /// <summary>Changes to municipality-wide roles (Bureau, GMT, werkgroep), which belong to no directie or cluster page.</summary>
    public async Task<IReadOnlyList<AuditRegel>> GemeenteAuditAsync(CancellationToken ct) =>
        await db.AuditRegels.AsNoTracking().Where(a => a.DirectieId == null && a.ClusterId == null)
            .OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);

    public Task<List<Persoon>> AllePersonenAsync(CancellationToken ct) =>
        db.Personen.AsNoTracking().OrderBy(p => p.Naam).ToListAsync(ct);

    public Task<Roltoewijzing?> ToewijzingAsync(Guid id, CancellationToken ct) =>
        db.Roltoewijzingen.AsNoTracking().Include(r => r.Persoon).FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<Directie?> DirectieEntiteitAsync(Guid id, CancellationToken ct) =>
        db.Directies.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    public Task<Cluster?> ClusterEntiteitAsync(string id, CancellationToken ct) =>
        db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    private async Task<List<Roltoewijzing>> RollenOpAsync(DateOnly datum, CancellationToken ct) =>
        await db.Roltoewijzingen.AsNoTracking().Include(r => r.Persoon)
            .Where(r => r.Van <= datum && (r.Tot == null || r.Tot >= datum)).ToListAsync(ct);
}

internal sealed record ClusterBlok(
    string Id,
    string Naam,
    string? Clusterdirecteur,
    string? Accounthouder,
    IReadOnlyList<DirectieRij> Directies,
    IReadOnlyList<NietActieveDirectie> NietActief,
    IReadOnlyList<string> Opmerkingen);

internal sealed record DirectieRij(Guid Id, string Naam, string? Koker, IReadOnlyList<Roltoewijzing> Trekkers, string? Directeur);

internal sealed record NietActieveDirectie(Guid Id, string Naam, DateOnly? Vanaf, DateOnly? Tot, string? OpgegaanIn);

internal sealed record DirectieDetail(
    Directie Directie,
    Cluster Cluster,
    string? Koker,
    string? OpgegaanIn,
    IReadOnlyList<Roltoewijzing> Trekkerhistorie,
    IReadOnlyList<Roltoewijzing> HuidigeRollen,
    IReadOnlyList<Roltoewijzing> EerdereRollen,
    IReadOnlyList<AuditRegel> Audit,
    IReadOnlyList<string> Opmerkingen);

internal sealed record ClusterDetail(
    Cluster Cluster, IReadOnlyList<Roltoewijzing> HuidigeRollen, IReadOnlyList<Roltoewijzing> EerdereRollen, IReadOnlyList<AuditRegel> Audit);

internal sealed record PersoonMetRollen(Persoon Persoon, IReadOnlyList<string> Rollen);
