using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.ClusterBekijken;

/// <summary>A cluster's own roles (clusterdirecteur, accounthouder) and their history; its directies are on the overview.</summary>
internal sealed class ClusterModel(OrganisatieLezer lezer, TimeProvider klok) : PageModel
{
    public ClusterDetail Detail { get; private set; } = null!;

    public IReadOnlyList<ClusterBlok> Overzicht { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var vandaag = klok.Vandaag();
        var detail = await lezer.ClusterAsync(id, vandaag, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (!User.MagClusterZien(id))
        {
            return Forbid();
        }

        Detail = detail;
        Overzicht = await lezer.ClusteroverzichtAsync(vandaag, c => c == id, cancellationToken);
        return Page();
    }
}
