using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.AfspraakVastleggen;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Gebeurtenis = IdCyclus.Modules.Opvolging.Contracts.DuidingsafspraakGemaakt;

namespace IdCyclus.Modules.Opvolging.Features.DuidingsafspraakOntvangen;

/// <summary>
/// An agreement from a duidingsgesprek (Cyclus' outcome task, ADR 0025) becomes an agreement in the register through the
/// same rules as one Bureau records by hand, with source "duidingsgesprek". A refusal (the directie has no directeur
/// today, the deadline has passed on the way) throws in the base, so the event becomes an incident Bureau sees. The key
/// goes into the use case's own serializable transaction (<c>inbox:</c>), so a redelivery records no second agreement.
/// </summary>
internal sealed class DuidingsafspraakOntvangenHandler(OpvolgingDbContext db, AfspraakVastleggenHandler vastleggen, TimeProvider klok)
    : InboxHandler<Gebeurtenis, OpvolgingDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, Gebeurtenis gebeurtenis, CancellationToken ct)
    {
        var soort = gebeurtenis.Soort switch
        {
            Contracts.Duidingsafspraaksoort.TrekkerBenoemd => Afspraaksoort.TrekkerBenoemd,
            Contracts.Duidingsafspraaksoort.ActieplanOpgeleverd => Afspraaksoort.ActieplanOpgeleverd,
            _ => Afspraaksoort.Overig,
        };
        var resultaat = await vastleggen.VoerUitAsync(
            new AfspraakVastleggen.AfspraakVastleggen(soort, Afspraakbron.Duidingsgesprek, gebeurtenis.DirectieId,
                string.IsNullOrWhiteSpace(gebeurtenis.Omschrijving) ? null : gebeurtenis.Omschrijving,
                gebeurtenis.Deadline, gebeurtenis.MinimaleUren, new Actor(gebeurtenis.DoorPersoonId, gebeurtenis.DoorNaam)),
            ct,
            inbox: sleutel);
        return resultaat.Fouten;
    }
}
