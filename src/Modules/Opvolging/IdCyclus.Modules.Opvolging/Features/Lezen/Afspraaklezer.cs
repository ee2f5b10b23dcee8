using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Lezen;

/// <summary>An agreement with what a reader needs: the stored row, the rules' view of it and its status today.</summary>
internal sealed record Afspraakweergave(Afspraakrij Rij, Afspraak Afspraak, Afspraakstatus Status)
{
    public string Titel => Afspraakteksten.Titel(Rij.Soort, Rij.MinimaleUren, Rij.Omschrijving);
}

/// <summary>Reads agreements for the pages and for other modules; the status always follows from the rules on today's date.</summary>
internal sealed class Afspraaklezer(OpvolgingDbContext db, TimeProvider klok) : IOpvolgingQueries
{
    /// <remarks>The register is small (a few agreements per directie per year), so it is filtered in memory after one read.</remarks>
    public async Task<IReadOnlyList<Afspraakweergave>> LijstAsync(Func<Afspraakrij, bool> zichtbaar, DateOnly vandaag, CancellationToken ct)
    {
        var rijen = (await db.Afspraken.AsNoTracking().ToListAsync(ct)).Where(zichtbaar).ToList();
        var ids = rijen.Select(r => r.Id).ToHashSet();
        var verschuivingen = (await db.Gebeurtenissen.AsNoTracking().Where(g => g.Soort == Gebeurtenissoort.Verschoven).OrderBy(g => g.Id).ToListAsync(ct))
            .Where(g => ids.Contains(g.AfspraakId))
            .ToLookup(g => g.AfspraakId, Afspraakopslag.Verschuiving);
        return rijen
            .Select(r => Weergave(r, verschuivingen[r.Id].ToList(), vandaag))
            .OrderBy(w => w.Rij.HuidigeDeadline)
            .ThenBy(w => w.Rij.DirectieNaam, Nederlands.Sortering)
            .ToList();
    }

    public async Task<(Afspraakweergave Afspraak, IReadOnlyList<Afspraakgebeurtenis> Historie)?> LeesAsync(Guid id, CancellationToken ct)
    {
        var rij = await db.Afspraken.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (rij is null)
        {
            return null;
        }

        var historie = await db.Gebeurtenissen.AsNoTracking().Where(g => g.AfspraakId == id).OrderBy(g => g.Id).ToListAsync(ct);
        var verschuivingen = historie.Where(g => g.Soort == Gebeurtenissoort.Verschoven).Select(Afspraakopslag.Verschuiving).ToList();
        return (Weergave(rij, verschuivingen, klok.Vandaag()), historie);
    }

    public async Task<IReadOnlyList<AfspraakGegevens>> AfsprakenAsync(
        IReadOnlyCollection<Guid>? directies,
        DateOnly datum,
        CancellationToken cancellationToken = default) =>
        (await LijstAsync(r => directies is null || directies.Contains(r.DirectieId), datum, cancellationToken))
            .Select(w => new AfspraakGegevens(
                w.Rij.Id, w.Rij.DirectieId, w.Rij.Soort.ToString(), w.Titel, w.Rij.EigenaarPersoonId,
                w.Rij.OorspronkelijkeDeadline, w.Rij.HuidigeDeadline, Afspraakteksten.Code(w.Status)))
            .ToList();

    public async Task<decimal?> MinimaleTrekkerurenAsync(Guid afspraakId, CancellationToken cancellationToken = default) =>
        await db.Afspraken.AsNoTracking().Where(a => a.Id == afspraakId && a.Soort == Afspraaksoort.TrekkerBenoemd)
            .Select(a => a.MinimaleUren).FirstOrDefaultAsync(cancellationToken);

    private static Afspraakweergave Weergave(Afspraakrij rij, IReadOnlyList<Deadlineverschuiving> verschuivingen, DateOnly vandaag)
    {
        var afspraak = Afspraakopslag.Naar(rij, verschuivingen);
        return new Afspraakweergave(rij, afspraak, afspraak.Status(vandaag));
    }
}
