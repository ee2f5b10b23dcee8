using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;
using Gebeurtenis = IdCyclus.Modules.Actieplannen.Contracts.ActieplanversieGoedgekeurd;

namespace IdCyclus.Modules.Opvolging.Features.AutomatischAfvinken;

/// <summary>Actieplannen approved a version: a "geactualiseerd actieplan" agreement made before that day is done by itself.</summary>
internal sealed class ActieplanGoedgekeurdHandler(OpvolgingDbContext db, Vervullen vervullen, TimeProvider klok)
    : InboxHandler<Gebeurtenis, OpvolgingDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, Gebeurtenis gebeurtenis, CancellationToken ct)
    {
        var versie = new ActieplanversieGoedgekeurd(gebeurtenis.DirectieId, gebeurtenis.Jaar, gebeurtenis.Versie, gebeurtenis.GoedgekeurdOp);
        await vervullen.VoerUitAsync(gebeurtenis.DirectieId, Afspraaksoort.ActieplanOpgeleverd, a => Systeemcontrole.Beoordeel(a, versie), ct);
        return [];
    }
}
