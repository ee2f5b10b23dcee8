using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Afspraaktaak;

/// <summary>
/// The owner completed the agreement's task as done: close the agreement with the evidence through the normal use case
/// (its rules, its history line, its event). An agreement closed meanwhile (by Bureau, or by itself) stays as it is.
/// </summary>
internal sealed class AfspraakGedaanGemeldHandler(OpvolgingDbContext db, AfspraakAfsluiten.AfspraakAfsluitenHandler afsluiten, TimeProvider klok)
    : InboxHandler<AfspraakGedaanGemeld, OpvolgingDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, AfspraakGedaanGemeld gebeurtenis, CancellationToken ct)
    {
        var stand = await Db.Afspraken.AsNoTracking().Where(a => a.Id == gebeurtenis.AfspraakId)
            .Select(a => new { a.Versie, a.AfgeslotenAlsGedaan }).FirstOrDefaultAsync(ct);
        if (stand is null || stand.AfgeslotenAlsGedaan is not null)
        {
            return [];
        }

        var door = new Actor(gebeurtenis.PersoonId, gebeurtenis.PersoonNaam);
        var resultaat = await afsluiten.VoerUitAsync(
            new AfspraakAfsluiten.AfspraakAfsluiten(gebeurtenis.AfspraakId, stand.Versie, true, gebeurtenis.Bewijs, door), ct, inbox: sleutel);
        return resultaat.IsGelukt ? [] : resultaat.Fouten;
    }
}
