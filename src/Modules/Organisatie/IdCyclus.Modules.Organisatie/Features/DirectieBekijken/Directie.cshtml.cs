using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.DirectieBekijken;

/// <summary>One directie: who holds which role now, the history of its trekkers, and every change made to it.</summary>
internal sealed class DirectieModel(OrganisatieLezer lezer, TimeProvider klok) : PageModel
{
    public DirectieDetail Detail { get; private set; } = null!;

    public DateOnly Vandaag { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Vandaag = klok.Vandaag();
        var detail = await lezer.DirectieAsync(id, Vandaag, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (!User.MagDirectieZien(detail.Directie.Id, detail.Directie.ClusterId))
        {
            return Forbid();
        }

        Detail = detail;
        return Page();
    }
}
