using System.Collections.Concurrent;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Published definitions as read plans, parsed once per process and per database. A published version never changes,
/// so caching it is safe; the key includes the database because one process can serve several (tests, the simulation
/// next to a host), and the same id and version may carry different JSON in each.
/// </summary>
internal sealed class Plannen(WorkflowDbContext db)
{
    private static readonly ConcurrentDictionary<(string Database, string Id, int Versie), WorkflowDefinitie> Gelezen = new();

    private string Database => db.Database.GetConnectionString() ?? "";

    /// <summary>A published version; null when it was never published.</summary>
    public async Task<WorkflowDefinitie?> DefinitieAsync(string definitieId, int versie, CancellationToken ct)
    {
        if (Gelezen.TryGetValue((Database, definitieId, versie), out var plan))
        {
            return plan;
        }

        var definitie = await db.Definities.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitieId == definitieId && d.Versie == versie, ct);
        return definitie is null ? null : Van(definitie);
    }

    public async Task<WorkflowDefinitie> VanInstantieAsync(Instantie instantie, CancellationToken ct) =>
        await DefinitieAsync(instantie.DefinitieId, instantie.DefinitieVersie, ct)
        ?? throw new InvalidOperationException($"Definitie {instantie.DefinitieId} versie {instantie.DefinitieVersie} is niet gepubliceerd.");

    /// <summary>Published definitions were validated when published; reading one again fails only if the table was edited by hand.</summary>
    public WorkflowDefinitie Van(GepubliceerdeDefinitie definitie) =>
        Gelezen.GetOrAdd((Database, definitie.DefinitieId, definitie.Versie), _ =>
            WorkflowDefinitieLezer.Lees(definitie.Json) is { IsGeldig: true, Definitie: { } gelezen }
                ? gelezen
                : throw new InvalidOperationException($"Gepubliceerde definitie {definitie.DefinitieId} versie {definitie.Versie} is niet (meer) geldig."));
}
