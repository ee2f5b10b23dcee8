using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Opslaan;

/// <summary>What the accounthouder fills in: the interview's details and the answers.</summary>
internal sealed record InterviewInvoer(
    string? Accounthouders,
    string? Respondent,
    Respondenttype? Respondenttype,
    DateTime? GeplandOpUtc,
    int? DuurMinuten,
    string? Locatie,
    IReadOnlyDictionary<string, Antwoord> Antwoorden,
    string? Observatie,
    bool ObservatieWijzigen);

/// <summary>Saving the interview form: the details and answers of one directie's interview in one year.</summary>
internal sealed record InterviewOpslaanOpdracht(int Jaar, Guid DirectieId, int? VerwachteVersie, InterviewInvoer Invoer, string Door);

/// <summary>
/// Saves a draft (creating the interview on first save). Also allowed while submitted, so the accounthouder can correct
/// before confirmation. The history line says who changed which fields and answers.
/// </summary>
internal sealed class InterviewOpslaanHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewOpslaanOpdracht opdracht, CancellationToken ct) =>
        Invoerlimieten.Controleer(opdracht.Invoer) is { Count: > 0 } teLang
            ? Task.FromResult(Resultaat<Interview>.Mislukt(teLang))
            : w.Db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await w.ZoekOfMaakAsync(opdracht.Jaar, opdracht.DirectieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;
            if (w.Db.Entry(interview).State != EntityState.Added && opdracht.VerwachteVersie != interview.Versie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", Interviewwijziging.Definitief);
            }

            var inhoud = (await w.Db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
            var fouten = Scoring.Controleer(inhoud, opdracht.Invoer.Antwoorden);
            if (fouten.Count > 0)
            {
                return Resultaat<Interview>.Mislukt(fouten);
            }

            var gewijzigd = Interviewwijziging.Pas(interview, opdracht.Invoer);
            var uitslag = Scoring.Bereken(inhoud, interview.Antwoorden);
            w.Wijzig(interview, opdracht.Door, "opgeslagen",
                $"Antwoorden opgeslagen: {interview.Antwoorden.Count(a => a.Value.Score is not null)} van "
                + $"{inhoud.GescoordeVragen.Count()} gescoorde vragen beantwoord"
                + (uitslag.Ontbreekt.Count > 0 ? $", ontbreekt: {string.Join(", ", uitslag.Ontbreekt)}." : ".")
                + Interviewwijziging.Gewijzigd(gewijzigd));
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}
