using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.Clusteroverzicht;

/// <summary>The organisation on a chosen day: per cluster its directies, whether they have a trekker, hours, directeur.</summary>
internal sealed class ClusteroverzichtModel(OrganisatieLezer lezer, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Peildatum { get; set; }

    public DateOnly Datum { get; private set; }

    public IReadOnlyList<ClusterBlok> Clusters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.ZietAlles() && User.Clusters().Count == 0)
        {
            // A trekker or directeur has no cluster view; the own directie is what they may see.
            return User.Directies().Count > 0 ? Redirect("/organisatie/mijn-directie") : Forbid();
        }

        if (!ModelState.IsValid)
        {
            Peildatum = null;
        }

        Datum = Peildatum ?? klok.Vandaag();
        Clusters = await lezer.ClusteroverzichtAsync(Datum, User.MagClusterZien, cancellationToken);
        return Page();
    }
}
