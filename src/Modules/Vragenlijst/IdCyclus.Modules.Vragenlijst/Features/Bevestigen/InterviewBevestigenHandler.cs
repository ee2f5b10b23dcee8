using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Bevestigen;

/// <summary>The respondent confirmed (or Bureau fixed the answers, recorded as such): the interview is final and read-only.</summary>
internal sealed class InterviewBevestigenHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewBevestigd bevestigd, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var interview = await w.Db.Interviews.FirstOrDefaultAsync(i => i.Jaar == bevestigd.Jaar && i.DirectieId == bevestigd.DirectieId, ct);
            if (interview is null)
            {
                return Resultaat<Interview>.Mislukt("", "Er is geen interview om te bevestigen.");
            }

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Gelukt(interview);
            }

            if (bevestigd.Versie is { } versie && versie != interview.Versie)
            {
                return Resultaat<Interview>.Mislukt("Versie",
                    "De antwoorden zijn gewijzigd nadat de respondent ze bekeek; de respondent moet de nieuwe antwoorden bevestigen.");
            }

            w.MaakDefinitief(interview, bevestigd.DoorNaam, bevestigd.DoorBureau, bevestigd.Opmerking);
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}

/// <summary>Receives the event from the cycle task through the shared inbox (a redelivery changes nothing).</summary>
internal sealed class InterviewBevestigdHandler(VragenlijstDbContext db, InterviewBevestigenHandler handler, TimeProvider klok)
    : InboxHandler<InterviewBevestigd, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewBevestigd gebeurtenis, CancellationToken ct) =>
        (await handler.HandleAsync(gebeurtenis, ct)).Fouten;
}
