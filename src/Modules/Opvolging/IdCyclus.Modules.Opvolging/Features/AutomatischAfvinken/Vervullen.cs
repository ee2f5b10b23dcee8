using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.AutomatischAfvinken;

/// <summary>
/// Closes every open agreement of a kind for a directie that an event fulfils, with the evidence the rules give. Runs in
/// the inbox handler's unit of work, so the agreement and the inbox row are saved together or not at all.
/// </summary>
internal sealed class Vervullen(OpvolgingDbContext db, Afspraakopslag opslag, TimeProvider klok)
{
    public async Task<int> VoerUitAsync(Guid directieId, Afspraaksoort soort, Func<Afspraak, Vervulling?> beoordeel, CancellationToken ct)
    {
        var open = await db.Afspraken.Where(a => a.DirectieId == directieId && a.Soort == soort && a.AfgeslotenAlsGedaan == null).ToListAsync(ct);
        var vandaag = klok.Vandaag();
        var gesloten = 0;
        foreach (var rij in open)
        {
            if (beoordeel(Afspraakopslag.Naar(rij, await opslag.VerschuivingenAsync(rij.Id, ct))) is not { } vervulling)
            {
                continue;
            }

            rij.AfgeslotenAlsGedaan = true;
            rij.AfgeslotenOp = vervulling.Op;
            rij.Afsluittekst = vervulling.Bewijs;
            rij.AfgeslotenDoor = Actor.Systeem.Naam;
            rij.Versie++;
            db.Gebeurtenissen.Add(opslag.Gebeurtenis(rij.Id, Gebeurtenissoort.Gedaan, vandaag, Actor.Systeem, $"Vanzelf afgevinkt: {vervulling.Bewijs}"));
            opslag.MeldGewijzigd(rij);
            gesloten++;
        }

        return gesloten;
    }
}
