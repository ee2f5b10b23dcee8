using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>
/// "Gesprek annuleren": the accounthouder (or Bureau) calls off a planned duidingsgesprek with a reason, until its outcome
/// is recorded; everyone in the invitation gets the cancellation (ADR 0027). The planning task's version travels in the
/// form, so a move or cancellation by someone else in between is refused and the reason typed stays.
/// </summary>
internal sealed class AnnulerenModel(Gesprekken gesprekken, GesprekAnnulerenHandler handler) : PageModel
{
    public Duidingsgesprek Gesprek { get; private set; } = null!;

    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LeesAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var resultaat = await handler.VoerUitAsync(
            new GesprekAnnuleren(id, Versie, Reden, User.PersoonId(), User.Identity?.Name ?? "Onbekend", User.IsBureau()), ct);
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = "Het gesprek is geannuleerd. De clusterdirecteur en de deelnemers krijgen de afzegging per mail.";
            return Redirect($"/duidingsgesprekken/{id}");
        }

        // After a refusal the page stays, with its reason (also "al geannuleerd" or "uitkomst al vastgelegd"): no silent redirect.
        if (await LeesAsync(id, ct, naWeigering: true) is { } weigering)
        {
            return weigering;
        }

        ModelState.VoegToe(resultaat.Fouten);
        return Page();
    }

    /// <summary>The conversation as it is now; cancelled already or with an outcome: back to its page, which says so.</summary>
    private async Task<IActionResult?> LeesAsync(Guid id, CancellationToken ct, bool naWeigering = false)
    {
        if (await gesprekken.VindAsync(id, ct) is not { } gesprek)
        {
            return NotFound();
        }

        if (!gesprek.IsVanAccounthouder(User.PersoonId(), User.IsBureau()))
        {
            return Forbid();
        }

        Gesprek = gesprek;
        if (!gesprek.KanAnnuleren && !naWeigering)
        {
            return Redirect(gesprek.Pad);
        }

        ModelState.Remove(nameof(Versie));
        Versie = gesprek.Plantaak.Versie;
        return null;
    }
}
