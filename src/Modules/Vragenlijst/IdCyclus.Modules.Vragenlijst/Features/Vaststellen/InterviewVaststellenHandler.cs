using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Vaststellen;

internal sealed record InterviewVaststellenOpdracht(Guid InterviewId, int VerwachteVersie, string? Reden, string Door);

/// <summary>Bureau makes an interview final without a confirmation, with a reason (no cycle task, or a respondent who left).</summary>
internal sealed class InterviewVaststellenHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewVaststellenOpdracht opdracht, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(opdracht.Reden))
            {
                return Resultaat<Interview>.Mislukt("Reden", "Geef de reden waarom Bureau de antwoorden zonder bevestiging vaststelt.");
            }

            var interview = await w.Db.Interviews.FirstAsync(i => i.Id == opdracht.InterviewId, ct);
            if (interview.Versie != opdracht.VerwachteVersie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", "Dit interview is al definitief.");
            }

            w.MaakDefinitief(interview, opdracht.Door, doorBureau: true, opdracht.Reden.Trim());
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}
