using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.DirectieBekijken;

/// <summary>"Mijn directie" in the menu: straight to the own directie (or a choice, for someone in two).</summary>
internal sealed class MijnDirectieModel(IOrganisatieQueries organisatie) : PageModel
{
    public IReadOnlyList<DirectieGegevens> Directies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = User.Directies().ToList();
        if (ids.Count == 0)
        {
            return Forbid();
        }

        if (ids.Count == 1)
        {
            return Redirect($"/organisatie/directies/{ids[0]}");
        }

        var directies = new List<DirectieGegevens>();
        foreach (var id in ids)
        {
            if (await organisatie.DirectieAsync(id, cancellationToken) is { } directie)
            {
                directies.Add(directie);
            }
        }

        Directies = directies.OrderBy(d => d.Afkorting, IdCyclus.Shared.Nederlands.Sortering).ToList();
        return Page();
    }
}
