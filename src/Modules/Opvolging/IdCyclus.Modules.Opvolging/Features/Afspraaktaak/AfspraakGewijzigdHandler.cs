using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Features.Afspraaktaak;

/// <summary>
/// Opvolging's own outbox said an agreement changed: bring its task in line. Receiving it through the outbox, and not
/// calling the engine inside the agreement's transaction, is what makes the task survive a crash: the agreement and the
/// event commit together, and the event is delivered until the task matches.
/// </summary>
internal sealed class AfspraakGewijzigdHandler(OpvolgingDbContext db, Taakbijwerking bijwerking, TimeProvider klok)
    : InboxHandler<AfspraakGewijzigd, OpvolgingDbContext>(db, klok)
{
    protected override Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, AfspraakGewijzigd gebeurtenis, CancellationToken ct) =>
        bijwerking.BijwerkenAsync(gebeurtenis.AfspraakId, ct);
}
