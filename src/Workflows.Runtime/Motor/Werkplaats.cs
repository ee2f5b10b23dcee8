using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// What every part of the engine shares within one operation: the database context (one transaction), the clock, and
/// the small writes they all make: a history line, a timer, a message to the people behind a task.
/// </summary>
internal sealed class Werkplaats(
    WorkflowDbContext db, TimeProvider klok, IRolResolver rollen, IEnumerable<IBerichtSjablonen> sjablonen, IOptions<WorkflowOpties> opties)
{
    public WorkflowDbContext Db => db;

    public IRolResolver Rollen => rollen;

    public IBerichtSjablonen Sjablonen { get; } = new AlleSjablonen(sjablonen);

    public WorkflowOpties Opties => opties.Value;

    public TimeProvider Klok => klok;

    public DateTime Nu => klok.GetUtcNow().UtcDateTime;

    public DateOnly Vandaag => klok.Vandaag();

    public void Historie(Guid instantieId, Guid? taakId, string? stapId, string door, string soort, string omschrijving) =>
        db.Gebeurtenissen.Add(new Gebeurtenis
        {
            InstantieId = instantieId, TaakId = taakId, StapId = stapId, MomentUtc = Nu, Door = door, Soort = soort, Omschrijving = omschrijving,
        });

    public void Plan(Guid instantieId, Guid? taakId, string stapId, TimerSoort soort, int niveau, DateTimeOffset moment) =>
        db.Timers.Add(new Persistence.Timer
        {
            Sleutel = $"{instantieId:N}:{stapId}:{taakId:N}:{soort}:{niveau}:{moment.UtcDateTime:yyyyMMddHHmm}",
            Soort = soort,
            InstantieId = instantieId,
            TaakId = taakId,
            StapId = stapId,
            Niveau = niveau,
            MomentUtc = moment.UtcDateTime,
        });

    /// <summary>
    /// One statement in the operation's transaction instead of loading each planned timer and updating it by its key: a
    /// task has its deadline, reminders and escalation rungs planned, and every completion retires them. Timers planned
    /// by this operation are not saved yet, so, as before, they are left alone.
    /// </summary>
    public async Task VervalTimersAsync(Guid taakId, CancellationToken ct) =>
        await db.Timers.Where(t => t.TaakId == taakId && t.Status == TimerStatus.Gepland)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Vervallen), ct);

    public void Voltooi(StapStatus status)
    {
        status.Toestand = StapToestand.Voltooid;
        status.VoltooidOpUtc = Nu;
    }

    /// <summary>The people to remind about a task: its assignee, or else every candidate.</summary>
    public async Task<IReadOnlyList<WorkflowPersoon>> BehandelaarsAsync(Taak taak, CancellationToken ct)
    {
        var ids = taak.ToegewezenAan is { } id ? [id] : taak.Kandidaten;
        var mensen = await rollen.ResolveAsync(taak.Rol, taak.Bereik, Vandaag, ct);
        var bekend = mensen.Where(m => ids.Contains(m.Id)).ToList();
        // Someone delegated to or escalated to may no longer hold the role; the runtime still knows them by earlier messages.
        foreach (var ontbrekend in ids.Where(i => bekend.All(b => b.Id != i)))
        {
            var eerder = await db.Berichten.AsNoTracking().Where(b => b.OntvangerId == ontbrekend)
                .Select(b => new { b.OntvangerNaam, b.OntvangerAdres }).FirstOrDefaultAsync(ct);
            if (eerder is not null)
            {
                bekend.Add(new WorkflowPersoon(ontbrekend, eerder.OntvangerNaam, eerder.OntvangerAdres));
            }
        }

        return bekend;
    }

    /// <summary>A mail names the workflow as people know it (the definition's name), never by its technical id.</summary>
    public BerichtGegevens Gegevens(WorkflowPersoon p, Taak taak, string workflowNaam, int niveau, string? oorspronkelijk) =>
        new(p.Naam, workflowNaam, taak.Titel, taak.BereikOmschrijving,
            taak.DeadlineUtc is { } deadline ? new DateTimeOffset(deadline, TimeSpan.Zero) : null, Link(taak), niveau, oorspronkelijk);

    public string Link(Taak taak) => $"{Opties.BasisUrl.TrimEnd('/')}/taken/{taak.Id}";

    public static string Tekst(DateTimeOffset moment) => Nederlands.Moment(moment.UtcDateTime);

    public static string Tekst(DateTime utc) => Tekst(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
