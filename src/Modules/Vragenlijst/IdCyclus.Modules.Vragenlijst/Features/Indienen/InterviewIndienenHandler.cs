using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Indienen;

/// <summary>The accounthouder's cycle task was completed: the answers go to the respondent for confirmation.</summary>
internal sealed class InterviewIndienenHandler(Interviewwijziging w)
{
    public Task<Resultaat<Interview>> HandleAsync(InterviewIngediend ingediend, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await w.ZoekOfMaakAsync(ingediend.Jaar, ingediend.DirectieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", Interviewwijziging.Definitief);
            }

            if (ingediend.Antwoorden is { } tekst)
            {
                var inhoud = (await w.Db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
                var (antwoorden, leesfouten) = AntwoordTekst.Lees(inhoud, tekst);
                var fouten = leesfouten.Count > 0 ? leesfouten : Scoring.Controleer(inhoud, antwoorden);
                if (fouten.Count > 0)
                {
                    return Resultaat<Interview>.Mislukt(fouten);
                }

                interview.Antwoorden = antwoorden;
                if (RespondenttypeTekst.ProbeerLees(ingediend.Respondenttype, out var type))
                {
                    interview.Respondenttype = type;
                }
            }

            interview.Status = InterviewStatus.Ingediend;
            interview.IngediendOpUtc = w.NuUtc;
            w.Wijzig(interview, ingediend.DoorNaam, "ingediend", "Ingediend ter bevestiging door de respondent.");
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);
}

/// <summary>Receives the event from the cycle task through the shared inbox (a redelivery changes nothing).</summary>
internal sealed class InterviewIngediendHandler(VragenlijstDbContext db, InterviewIndienenHandler handler, TimeProvider klok)
    : InboxHandler<InterviewIngediend, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewIngediend gebeurtenis, CancellationToken ct) =>
        (await handler.HandleAsync(gebeurtenis, ct)).Fouten;
}
