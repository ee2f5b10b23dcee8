using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.Lezen;
using IdCyclus.Modules.Vragenlijst.Features.Verantwoording;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Scores;

/// <summary>One of the year's report sections (2024: seven, Stadsdelen and Beheer en Dienstverlening apart) and its rows.</summary>
internal sealed record Scoresectie(string Naam, IReadOnlyList<Scoreregel> Regels);

/// <summary>
/// Per report section the final scores of its directies: total, randvoorwaarden, thema's, op-orde marks, respondent
/// type and the change against last year where comparable (or why not). Bureau sees every section; accounthouders and
/// clusterdirecteuren their own cluster's. Only scores are shown here: qualitative answers stay on the directie's own
/// interview page.
/// </summary>
internal sealed class ScoresModel(ScoreLezer lezer, VerantwoordingLezer verantwoording, IOrganisatieQueries organisatie, VragenlijstDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public Scoreoverzicht? Overzicht { get; private set; }

    public IReadOnlyList<Scoresectie> Secties { get; private set; } = [];

    /// <summary>
    /// The directies the municipality-wide figures are computed over: all of them for Bureau and the GMT (which sees
    /// aggregates only), the visible clusters' for everyone else.
    /// </summary>
    public IReadOnlyList<Scoreregel> Totaal { get; private set; } = [];

    public bool AlleenTotaal { get; private set; }

    public bool IsGemeentebreed { get; private set; }

    /// <summary>How many of the year's final interviews are fictional demo data.</summary>
    public int AantalFictief { get; private set; }

    /// <summary>Per directie why its change against last year is not shown; absent when it is.</summary>
    public IReadOnlyDictionary<Guid, string> NietVergelijkbaar { get; private set; } = new Dictionary<Guid, string>();

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
        var zichtbaar = (Overzicht?.Regels ?? []).Where(r => User.MagClusterZien(r.ClusterId)).ToList();
        Secties = await PerSectieAsync(Jaar.Value, zichtbaar, ct);
        IsGemeentebreed = User.ZietAlles() || gmt;
        Totaal = IsGemeentebreed ? Overzicht?.Regels ?? [] : zichtbaar;
        AlleenTotaal = Secties.Count == 0 && Totaal.Count > 0;
        AantalFictief = (await verantwoording.FictieveDirectiesAsync(Jaar.Value, ct)).Count;
        var redenen = await verantwoording.RedenenZonderInterviewAsync(Jaar.Value - 1, ct);
        NietVergelijkbaar = zichtbaar
            .Select(r => (r.DirectieId, Reden: Jaarvergelijking.WaaromNiet(r.TenOpzichteVanVorigJaar, Jaar.Value, redenen.GetValueOrDefault(r.DirectieId))))
            .Where(r => r.Reden is not null)
            .ToDictionary(r => r.DirectieId, r => r.Reden!);
        return Page();
    }

    /// <summary>
    /// Groups by the report's sections in their order. A section is a whole cluster or one koker of it; the koker is the
    /// directie's (Organisatie's), the cluster the one stored with the interview, so a later move keeps old scores put.
    /// </summary>
    private async Task<IReadOnlyList<Scoresectie>> PerSectieAsync(int jaar, List<Scoreregel> regels, CancellationToken ct)
    {
        var secties = await organisatie.RapportsectiesAsync(jaar, ct);
        var perRegel = new List<(int Volgorde, string Naam, Scoreregel Regel)>();
        foreach (var regel in regels)
        {
            var vanCluster = secties.Select((s, i) => (Sectie: s, Volgorde: i)).Where(s => s.Sectie.ClusterId == regel.ClusterId).ToList();
            var gevonden = vanCluster.Count == 1 ? vanCluster[0] : await KokerAsync(vanCluster, regel, ct);
            perRegel.Add(gevonden is { } s ? (s.Volgorde, s.Sectie.Naam, regel) : (secties.Count, regel.Cluster, regel));
        }

        return perRegel
            .GroupBy(p => (p.Volgorde, p.Naam))
            .OrderBy(g => g.Key.Volgorde).ThenBy(g => g.Key.Naam, IdCyclus.Shared.Nederlands.Sortering)
            .Select(g => new Scoresectie(g.Key.Naam, g.Select(p => p.Regel).ToList()))
            .ToList();
    }

    private async Task<(RapportsectieGegevens Sectie, int Volgorde)?> KokerAsync(
        List<(RapportsectieGegevens Sectie, int Volgorde)> vanCluster, Scoreregel regel, CancellationToken ct)
    {
        var directie = await organisatie.DirectieAsync(regel.DirectieId, ct);
        var sectie = directie is null ? default : vanCluster.FirstOrDefault(s => s.Sectie.Omvat(directie));
        return sectie.Sectie is null ? null : sectie;
    }
}
