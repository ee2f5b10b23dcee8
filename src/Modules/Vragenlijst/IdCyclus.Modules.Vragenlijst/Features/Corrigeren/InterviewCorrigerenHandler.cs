using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.Opslaan;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Corrigeren;

internal sealed record InterviewCorrigerenOpdracht(Guid InterviewId, int VerwachteVersie, InterviewInvoer Invoer, string? Reden, string Door);

/// <summary>A correction after the interview became final: the previous answers are kept as a revision.</summary>
internal sealed class InterviewCorrigerenHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewCorrigerenOpdracht opdracht, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(opdracht.Reden))
            {
                return Resultaat<Interview>.Mislukt("Reden", "Geef de reden van de correctie; die komt in de geschiedenis van het interview.");
            }

            var interview = await w.Db.Interviews.FirstAsync(i => i.Id == opdracht.InterviewId, ct);
            if (interview.Versie != opdracht.VerwachteVersie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            var inhoud = (await w.Db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
            if (Scoring.Controleer(inhoud, opdracht.Invoer.Antwoorden) is { Count: > 0 } fouten)
            {
                return Resultaat<Interview>.Mislukt(fouten);
            }

            w.Db.Revisies.Add(new InterviewRevisie
            {
                Id = Guid.CreateVersion7(),
                InterviewId = interview.Id,
                Revisie = interview.Revisie,
                AntwoordenJson = interview.AntwoordenJson,
                Observatie = interview.Observatie,
                Reden = opdracht.Reden.Trim(),
                MomentUtc = w.NuUtc,
                Door = opdracht.Door,
            });
            interview.Revisie++;
            var gewijzigd = Interviewwijziging.Pas(interview, opdracht.Invoer);
            w.Wijzig(
                interview,
                opdracht.Door,
                "correctie",
                $"Correctie vastgelegd als revisie {interview.Revisie}: {opdracht.Reden.Trim()}" + Interviewwijziging.Gewijzigd(gewijzigd));
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}
