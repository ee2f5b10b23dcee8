using IdCyclus.Modules.Vragenlijst.Features.Lezen;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Scores;

/// <summary>
/// Per cluster the final scores of its directies: total, randvoorwaarden, thema's, op-orde marks, respondent type and
/// the change against last year where comparable. Bureau sees every cluster; accounthouders and clusterdirecteuren
/// their own. Only scores are shown here: qualitative answers stay on the directie's own interview page.
/// </summary>
internal sealed class ScoresModel(ScoreLezer lezer, VragenlijstDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public Scoreoverzicht? Overzicht { get; private set; }

    public IReadOnlyList<IGrouping<string, Scoreregel>> Clusters { get; private set; } = [];

    /// <summary>
    /// The directies the municipality-wide figures are computed over: all of them for Bureau and the GMT (which sees
    /// aggregates only), the visible clusters' for everyone else.
    /// </summary>
    public IReadOnlyList<Scoreregel> Totaal { get; private set; } = [];

    public bool AlleenTotaal { get; private set; }

    public bool IsGemeentebreed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var gmt = User.IsInRole(Rollen.Gmt);
        if (!User.ZietAlles() && User.Clusters().Count == 0 && !gmt)
        {
            return Forbid();
        }

        Jaren = await db.Versies.AsNoTracking().Select(v => v.Jaar).OrderByDescending(j => j).ToListAsync(ct);
        // Default: the latest year with a final interview, else the latest questionnaire.
        Jaar ??= await db.Interviews.AsNoTracking().Where(i => i.Status == Contracts.InterviewStatus.Definitief)
            .Select(i => (int?)i.Jaar).MaxAsync(ct) ?? Jaren.FirstOrDefault();
        Overzicht = await lezer.LeesAsync(Jaar.Value, alleenDefinitief: true, ct);
        Clusters = (Overzicht?.Regels ?? []).Where(r => User.MagClusterZien(r.ClusterId)).GroupBy(r => r.Cluster).ToList();
        IsGemeentebreed = User.ZietAlles() || gmt;
        Totaal = IsGemeentebreed ? Overzicht?.Regels ?? [] : Clusters.SelectMany(c => c).ToList();
        AlleenTotaal = Clusters.Count == 0 && Totaal.Count > 0;
        return Page();
    }
}
