using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;
using IdCyclus.Modules.Rapportage.Features.Publiceren;
using IdCyclus.Modules.Rapportage.Features.TekstBewerken;
using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Rapport;

/// <summary>Bureau's page for one year's report: snapshots and their changes, the blocks' states, concepts, publishing.</summary>
internal sealed class BeheerModel(
    Rapportlezer lezer,
    MomentopnameNemenHandler momentopname,
    ConceptVastleggenHandler concept,
    PublicerenHandler publiceren,
    Review.ReviewStartenHandler review,
    Review.ReviewtakenStartenHandler reviewtaken,
    IAchtergrondTaken taken) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty]
    public int Versie { get; set; }

    public Rapportstand Stand { get; private set; } = null!;

    public IReadOnlyList<Blokdefinitie> Definities { get; private set; } = [];

    public AchtergrondVoortgang? PdfVoortgang { get; private set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    public Persistence.Reviewronde? Ronde { get; private set; }

    public int OpenOpmerkingen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var stand = await lezer.StandAsync(Jaar, ct);
        if (stand is null)
        {
            return NotFound();
        }

        Stand = stand;
        var inhoud = (await lezer.ConceptAsync(Jaar, ct))!;
        Definities = Tekstblokken.Voor(inhoud.Momentopname.Secties);
        var (ronde, opmerkingen) = await lezer.ReviewAsync(Jaar, null, ct);
        (Ronde, OpenOpmerkingen) = (ronde, opmerkingen.Count(o => !o.IsAfgehandeld));
        if (stand.Publicaties.FirstOrDefault() is { PdfHash: null, PdfTaakId: { } taak })
        {
            PdfVoortgang = await taken.VoortgangAsync(taak, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMomentopnameAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await momentopname.VoerUitAsync(new MomentopnameNemenOpdracht(Jaar, Versie, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"Momentopname {resultaat.Waarde!.Nummer} genomen: {resultaat.Waarde.Wijzigingen.Count} wijziging(en).";
        return Redirect($"/rapportage/{Jaar}");
    }

    public async Task<IActionResult> OnPostConceptAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await concept.VoerUitAsync(new ConceptVastleggen(Jaar, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"Conceptversie {resultaat.Waarde} vastgelegd.";
        return Redirect($"/rapportage/{Jaar}");
    }

    public async Task<IActionResult> OnPostPublicerenAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await publiceren.VoerUitAsync(new RapportPubliceren(Jaar, Versie, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"Definitieve versie {resultaat.Waarde!.Nummer} gepubliceerd. De PDF wordt op de achtergrond gemaakt.";
        return Redirect($"/rapportage/{Jaar}");
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await review.VoerUitAsync(new Review.ReviewStarten(Jaar, Deadline, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = resultaat.Waarde!.Takenfout is { } fout
            ? $"Review gestart op conceptversie {resultaat.Waarde.Conceptnummer}. {fout}"
            : $"Review gestart op conceptversie {resultaat.Waarde.Conceptnummer}; elk werkgroeplid heeft een reviewtaak in Mijn taken.";
        return Redirect($"/rapportage/{Jaar}");
    }

    /// <summary>Starts the werkgroep's review tasks again when the first start failed; a round gets its tasks once.</summary>
    public async Task<IActionResult> OnPostReviewtakenAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await reviewtaken.VoerUitAsync(new Review.ReviewtakenStarten(Jaar, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"De reviewtaken voor conceptversie {resultaat.Waarde} staan klaar.";
        return Redirect($"/rapportage/{Jaar}");
    }
}
