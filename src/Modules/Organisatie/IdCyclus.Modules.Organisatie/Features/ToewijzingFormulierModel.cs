using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared.Validation;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features;

/// <summary>
/// What the forms that change one role assignment share: loading it, the version the person saw, and what happens
/// on a conflict — the current data is shown, the person's input stays in the fields, and nothing is overwritten.
/// </summary>
internal abstract class ToewijzingFormulierModel(OrganisatieLezer lezer) : PageModel
{
    [BindProperty]
    public int Versie { get; set; }

    public Roltoewijzing Toewijzing { get; private set; } = null!;

    public string Terug => Toewijzing.DirectieId is { } d ? $"/organisatie/directies/{d}"
        : Toewijzing.ClusterId is { } c ? $"/organisatie/clusters/{c}"
        : "/organisatie/personen";

    protected async Task<bool> LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        var toewijzing = await lezer.ToewijzingAsync(id, cancellationToken);
        if (toewijzing is null)
        {
            return false;
        }

        Toewijzing = toewijzing;
        return true;
    }

    protected async Task<IActionResult> VerwerkAsync(Guid id, Resultaat<Guid> resultaat, string melding, CancellationToken cancellationToken)
    {
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = melding;
            return Redirect(Terug);
        }

        ModelState.VoegToe(resultaat.Fouten);
        // Show what is stored now (after someone else's change), with the person's own input still in the fields.
        return await LaadAsync(id, cancellationToken) ? Page() : NotFound();
    }
}
