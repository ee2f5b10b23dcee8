namespace IdCyclus.Shared.Integratie;

/// <summary>
/// An event a module raised that failed every delivery attempt (<see cref="ModuleOutbox{TContext}.MaxPogingen"/>): it
/// stays in the module's outbox with its last error until someone solves the cause.
/// </summary>
/// <param name="Module">The module whose outbox holds it, e.g. "Organisatie".</param>
public sealed record ModuleOutboxIncident(
    string Module, Guid Id, string Type, string Sleutel, DateTime AangemaaktOpUtc, int Pogingen, string? LaatsteFout);

/// <summary>
/// The incidents of every module outbox, for Bureau's overview of messages: each module's outbox answers for its own
/// table, so the page that shows them reads no module's tables.
/// </summary>
public sealed class ModuleOutboxIncidenten(IEnumerable<IModuleOutbox> outboxen)
{
    /// <summary>Oldest first, at most <paramref name="maximum"/> per module.</summary>
    public async Task<IReadOnlyList<ModuleOutboxIncident>> LeesAsync(int maximum, CancellationToken ct)
    {
        var alle = new List<ModuleOutboxIncident>();
        foreach (var outbox in outboxen)
        {
            alle.AddRange(await outbox.IncidentenAsync(maximum, ct));
        }

        return alle.OrderBy(i => i.AangemaaktOpUtc).ThenBy(i => i.Module, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Puts the failed event with this id back for the next delivery round, in whichever module's outbox holds it;
    /// false when none holds it as failed.
    /// </summary>
    public async Task<bool> OpnieuwAsync(Guid id, CancellationToken ct)
    {
        foreach (var outbox in outboxen)
        {
            if (await outbox.OpnieuwAsync(id, ct))
            {
                return true;
            }
        }

        return false;
    }
}
