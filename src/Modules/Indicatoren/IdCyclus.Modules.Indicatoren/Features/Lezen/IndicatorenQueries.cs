using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.Lezen;

/// <summary>The module's read interface for others: is a report year's delivery complete?</summary>
internal sealed class IndicatorenQueries(IndicatorenDbContext db) : IIndicatorenQueries
{
    public async Task<Aanleverstatus> AanleverstatusAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var definities = new Definitieset(await db.Definities.AsNoTracking().ToListAsync(cancellationToken));
        if (definities.IndicatorIds.Count == 0)
        {
            return new Aanleverstatus(jaar, []);
        }

        var waarden = await db.Waarden.AsNoTracking().Where(w => w.Jaar >= jaar - 2 && w.Jaar <= jaar)
            .Select(w => new { w.IndicatorId, w.Jaar, w.Symbool }).ToListAsync(cancellationToken);
        return new Aanleverstatus(jaar, definities.VoorRapportjaar(jaar).Select(d =>
        {
            var peiljaar = jaar - d.Peiljaarverschil;
            var eigen = waarden.Where(w => w.IndicatorId == d.IndicatorId && w.Jaar == peiljaar).ToList();
            var verklaard = eigen.Count(w => w.Symbool is Waarde.Geheim or Waarde.Ontbreekt);
            return new IndicatorAanlevering(d.IndicatorId, d.Naam, peiljaar, eigen.Count - verklaard, verklaard);
        }).ToList());
    }

    public async Task<IReadOnlyList<IndicatordefinitieGegevens>> DefinitiesAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var definities = new Definitieset(await db.Definities.AsNoTracking().ToListAsync(cancellationToken));
        return definities.IndicatorIds.Count == 0
            ? []
            : definities.VoorRapportjaar(jaar).Select(d => new IndicatordefinitieGegevens(
                d.IndicatorId, d.Naam, d.Eenheid, d.Bron, d.PerMaand, d.Peiljaarverschil, d.Classificatie, d.Streefcijfer, d.StreefcijferBron,
                d.DoelIndicatorId, d.Toelichting)).ToList();
    }

    public async Task<IReadOnlyList<IndicatorwaardeGegevens>> WaardenAsync(int vanJaar, int totJaar, CancellationToken cancellationToken = default) =>
        (await db.Waarden.AsNoTracking().Where(w => w.Jaar >= vanJaar && w.Jaar <= totJaar).ToListAsync(cancellationToken))
            .OrderBy(w => w.IndicatorId, StringComparer.Ordinal).ThenBy(w => w.EenheidId, StringComparer.Ordinal).ThenBy(w => w.Periode, StringComparer.Ordinal)
            .Select(w => new IndicatorwaardeGegevens(w.IndicatorId, w.EenheidId, w.EenheidNaam, w.Periode, w.Jaar, w.Getal, w.Symbool, w.Toelichting))
            .ToList();
}
