using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Weergave;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Rapport;

/// <summary>The report as it reads now (current snapshot, current block texts): Bureau only.</summary>
internal sealed class ConceptModel(Rapportlezer lezer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    public string Html { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var inhoud = await lezer.ConceptAsync(Jaar, ct);
        if (inhoud is null)
        {
            return NotFound();
        }

        Html = Rapportweergave.Fragment(inhoud);
        return Page();
    }
}
