using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Toegang.Features.Logboek;

/// <summary>What Bureau asks of the sign-in log: optionally one person, optionally a period of Amsterdam days, one page.</summary>
internal sealed record Logboekfilter(Guid? PersoonId, DateOnly? Van, DateOnly? Tot, int Pagina);

internal sealed record Logboekpagina(IReadOnlyList<Aanmeldgebeurtenis> Regels, int Pagina, int AantalPaginas, int Totaal);

/// <summary>Reads the sign-in log, newest first, a page at a time. Reading only: the log has no way to change a row.</summary>
internal sealed class AanmeldlogboekLezen(ToegangDbContext db)
{
    public const int PerPagina = 50;

    public async Task<Logboekpagina> LeesAsync(Logboekfilter filter, CancellationToken ct)
    {
        var query = db.Aanmeldgebeurtenissen.AsNoTracking();
        if (filter.PersoonId is { } persoon)
        {
            query = query.Where(g => g.PersoonId == persoon);
        }

        // Days are Amsterdam days, as Bureau thinks of them; the log stores UTC.
        if (filter.Van is { } van)
        {
            var vanaf = BeginVanDag(van);
            query = query.Where(g => g.MomentUtc >= vanaf);
        }

        if (filter.Tot is { } tot)
        {
            var voor = BeginVanDag(tot.AddDays(1));
            query = query.Where(g => g.MomentUtc < voor);
        }

        var totaal = await query.CountAsync(ct);
        var aantalPaginas = Math.Max(1, (totaal + PerPagina - 1) / PerPagina);
        var pagina = Math.Clamp(filter.Pagina, 1, aantalPaginas);
        var regels = await query.OrderByDescending(g => g.MomentUtc).ThenByDescending(g => g.Id)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina).ToListAsync(ct);
        return new Logboekpagina(regels, pagina, aantalPaginas, totaal);
    }

    private static DateTime BeginVanDag(DateOnly dag) =>
        TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Tijd.Amsterdam);
}
