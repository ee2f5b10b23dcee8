using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.Opslaan;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>
/// What every interview use case shares (Features/Opslaan, Indienen, Plannen, Bevestigen, Vaststellen, Corrigeren):
/// finding or starting the year's interview, and moving its version token on with a history line that says who
/// changed what. Each use case runs in one serializable transaction with the interview's version token, so two
/// people saving at once get a conflict, never a silent overwrite.
/// </summary>
internal sealed class Interviewwijziging(VragenlijstDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public const string Definitief = "Dit interview is definitief. Een correctie legt u vast als nieuwe revisie, met een reden.";

    public VragenlijstDbContext Db => db;

    public DateTime NuUtc => klok.GetUtcNow().UtcDateTime;

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
    public async Task<Resultaat<Interview>> ZoekOfMaakAsync(int jaar, Guid directieId, CancellationToken ct)
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
            Id = Guid.CreateVersion7(),
            Jaar = jaar,
            VragenlijstversieId = versie.Id,
            DirectieId = directie.Id,
            DirectieAfkorting = directie.Afkorting,
            ClusterId = directie.ClusterId,
            Status = InterviewStatus.Concept,
            GewijzigdOpUtc = klok.GetUtcNow().UtcDateTime,
        });
    }

    public void MaakDefinitief(Interview interview, string door, bool doorBureau, string? opmerking)
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

    /// <summary>Applies the form's input; returns what changed (e.g. "respondent", "vraag 2.1"), for the history line.</summary>
    public static IReadOnlyList<string> Pas(Interview interview, InterviewInvoer invoer)
    {
        var gewijzigd = new List<string>();
        void Zet<T>(string veld, T oud, T nieuw, Action<T> zet)
        {
            if (!EqualityComparer<T>.Default.Equals(oud, nieuw))
            {
                gewijzigd.Add(veld);
                zet(nieuw);
            }
        }

        Zet("accounthouder(s)", interview.Accounthouders, Leeg(invoer.Accounthouders), v => interview.Accounthouders = v);
        Zet("respondent", interview.Respondent, Leeg(invoer.Respondent), v => interview.Respondent = v);
        Zet("soort respondent", interview.Respondenttype, invoer.Respondenttype, v => interview.Respondenttype = v);
        Zet("datum en tijd", interview.GeplandOpUtc, invoer.GeplandOpUtc, v => interview.GeplandOpUtc = v);
        Zet("duur", interview.DuurMinuten, invoer.DuurMinuten, v => interview.DuurMinuten = v);
        Zet("locatie", interview.Locatie, Leeg(invoer.Locatie), v => interview.Locatie = v);
        var oud = interview.Antwoorden;
        gewijzigd.AddRange(oud.Keys.Union(invoer.Antwoorden.Keys).Order(StringComparer.Ordinal)
            .Where(nummer => oud.GetValueOrDefault(nummer) != invoer.Antwoorden.GetValueOrDefault(nummer))
            .Select(nummer => $"vraag {nummer}"));
        interview.Antwoorden = invoer.Antwoorden;
        if (invoer.ObservatieWijzigen)
        {
            Zet("observatie", interview.Observatie, Leeg(invoer.Observatie), v => interview.Observatie = v);
        }

        return gewijzigd;
    }

    /// <summary>" Gewijzigd: respondent, vraag 2.1." or nothing: the who-changed-what part of a history line.</summary>
    public static string Gewijzigd(IReadOnlyList<string> velden) => velden.Count == 0 ? "" : $" Gewijzigd: {string.Join(", ", velden)}.";

    public void Wijzig(Interview interview, string door, string soort, string omschrijving)
    {
        interview.Versie++;
        interview.GewijzigdOpUtc = klok.GetUtcNow().UtcDateTime;
        interview.GewijzigdDoor = door;
        Geschiedenis(interview, door, soort, omschrijving);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
