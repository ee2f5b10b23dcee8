using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Persistence;

/// <summary>
/// The engine's reads by key, which every completed task, fired timer and started step makes several times over, as
/// compiled queries (one per model, <see cref="PerModel{TQuery}"/>): EF Core then skips building, hashing and
/// parameterising the expression on every call (ADR 0039). Tracked, as the queries they replace: the engine changes what
/// it reads and saves it in the same transaction.
/// </summary>
internal static class Opzoeken
{
    public static Task<Taak?> TaakAsync(WorkflowDbContext db, Guid id, CancellationToken ct) => TaakMetId.Voor(db)(db, id, ct);

    public static Task<Instantie> InstantieAsync(WorkflowDbContext db, Guid id, CancellationToken ct) => InstantieMetId.Voor(db)(db, id, ct);

    public static IAsyncEnumerable<StapStatus> Stappen(WorkflowDbContext db, Guid instantieId) => StappenVan.Voor(db)(db, instantieId);

    /// <summary>Read only: a fired timer is claimed with its own update, not through the change tracker.</summary>
    public static Task<Timer> TimerAsync(WorkflowDbContext db, Guid id, CancellationToken ct) => TimerMetId.Voor(db)(db, id, ct);

    private static readonly PerModel<Func<WorkflowDbContext, Guid, CancellationToken, Task<Taak?>>> TaakMetId = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) => db.Taken.FirstOrDefault(t => t.Id == id)));

    private static readonly PerModel<Func<WorkflowDbContext, Guid, CancellationToken, Task<Instantie>>> InstantieMetId = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) => db.Instanties.First(i => i.Id == id)));

    private static readonly PerModel<Func<WorkflowDbContext, Guid, IAsyncEnumerable<StapStatus>>> StappenVan = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid instantieId) => db.Stappen.Where(s => s.InstantieId == instantieId)));

    private static readonly PerModel<Func<WorkflowDbContext, Guid, CancellationToken, Task<Timer>>> TimerMetId = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) => db.Timers.AsNoTracking().First(t => t.Id == id)));
}
