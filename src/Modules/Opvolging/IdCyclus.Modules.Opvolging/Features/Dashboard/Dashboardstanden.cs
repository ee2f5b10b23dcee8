using IdCyclus.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// The dashboard as <see cref="Dashboardgegevens"/> composes it, kept per year asked, day and visible clusters under
/// the database's change stamp (ADR 0030). Any commit (an agreement recorded, a trekker appointed through Organisatie's
/// event, a plan approved, scores or indicators imported, a norm changed) changes the stamp, so the next read composes
/// it again; a quiet dashboard costs one stamp query instead of a dozen module queries. Filters work on the kept stand.
/// </summary>
internal sealed class Dashboardstanden(IServiceProvider diensten, Stempelcache<Dashboardstanden.Sleutel, Dashboardstand> cache)
{
    /// <param name="Zichtbaar">The visible clusters, sorted and joined; null for the whole municipality.</param>
    internal sealed record Sleutel(int? Jaar, DateOnly Vandaag, string? Zichtbaar);

    public Task<Dashboardstand> LeesAsync(int? jaar, DateOnly vandaag, IReadOnlySet<string>? zichtbaar, CancellationToken ct)
    {
        var sleutel = new Sleutel(jaar, vandaag, zichtbaar is null ? null : string.Join('\n', zichtbaar.Order(StringComparer.Ordinal)));

        // The composer and its six Contracts readers are resolved only on a miss: on a hit they would cost more than the read.
        return cache.LeesAsync(
            sleutel,
            () => diensten.GetRequiredService<Dashboardgegevens>().LeesAsync(jaar, vandaag, zichtbaar, CancellationToken.None),
            ct);
    }
}
