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
}
