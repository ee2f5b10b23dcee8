using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Plannen;

/// <summary>The interview was planned through the cycle task (API, simulation): the date goes on the interview.</summary>
internal sealed class InterviewPlannenHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewGepland gepland, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await w.ZoekOfMaakAsync(gepland.Jaar, gepland.DirectieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;

            interview.GeplandOpUtc = gepland.GeplandOp.UtcDateTime;
            w.Wijzig(interview, gepland.DoorNaam, "gepland", $"Interview gepland op {Weergave.Moment(interview.GeplandOpUtc.Value)}.");
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}

/// <summary>Receives the event from the cycle task through the shared inbox (a redelivery changes nothing).</summary>
internal sealed class InterviewGeplandHandler(VragenlijstDbContext db, InterviewPlannenHandler handler, TimeProvider klok)
    : InboxHandler<InterviewGepland, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewGepland gebeurtenis, CancellationToken ct) =>
        (await handler.HandleAsync(gebeurtenis, ct)).Fouten;
}
