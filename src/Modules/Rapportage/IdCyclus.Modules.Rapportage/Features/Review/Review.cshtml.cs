using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Review;

/// <summary>The werkgroep review: the concept as it reads now, and a comment form anchored to one block.</summary>
internal sealed class ReviewModel(Rapportlezer lezer, OpmerkingPlaatsenHandler plaatsen, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sleutel { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    public Reviewronde? Ronde { get; private set; }

    public bool IsOpen { get; private set; }

    public IReadOnlyList<Opmerking> Opmerkingen { get; private set; } = [];

    public IReadOnlyList<Blokdefinitie> Blokken { get; private set; } = [];

    public string Html { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.MagReviewen())
        {
            return Forbid();
        }

        var inhoud = await lezer.ConceptAsync(Jaar, ct);
        (Ronde, Opmerkingen) = await lezer.ReviewAsync(Jaar, null, ct);
        if (inhoud is null || (Ronde is null && !User.BeheertRapportage()))
        {
            return NotFound();
        }

        IsOpen = Ronde is not null && Reviewregels.IsOpen(Ronde.Deadline, klok.Vandaag());
        if (!IsOpen && !User.BeheertRapportage())
        {
            return Forbid();
        }

        Blokken = Tekstblokken.Voor(inhoud.Momentopname.Secties);
        Html = Rapportweergave.Fragment(inhoud);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.MagReviewen())
        {
            return Forbid();
        }

        var resultaat = await plaatsen.VoerUitAsync(new OpmerkingPlaatsen(Jaar, Sleutel, Tekst, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = "Uw opmerking is geplaatst.";
        return Redirect($"/rapportage/{Jaar}/review");
    }
}
