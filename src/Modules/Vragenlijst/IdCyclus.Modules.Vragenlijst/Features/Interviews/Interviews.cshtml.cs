using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Interviews;

internal sealed record Interviewregel(DirectieGegevens Directie, string Cluster, Interview? Interview, Uitslag? Uitslag, bool MagBewerken);

/// <summary>The interviews of a year for the directies the person may see, with their status and (incomplete) total.</summary>
internal sealed class InterviewsModel(VragenlijstDbContext db, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public IReadOnlyList<Interviewregel> Regels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietAlles() && User.Clusters().Count == 0 && User.Directies().Count == 0)
        {
            return Forbid();
        }

        Jaren = await db.Versies.AsNoTracking().Select(v => v.Jaar).OrderByDescending(j => j).ToListAsync(ct);
        Jaar ??= Jaren.Contains(klok.Vandaag().Year) ? klok.Vandaag().Year : Jaren.FirstOrDefault();
        var jaar = Jaar.Value;
        var versies = await db.Versies.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Inhoud, ct);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.Jaar == jaar).ToDictionaryAsync(i => i.DirectieId, ct);
        var clusters = (await organisatie.ClustersAsync(ct)).ToDictionary(c => c.Id, c => c.Naam);
        // The directies of the cycle year: active at some point in its measurement period, plus any with an interview.
        var actief = (await organisatie.ActieveDirectiesAsync(new DateOnly(jaar, 3, 31), ct)).ToList();
        foreach (var id in interviews.Keys.Where(id => actief.All(d => d.Id != id)))
        {
            if (await organisatie.DirectieAsync(id, ct) is { } directie)
            {
                actief.Add(directie);
            }
        }

        Regels = actief
            .Select(d => (Directie: d, Interview: interviews.GetValueOrDefault(d.Id)))
            .Select(x => (x.Directie, x.Interview, ClusterId: x.Interview?.ClusterId ?? x.Directie.ClusterId))
            .Where(x => User.MagZien(x.Directie.Id, x.ClusterId))
            .Select(x => new Interviewregel(x.Directie, clusters.GetValueOrDefault(x.ClusterId, x.ClusterId), x.Interview,
                x.Interview is null ? null : Scoring.Bereken(versies[x.Interview.VragenlijstversieId], x.Interview.Antwoorden), User.MagBewerken(x.ClusterId)))
            .OrderBy(r => r.Cluster, Nederlands.Sortering).ThenBy(r => r.Directie.Afkorting, Nederlands.Sortering)
            .ToList();
        return Page();
    }
}
