using IdCyclus.Modules.Organisatie.Contracts;
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

/// <summary>
/// Every write to an interview goes through here, each in one serializable transaction with the interview's version
/// token: two people saving at once get a conflict, never a silent overwrite. Each change adds a history line.
/// </summary>
internal sealed class InterviewOpslag(VragenlijstDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public const string Definitief = "Dit interview is definitief. Een correctie legt u vast als nieuwe revisie, met een reden.";

    /// <summary>Saves a draft (creating the interview on first save). Also allowed while submitted, so the accounthouder can correct before confirmation.</summary>
    public Task<Resultaat<Interview>> BewaarAsync(int jaar, Guid directieId, int? verwachteVersie, InterviewInvoer invoer, string door, CancellationToken ct) =>
        Invoerlimieten.Controleer(invoer) is { Count: > 0 } teLang
            ? Task.FromResult(Resultaat<Interview>.Mislukt(teLang))
            : db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await ZoekOfMaakAsync(jaar, directieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;
            if (db.Entry(interview).State != EntityState.Added && verwachteVersie != interview.Versie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", Definitief);
            }

            var inhoud = (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
            var fouten = Scoring.Controleer(inhoud, invoer.Antwoorden);
            if (fouten.Count > 0)
            {
                return Resultaat<Interview>.Mislukt(fouten);
            }

            Pas(interview, invoer);
            var uitslag = Scoring.Bereken(inhoud, interview.Antwoorden);
            Wijzig(interview, door, "opgeslagen",
                $"Antwoorden opgeslagen: {interview.Antwoorden.Count(a => a.Value.Score is not null)} van {inhoud.GescoordeVragen.Count()} gescoorde vragen beantwoord"
                + (uitslag.Ontbreekt.Count > 0 ? $", ontbreekt: {string.Join(", ", uitslag.Ontbreekt)}." : "."));
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    /// <summary>The accounthouder's cycle task was completed: the answers go to the respondent for confirmation.</summary>
    public Task<Resultaat<Interview>> IndienenAsync(InterviewIngediend ingediend, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await ZoekOfMaakAsync(ingediend.Jaar, ingediend.DirectieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", Definitief);
            }

            if (ingediend.Antwoorden is { } tekst)
            {
                var inhoud = (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
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
            interview.IngediendOpUtc = klok.GetUtcNow().UtcDateTime;
            Wijzig(interview, ingediend.DoorNaam, "ingediend", "Ingediend ter bevestiging door de respondent.");
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    /// <summary>The interview was planned through the cycle task (API, simulation): the date goes on the interview.</summary>
    public Task<Resultaat<Interview>> PlanAsync(InterviewGepland gepland, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var gevonden = await ZoekOfMaakAsync(gepland.Jaar, gepland.DirectieId, ct);
            if (!gevonden.IsGelukt)
            {
                return gevonden;
            }

            var interview = gevonden.Waarde!;

            interview.GeplandOpUtc = gepland.GeplandOp.UtcDateTime;
            Wijzig(interview, gepland.DoorNaam, "gepland", $"Interview gepland op {Weergave.Moment(interview.GeplandOpUtc.Value)}.");
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    /// <summary>The respondent confirmed (or Bureau fixed the answers, recorded as such): the interview is final and read-only.</summary>
    public Task<Resultaat<Interview>> BevestigAsync(InterviewBevestigd bevestigd, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var interview = await db.Interviews.FirstOrDefaultAsync(i => i.Jaar == bevestigd.Jaar && i.DirectieId == bevestigd.DirectieId, ct);
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

            MaakDefinitief(interview, bevestigd.DoorNaam, bevestigd.DoorBureau, bevestigd.Opmerking);
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    /// <summary>Bureau makes an interview final without a confirmation, with a reason (no cycle task, or a respondent who left).</summary>
    public Task<Resultaat<Interview>> VaststellenDoorBureauAsync(Guid id, int verwachteVersie, string? reden, string door, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(reden))
            {
                return Resultaat<Interview>.Mislukt("Reden", "Geef de reden waarom Bureau de antwoorden zonder bevestiging vaststelt.");
            }

            var interview = await db.Interviews.FirstAsync(i => i.Id == id, ct);
            if (interview.Versie != verwachteVersie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (interview.Status == InterviewStatus.Definitief)
            {
                return Resultaat<Interview>.Mislukt("", "Dit interview is al definitief.");
            }

            MaakDefinitief(interview, door, doorBureau: true, reden.Trim());
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    /// <summary>A correction after the interview became final: the previous answers are kept as a revision.</summary>
    public Task<Resultaat<Interview>> CorrigeerAsync(Guid id, int verwachteVersie, InterviewInvoer invoer, string? reden, string door, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(reden))
            {
                return Resultaat<Interview>.Mislukt("Reden", "Geef de reden van de correctie; die komt in de geschiedenis van het interview.");
            }

            var interview = await db.Interviews.FirstAsync(i => i.Id == id, ct);
            if (interview.Versie != verwachteVersie)
            {
                return Resultaat<Interview>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            var inhoud = (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == interview.VragenlijstversieId, ct)).Inhoud;
            if (Scoring.Controleer(inhoud, invoer.Antwoorden) is { Count: > 0 } fouten)
            {
                return Resultaat<Interview>.Mislukt(fouten);
            }

            db.Revisies.Add(new InterviewRevisie
            {
                Id = Guid.NewGuid(),
                InterviewId = interview.Id,
                Revisie = interview.Revisie,
                AntwoordenJson = interview.AntwoordenJson,
                Observatie = interview.Observatie,
                Reden = reden.Trim(),
                MomentUtc = klok.GetUtcNow().UtcDateTime,
                Door = door,
            });
            interview.Revisie++;
            Pas(interview, invoer);
            Wijzig(interview, door, "correctie", $"Correctie vastgelegd als revisie {interview.Revisie}: {reden.Trim()}");
            return Resultaat<Interview>.Gelukt(interview);
        }, ct);

    public void Geschiedenis(Interview interview, string door, string soort, string omschrijving) =>
        db.Gebeurtenissen.Add(new InterviewGebeurtenis
        {
            InterviewId = interview.Id,
            MomentUtc = klok.GetUtcNow().UtcDateTime,
            Door = door,
            Soort = soort,
            Omschrijving = omschrijving,
        });

    /// <summary>The interview of the directie in that year, or a new concept on the year's published questionnaire.</summary>
    private async Task<Resultaat<Interview>> ZoekOfMaakAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await db.Interviews.FirstOrDefaultAsync(i => i.Jaar == jaar && i.DirectieId == directieId, ct) is { } interview)
        {
            return Resultaat<Interview>.Gelukt(interview);
        }

        var nieuw = await NieuwAsync(jaar, directieId, ct);
        if (nieuw.IsGelukt)
        {
            db.Interviews.Add(nieuw.Waarde!);
        }

        return nieuw;
    }

    public async Task<Resultaat<Interview>> NieuwAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar && v.Status == VersieStatus.Gepubliceerd, ct);
        if (versie is null)
        {
            return Resultaat<Interview>.Mislukt("", $"Er is nog geen gepubliceerde vragenlijst voor {jaar}. Bureau publiceert die op de pagina Vragenlijsten.");
        }

        var directie = await organisatie.DirectieAsync(directieId, ct);
        if (directie is null)
        {
            return Resultaat<Interview>.Mislukt("", "Deze directie bestaat niet.");
        }

        return Resultaat<Interview>.Gelukt(new Interview
        {
            Id = Guid.NewGuid(),
            Jaar = jaar,
            VragenlijstversieId = versie.Id,
            DirectieId = directie.Id,
            DirectieAfkorting = directie.Afkorting,
            ClusterId = directie.ClusterId,
            Status = InterviewStatus.Concept,
            GewijzigdOpUtc = klok.GetUtcNow().UtcDateTime,
        });
    }

    private void MaakDefinitief(Interview interview, string door, bool doorBureau, string? opmerking)
    {
        interview.Status = InterviewStatus.Definitief;
        interview.DefinitiefOpUtc = klok.GetUtcNow().UtcDateTime;
        interview.BevestigdDoor = door;
        interview.DoorBureauVastgesteld = doorBureau;
        interview.Bevestigingsopmerking = opmerking;
        Wijzig(interview, door, "definitief", doorBureau
            ? $"Door Bureau vastgesteld zonder bevestiging van de respondent: {opmerking}"
            : "Antwoorden bevestigd door de respondent" + (string.IsNullOrWhiteSpace(opmerking) ? "." : $", met opmerking: {opmerking}"));
    }

    private static void Pas(Interview interview, InterviewInvoer invoer)
    {
        interview.Accounthouders = Leeg(invoer.Accounthouders);
        interview.Respondent = Leeg(invoer.Respondent);
        interview.Respondenttype = invoer.Respondenttype;
        interview.GeplandOpUtc = invoer.GeplandOpUtc;
        interview.DuurMinuten = invoer.DuurMinuten;
        interview.Locatie = Leeg(invoer.Locatie);
        interview.Antwoorden = invoer.Antwoorden;
        if (invoer.ObservatieWijzigen)
        {
            interview.Observatie = Leeg(invoer.Observatie);
        }
    }

    private void Wijzig(Interview interview, string door, string soort, string omschrijving)
    {
        interview.Versie++;
        interview.GewijzigdOpUtc = klok.GetUtcNow().UtcDateTime;
        interview.GewijzigdDoor = door;
        Geschiedenis(interview, door, soort, omschrijving);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
