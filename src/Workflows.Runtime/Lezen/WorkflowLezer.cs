using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Lezen;

/// <summary>Reads the runtime's tables without tracking and copies rows into the public records.</summary>
internal sealed class WorkflowLezer(WorkflowDbContext db, IOptions<WorkflowOpties> opties) : IWorkflowLezer
{
    public async Task<WorkflowTaak?> TaakAsync(Guid taakId, CancellationToken ct) =>
        (await TakenMetNaamAsync(db.Taken.AsNoTracking().Where(t => t.Id == taakId), ct)).FirstOrDefault();

    public async Task<IReadOnlyList<WorkflowTaak>> TakenAsync(TaakVraag vraag, CancellationToken ct)
    {
        var query = db.Taken.AsNoTracking();
        if (!vraag.OokAfgerond)
        {
            query = query.Where(t => t.Status != TaakStatus.Voltooid && t.Status != TaakStatus.Geannuleerd);
        }

        if (vraag.DeadlineVoorUtc is { } voor)
        {
            query = query.Where(t => t.DeadlineUtc < voor);
        }

        if (vraag.DeadlineUiterlijkUtc is { } uiterlijk)
        {
            query = query.Where(t => t.DeadlineUtc <= uiterlijk);
        }

        if (vraag.Instanties is { } instanties)
        {
            query = query.Where(t => instanties.Contains(t.InstantieId));
        }

        if (vraag.Formulier is { } formulier)
        {
            query = query.Where(t => t.Formulier == formulier);
        }

        if (vraag.Bereik is { } bereik)
        {
            query = query.Where(t => t.Bereik == bereik);
        }

        var taken = await TakenMetNaamAsync(query.OrderBy(t => t.DeadlineUtc), ct);
        return taken
            // Candidates are stored as a list column; a person's inbox is small, so it is filtered here.
            .Where(t => vraag.Persoon is not { } id || t.ToegewezenAan == id || t.Kandidaten.Contains(id))
            .Where(t => vraag.DefinitieId is null || t.DefinitieId == vraag.DefinitieId)
            .ToList();
    }

    public async Task<WorkflowInstantie?> InstantieAsync(Guid instantieId, CancellationToken ct) =>
        (await db.Instanties.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instantieId, ct))?.AlsRecord();

    public async Task<IReadOnlyList<WorkflowInstantie>> InstantiesAsync(InstantieVraag vraag, CancellationToken ct)
    {
        var query = db.Instanties.AsNoTracking();
        if (vraag.AlleenHoofd)
        {
            query = query.Where(i => i.OuderId == null);
        }

        if (vraag.Ouders is { } ouders)
        {
            query = query.Where(i => i.OuderId != null && ouders.Contains(i.OuderId.Value));
        }

        if (vraag.OuderStappen is { } stappen)
        {
            query = query.Where(i => i.OuderStapId != null && stappen.Contains(i.OuderStapId));
        }

        if (vraag.DefinitieId is { } id)
        {
            query = query.Where(i => i.DefinitieId == id);
        }

        if (vraag.DefinitieIdBegintMet is { } prefix)
        {
            query = query.Where(i => i.DefinitieId.StartsWith(prefix));
        }

        if (vraag.UniekeSleutel is { } sleutel)
        {
            query = query.Where(i => i.UniekeSleutel == sleutel);
        }

        query = vraag.NieuwsteEerst ? query.OrderByDescending(i => i.GestartOpUtc) : query.OrderBy(i => i.GestartOpUtc);
        if (vraag.Maximum is { } maximum)
        {
            query = query.Take(maximum);
        }

        return (await query.ToListAsync(ct)).Select(i => i.AlsRecord()).ToList();
    }

    public async Task<IReadOnlyList<WorkflowStap>> StappenAsync(IReadOnlyCollection<Guid> instantieIds, CancellationToken ct) =>
        (await db.Stappen.AsNoTracking().Where(s => instantieIds.Contains(s.InstantieId)).ToListAsync(ct))
        .Select(s => new WorkflowStap(s.InstantieId, s.StapId, s.Toestand, s.GestartOpUtc, s.VoltooidOpUtc)).ToList();

    public async Task<IReadOnlyList<WorkflowGebeurtenis>> HistorieAsync(HistorieVraag vraag, CancellationToken ct)
    {
        var query = db.Gebeurtenissen.AsNoTracking();
        if (vraag.Instanties is { } instanties)
        {
            query = query.Where(g => instanties.Contains(g.InstantieId));
        }

        if (vraag.TaakId is { } taakId)
        {
            query = query.Where(g => g.TaakId == taakId);
        }

        // The id is assigned in the order the engine wrote the lines, so it is the causal order within one moment too.
        query = vraag.NieuwsteEerst ? query.OrderByDescending(g => g.Id) : query.OrderBy(g => g.Id);
        if (vraag.Maximum is { } maximum)
        {
            query = query.Take(maximum);
        }

        return (await query.ToListAsync(ct))
            .Select(g => new WorkflowGebeurtenis(g.Id, g.InstantieId, g.TaakId, g.StapId, g.MomentUtc, g.Door, g.Soort, g.Omschrijving)).ToList();
    }

    public async Task<IReadOnlyList<WorkflowOpmerking>> OpmerkingenAsync(Guid taakId, CancellationToken ct) =>
        (await db.Opmerkingen.AsNoTracking().Where(o => o.TaakId == taakId).OrderBy(o => o.MomentUtc).ToListAsync(ct))
        .Select(o => new WorkflowOpmerking(o.Id, o.TaakId, o.DoorId, o.DoorNaam, o.MomentUtc, o.Tekst)).ToList();

    public async Task<IReadOnlyList<WorkflowBericht>> BerichtenAsync(BerichtVraag vraag, CancellationToken ct)
    {
        var query = db.Berichten.AsNoTracking().Where(b => b.Kanaal == vraag.Kanaal);
        if (vraag.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }

        if (vraag.Ontvanger is { } ontvanger)
        {
            query = query.Where(b => b.OntvangerId == ontvanger);
        }

        return (await query.OrderByDescending(b => b.AangemaaktOpUtc).ThenBy(b => b.OntvangerNaam).Take(vraag.Maximum).ToListAsync(ct))
            .Select(b => b.AlsRecord()).ToList();
    }

    public async Task<IReadOnlyList<WorkflowIncident>> IncidentenAsync(CancellationToken ct)
    {
        var maximum = opties.Value.MaxPogingen;
        return (await db.Outbox.AsNoTracking().Where(o => o.VerwerktOpUtc == null && o.Pogingen >= maximum)
                .OrderBy(o => o.AangemaaktOpUtc).ThenBy(o => o.Id).ToListAsync(ct))
            .Select(o => new WorkflowIncident(o.Id, o.Sleutel, o.Type, o.AangemaaktOpUtc, o.Pogingen, o.LaatsteFout)).ToList();
    }

    public async Task<WorkflowDefinitieVersie?> DefinitieAsync(string definitieId, int? versie, CancellationToken ct) =>
        (await db.Definities.AsNoTracking()
            .Where(d => d.DefinitieId == definitieId && (versie == null || d.Versie == versie))
            .OrderByDescending(d => d.Versie).FirstOrDefaultAsync(ct))?.AlsRecord();

    public async Task<IReadOnlyList<WorkflowDefinitieVersie>> DefinitiesAsync(string? idBegintMet, CancellationToken ct)
    {
        var query = db.Definities.AsNoTracking();
        if (idBegintMet is not null)
        {
            query = query.Where(d => d.DefinitieId.StartsWith(idBegintMet));
        }

        return (await query.OrderBy(d => d.DefinitieId).ThenBy(d => d.Versie).ToListAsync(ct)).Select(d => d.AlsRecord()).ToList();
    }

    public async Task<IReadOnlyList<(string Id, string Naam)>> DefinitienamenAsync(CancellationToken ct) =>
        (await db.Definities.AsNoTracking().OrderBy(d => d.DefinitieId).ThenBy(d => d.Versie).Select(d => new { d.DefinitieId, d.Naam }).ToListAsync(ct))
        .Select(d => (d.DefinitieId, d.Naam)).Distinct().ToList();

    public async Task<DateTimeOffset?> VolgendWerkAsync(DateTimeOffset na, CancellationToken ct)
    {
        var grens = na.UtcDateTime;
        var timer = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Gepland)
            .OrderBy(t => t.MomentUtc).Select(t => (DateTime?)t.MomentUtc).FirstOrDefaultAsync(ct);
        var mail = await db.Berichten.AsNoTracking().Where(b => b.Status == BerichtStatus.Wachtrij && b.VolgendePogingUtc > grens)
            .OrderBy(b => b.VolgendePogingUtc).Select(b => (DateTime?)b.VolgendePogingUtc).FirstOrDefaultAsync(ct);
        var eerste = new[] { timer, mail }.Where(m => m is not null).DefaultIfEmpty().Min();
        return eerste is { } moment ? new DateTimeOffset(DateTime.SpecifyKind(moment, DateTimeKind.Utc)) : null;
    }

    /// <summary>Tasks with the name of the workflow (definition version) they belong to.</summary>
    private async Task<List<WorkflowTaak>> TakenMetNaamAsync(IQueryable<Taak> query, CancellationToken ct)
    {
        var taken = await query.ToListAsync(ct);
        var instanties = taken.Select(t => t.InstantieId).Distinct().ToList();
        var definities = await db.Instanties.AsNoTracking().Where(i => instanties.Contains(i.Id))
            .Join(db.Definities.AsNoTracking(), i => new { Id = i.DefinitieId, V = i.DefinitieVersie }, d => new { Id = d.DefinitieId, V = d.Versie },
                (i, d) => new { i.Id, d.DefinitieId, d.Naam })
            .ToDictionaryAsync(x => x.Id, ct);
        return taken.Select(t => t.AlsRecord(definities[t.InstantieId].DefinitieId, definities[t.InstantieId].Naam)).ToList();
    }
}
