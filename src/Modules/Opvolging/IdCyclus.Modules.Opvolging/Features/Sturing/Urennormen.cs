using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Sturing;

/// <summary>The hours norm of a report year with its version: the GMT's own when recorded, else the report's recommendation (version 0).</summary>
internal sealed record GeldendeUrennorm(Urennorm Norm, int Versie);

/// <summary>
/// Reads the norm the sturing page and the GMT dashboard judge trekkers by. One row per report year at most, so the
/// dashboard pays one small query whatever the size of the organisation.
/// </summary>
internal sealed class Urennormen(OpvolgingDbContext db)
{
    public async Task<GeldendeUrennorm> VoorJaarAsync(int rapportjaar, CancellationToken ct) =>
        await db.Urennormen.AsNoTracking().FirstOrDefaultAsync(n => n.Rapportjaar == rapportjaar, ct) is { } rij
            ? new GeldendeUrennorm(new Urennorm(rij.Uren, rapportjaar, rij.VastgesteldOp), rij.Versie)
            : new GeldendeUrennorm(Urennorm.Aanbeveling(rapportjaar), 0);

    /// <summary>The GMT's latest norm (of the latest report year that has one), else the recommendation of this year's report.</summary>
    public async Task<Urennorm> LaatsteAsync(int ditJaar, CancellationToken ct) =>
        await db.Urennormen.AsNoTracking().OrderByDescending(n => n.Rapportjaar).FirstOrDefaultAsync(ct) is { } rij
            ? new Urennorm(rij.Uren, rij.Rapportjaar, rij.VastgesteldOp)
            : Urennorm.Aanbeveling(ditJaar);
}
