using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.DirectieBekijken;

/// <summary>"Mijn directie" in the menu: straight to the own directie (or a choice, for someone in two).</summary>
internal sealed class MijnDirectieModel : PageModel
{
    public IReadOnlyList<Guid> Directies { get; private set; } = [];

    public IActionResult OnGet()
    {
        Directies = User.Directies().ToList();
        return Directies.Count switch
        {
            0 => Forbid(),
            1 => Redirect($"/organisatie/directies/{Directies[0]}"),
            _ => Page(),
        };
    }
}
