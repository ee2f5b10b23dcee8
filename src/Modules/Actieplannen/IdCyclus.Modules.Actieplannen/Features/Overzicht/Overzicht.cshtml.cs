using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Actieplannen.Features.Overzicht;

/// <summary><see cref="MagOpstellen"/>: no plan yet and the reader is its trekker today, the one who may write it (<see cref="Toegang"/>).</summary>
internal sealed record Overzichtregel(DirectieGegevens Directie, string Cluster, ActieplanSamenvatting? Plan, bool MagOpenen, bool MagOpstellen = false);

/// <summary>
/// Every directie the person may see with its current plan: status (item 5), version, last update and late actions.
/// Bureau and the GMT see all directies and filter by cluster; the GMT's view has no free text and no links.
/// </summary>
internal sealed class OverzichtModel(IActieplannenQueries actieplannen, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cluster { get; set; }

    public IReadOnlyList<ClusterGegevens> Clusters { get; private set; } = [];

    public IReadOnlyList<Overzichtregel> Regels { get; private set; } = [];

    public int Jaar { get; private set; }

    public bool Gemeentebreed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietOverzicht())
        {
            return Forbid();
        }

        Jaar = klok.Vandaag().Year;
        var plannen = (await actieplannen.HuidigeActieplannenAsync(ct)).ToDictionary(p => p.DirectieId);
        Clusters = (await organisatie.ClustersAsync(ct)).OrderBy(c => c.Naam, Nederlands.Sortering).ToList();
        var namen = Clusters.ToDictionary(c => c.Id, c => c.Naam);
        // A clusterdirecteur is a GMT member too, but sees the own cluster (as on Scores); the rest of the GMT sees all.
        Gemeentebreed = User.ZietAlles() || (User.IsInRole(Rollen.Gmt) && User.Clusters().Count == 0);
        var gemeentebreed = Gemeentebreed;
        // Only the directie's own people get the link to write a first plan, and of them only its trekker may follow it.
        var opstellen = new HashSet<Guid>();
        foreach (var directieId in User.Directies().Where(d => !plannen.ContainsKey(d)))
        {
            if (await User.IsTrekkerAsync(organisatie, directieId, klok, ct))
            {
                opstellen.Add(directieId);
            }
        }

        Regels = (await organisatie.ActieveDirectiesAsync(klok.Vandaag(), ct))
            .Where(d => gemeentebreed || User.MagZien(d.Id, d.ClusterId))
            .Where(d => string.IsNullOrEmpty(Cluster) || d.ClusterId == Cluster)
            .Select(d => new Overzichtregel(
                d, namen.GetValueOrDefault(d.ClusterId, d.ClusterId), plannen.GetValueOrDefault(d.Id), User.MagZien(d.Id, d.ClusterId),
                opstellen.Contains(d.Id)))
            .OrderBy(r => r.Cluster, Nederlands.Sortering).ThenBy(r => r.Directie.Afkorting, Nederlands.Sortering)
            .ToList();
        return Page();
    }
}
