using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;
using Gebeurtenis = IdCyclus.Modules.Organisatie.Contracts.TrekkerVastgelegd;

namespace IdCyclus.Modules.Opvolging.Features.AutomatischAfvinken;

/// <summary>
/// Organisatie recorded a trekker (or changed a trekker's hours): a "trekker benoemen" agreement of that directie whose
/// hours it meets is done by itself. The day it counts from is the day it arrives (delivery takes seconds); a role that
/// has already ended by then fulfils nothing.
/// </summary>
internal sealed class TrekkerVastgelegdHandler(OpvolgingDbContext db, Vervullen vervullen, TimeProvider klok)
    : InboxHandler<Gebeurtenis, OpvolgingDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, Gebeurtenis gebeurtenis, CancellationToken ct)
    {
        var vandaag = Klok.Vandaag();
        if (gebeurtenis.Tot is { } tot && tot < vandaag)
        {
            return [];
        }

        var trekker = new TrekkerVastgelegd(gebeurtenis.DirectieId, gebeurtenis.PersoonNaam, gebeurtenis.UrenPerWeek, vandaag);
        await vervullen.VoerUitAsync(gebeurtenis.DirectieId, Afspraaksoort.TrekkerBenoemd, a => Systeemcontrole.Beoordeel(a, trekker), ct);
        return [];
    }
}
