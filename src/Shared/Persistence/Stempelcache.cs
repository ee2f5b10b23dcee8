using System.Collections.Concurrent;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// Keeps a read model per key for as long as the database's <see cref="IWijzigingsstempel"/> has not changed (ADR 0030):
/// never by time, so a change someone just saved, on this host or another, is on the very next read. The stamp is read
/// before the data, so a commit during a load only costs one more load. Requests that miss at the same moment share one
/// load. A value is handed to every reader: it must be immutable (records and read-only lists).
/// Registered as a singleton per read model; without a stamp (SQL Server) it loads on every read.
/// </summary>
public sealed class Stempelcache<TSleutel, TWaarde>(IWijzigingsstempel stempel)
    where TSleutel : notnull
{
    /// <summary>More keys than this (people × filters) and the cache starts again empty; it is a cache, not a store.</summary>
    public const int MaximumSleutels = 2000;

    private readonly ConcurrentDictionary<TSleutel, Regel> _regels = new();

    /// <summary>The value for the key, loaded with <paramref name="laad"/> when the stamp changed since it was kept.</summary>
    public async Task<TWaarde> LeesAsync(TSleutel sleutel, Func<Task<TWaarde>> laad, CancellationToken ct)
    {
        if (await stempel.LeesAsync(ct) is not { } nu)
        {
            return await laad();
        }

        for (var poging = 0; ; poging++)
        {
            if (_regels.TryGetValue(sleutel, out var bestaand) && bestaand.Stempel == nu)
            {
                try
                {
                    return await bestaand.Bron.Task;
                }
                catch (Exception) when (poging < 3)
                {
                    // Another request's load failed (or was cancelled with that request); this one tries itself.
                    continue;
                }
            }

            if (_regels.Count >= MaximumSleutels)
            {
                _regels.Clear();
            }

            var nieuw = new Regel(nu);
            if (bestaand is null ? !_regels.TryAdd(sleutel, nieuw) : !_regels.TryUpdate(sleutel, nieuw, bestaand))
            {
                continue;
            }

            try
            {
                var waarde = await laad();
                nieuw.Bron.SetResult(waarde);
                return waarde;
            }
            catch (Exception ex)
            {
                _regels.TryRemove(KeyValuePair.Create(sleutel, nieuw));
                nieuw.Bron.SetException(ex);
                throw;
            }
        }
    }

    private sealed class Regel(string stempel)
    {
        public string Stempel { get; } = stempel;

        public TaskCompletionSource<TWaarde> Bron { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
