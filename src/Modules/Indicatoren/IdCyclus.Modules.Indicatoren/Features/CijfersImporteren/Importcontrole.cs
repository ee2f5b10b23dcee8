using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Features.Lezen;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;

/// <summary>Either every problem of a file, or what importing it would change.</summary>
internal sealed record Importuitkomst(IReadOnlyList<string> Fouten, Importvergelijking? Vergelijking)
{
    public bool IsGeldig => Fouten.Count == 0 && Vergelijking is not null;
}

/// <summary>
/// Reads a file, checks every row, and compares it with the figures stored now. The preview, the confirmation and the
/// command line all go through here, so they can never disagree about what a file means.
/// </summary>
internal sealed class Importcontrole(IndicatorenDbContext db, Organisatiebeeld organisatie, TimeProvider klok)
{
    public async Task<Importuitkomst> ControleerAsync(byte[] inhoud, CancellationToken ct)
    {
        var bestand = Importbestand.Lees(inhoud);
        if (bestand.Fouten.Count > 0)
        {
            return new Importuitkomst(bestand.Fouten, null);
        }

        var vandaag = klok.Vandaag();
        var definities = new Definitieset(await db.Definities.AsNoTracking().ToListAsync(ct));
        var eenheden = await organisatie.VoorJaarAsync(vandaag.Year, ct);
        var (waarden, fouten) = Importregels.Valideer(bestand.Regels, definities, eenheden, vandaag);
        if (fouten.Count > 0)
        {
            return new Importuitkomst(fouten, null);
        }

        var indicatoren = waarden.Select(w => w.Definitie.IndicatorId).Distinct().ToList();
        var huidig = (await db.Waarden.AsNoTracking().Where(w => indicatoren.Contains(w.IndicatorId)).ToListAsync(ct))
            .ToDictionary(Importvergelijking.Sleutel);
        return new Importuitkomst([], Importvergelijking.Maak(waarden, huidig));
    }
}
