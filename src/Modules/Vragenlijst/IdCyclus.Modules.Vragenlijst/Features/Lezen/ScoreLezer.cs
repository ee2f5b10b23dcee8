using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Lezen;

/// <summary>The scores of one directie in a year, with last year's where the items are comparable.</summary>
internal sealed record Scoreregel(
    Guid DirectieId,
    string Directie,
    string ClusterId,
    string Cluster,
    InterviewStatus Status,
    Respondenttype? Respondenttype,
    Uitslag Uitslag,
    IReadOnlyDictionary<string, Antwoord> Antwoorden,
    Vergelijking? TenOpzichteVanVorigJaar);

internal sealed record Scoreoverzicht(int Jaar, Vragenlijstversie Versie, Vragenlijstinhoud Inhoud, IReadOnlyList<Scoreregel> Regels);

/// <summary>
/// Reads the final interviews of a year (and the year before, for the comparison). Scores are computed here on every
/// read from the stored answers, by the one scoring class: nothing derived is stored that could go stale.
/// </summary>
internal sealed class ScoreLezer(VragenlijstDbContext db, IOrganisatieQueries organisatie)
{
    public async Task<Scoreoverzicht?> LeesAsync(int jaar, bool alleenDefinitief, CancellationToken ct)
    {
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar, ct);
        if (versie is null)
        {
            return null;
        }

        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.Jaar == jaar && (!alleenDefinitief || i.Status == InterviewStatus.Definitief)).ToListAsync(ct);
        var vorigeVersie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar - 1, ct);
        var vorige = vorigeVersie is null
            ? new Dictionary<Guid, Interview>()
            : await db.Interviews.AsNoTracking()
                .Where(i => i.Jaar == jaar - 1 && i.Status == InterviewStatus.Definitief)
                .ToDictionaryAsync(i => i.DirectieId, ct);
        var clusters = (await organisatie.ClustersAsync(ct)).ToDictionary(c => c.Id, c => c.Naam);
        var inhoud = versie.Inhoud;
        var vorigeInhoud = vorigeVersie?.Inhoud;

        var regels = interviews.Select(i =>
            {
                var antwoorden = i.Antwoorden;
                var vergelijking = vorigeInhoud is not null && vorige.TryGetValue(i.DirectieId, out var vorigInterview)
                    ? Scoring.VergelijkMetVorigJaar(inhoud, antwoorden, vorigeInhoud, vorigInterview.Antwoorden)
                    : null;
                return new Scoreregel(i.DirectieId, i.DirectieAfkorting, i.ClusterId, clusters.GetValueOrDefault(i.ClusterId, i.ClusterId), i.Status,
                    i.Respondenttype, Scoring.Bereken(inhoud, antwoorden), antwoorden, vergelijking);
            })
            .OrderBy(r => r.Cluster, IdCyclus.Shared.Nederlands.Sortering).ThenBy(r => r.Directie, IdCyclus.Shared.Nederlands.Sortering)
            .ToList();
        return new Scoreoverzicht(jaar, versie, inhoud, regels);
    }
}
