using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Agenda;

/// <summary>
/// What a person's calendar feed holds (ADR 0025): the deadline of each open task of theirs as an all-day item, the
/// planned interviews of their directie (trekker, directeur, MT-lid) or clusters (accounthouder), and the planned
/// duidingsgesprekken they take part in. Every item has a stable UID, so Outlook updates it instead of doubling it.
/// </summary>
internal sealed class PersoonlijkeAgenda(
    IWorkflowLezer lezer, IOrganisatieQueries organisatie, IVragenlijstQueries vragenlijst, Gesprekken gesprekken, TimeProvider klok)
{
    /// <summary>An interview has no end time in Vragenlijst; the questionnaire takes about an hour and a half.</summary>
    private static readonly TimeSpan Interviewduur = TimeSpan.FromMinutes(90);

    public async Task<IReadOnlyList<Agendapunt>> PuntenAsync(Guid persoonId, string basisUrl, CancellationToken ct)
    {
        var basis = basisUrl.TrimEnd('/');
        var punten = new List<Agendapunt>();
        foreach (var taak in await lezer.TakenAsync(new TaakVraag { Persoon = persoonId }, ct))
        {
            if (taak.DeadlineUtc is { } deadline)
            {
                var voor = taak.BereikOmschrijving is null ? "" : $" ({taak.BereikOmschrijving})";
                punten.Add(new Agendapunt(
                    $"taak-{taak.Id:N}@idcyclus.amsterdam.nl", $"Deadline: {taak.Titel}{voor}",
                    $"{taak.Workflow}. Uiterlijk {Nederlands.Moment(deadline)}.\nDe taak in IdCyclus: {basis}/taken/{taak.Id}",
                    Dag: DateOnly.FromDateTime(Tijd.InAmsterdam(deadline)), Link: $"{basis}/taken/{taak.Id}"));
            }
        }

        punten.AddRange(await InterviewsAsync(persoonId, basis, ct));
        foreach (var gesprek in await gesprekken.VoorPersoonAsync(persoonId, ct))
        {
            // A cancelled conversation leaves the feed: a subscribed calendar then drops it at its next refresh (ADR 0027).
            if (await gesprekken.AgendapuntAsync(gesprek, basis, ct) is { Geannuleerd: false } punt)
            {
                punten.Add(punt);
            }
        }

        return punten;
    }

    private async Task<IReadOnlyList<Agendapunt>> InterviewsAsync(Guid persoonId, string basis, CancellationToken ct)
    {
        var vandaag = klok.Vandaag();
        var rollen = await organisatie.RollenVanAsync(persoonId, vandaag, ct);
        var eigenDirecties = rollen.Where(r => r.Rol is Rol.Trekker or Rol.Directeur or Rol.MtLid && r.DirectieId is not null)
            .Select(r => r.DirectieId!.Value).ToHashSet();
        var clusters = rollen.Where(r => r.Rol == Rol.Accounthouder && r.ClusterId is not null).Select(r => r.ClusterId!).ToHashSet();
        if (eigenDirecties.Count == 0 && clusters.Count == 0)
        {
            return [];
        }

        var directies = (await organisatie.ActieveDirectiesAsync(vandaag, ct)).ToDictionary(d => d.Id);
        var punten = new List<Agendapunt>();
        foreach (var jaar in new[] { vandaag.Year - 1, vandaag.Year })
        {
            foreach (var interview in await vragenlijst.InterviewsAsync(jaar, ct))
            {
                var directie = directies.GetValueOrDefault(interview.DirectieId);
                var betrokken = eigenDirecties.Contains(interview.DirectieId) || (directie is not null && clusters.Contains(directie.ClusterId));
                if (betrokken && interview.GeplandOp is { } gepland)
                {
                    var naam = directie?.Weergavenaam ?? "directie";
                    punten.Add(new Agendapunt(
                        $"interview-{interview.Id:N}@idcyclus.amsterdam.nl", $"Interview voortgang I&D {jaar} – {naam}",
                        $"Het interview over de vragenlijst {jaar} met {naam}.\nIn IdCyclus: {basis}/interviews/{jaar}/{interview.DirectieId}",
                        Begin: gepland, Eind: gepland + Interviewduur, Link: $"{basis}/interviews/{jaar}/{interview.DirectieId}"));
                }
            }
        }

        return punten;
    }
}
