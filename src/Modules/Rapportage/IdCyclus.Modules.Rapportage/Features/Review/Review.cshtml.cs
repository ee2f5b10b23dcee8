using IdCyclus.Modules.Organisatie.Contracts;
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

/// <summary>
/// The werkgroep review: the concept version recorded for the round (not the live text), a comment form anchored to one
/// block, and per werkgroep member whether their review task is done.
/// </summary>
internal sealed class ReviewModel(Rapportlezer lezer, OpmerkingPlaatsenHandler plaatsen, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
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

    public IReadOnlyList<Reviewerstand> Reviewers { get; private set; } = [];

    /// <summary>The newest concept version when it is newer than the round's (Bureau's diff link), else null.</summary>
    public int? NieuwereConcept { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.MagReviewen())
        {
            return Forbid();
        }

        (Ronde, Opmerkingen) = await lezer.ReviewAsync(Jaar, null, ct);
        var inhoud = Ronde is null ? await lezer.ConceptAsync(Jaar, ct) : await lezer.ConceptversieInhoudAsync(Jaar, Ronde.Conceptnummer, ct);
        if (inhoud is null || (Ronde is null && !User.BeheertRapportage()))
        {
            return NotFound();
        }

        IsOpen = Ronde is not null && Reviewregels.IsOpen(Ronde.Deadline, klok.Vandaag());
        if (!IsOpen && !User.BeheertRapportage())
        {
            return Forbid();
        }

        if (Ronde is not null)
        {
            var leden = await organisatie.RolhoudersAsync(Rol.WerkgroepLid, klok.Vandaag(), cancellationToken: ct);
            Reviewers = await lezer.ReviewerstandAsync(Ronde, leden.Select(l => (l.Persoon.Id, l.Persoon.Naam)), ct);
            NieuwereConcept = await lezer.LaatsteConceptnummerAsync(Jaar, ct) is { } laatste && laatste > Ronde.Conceptnummer ? laatste : null;
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
