using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Overzicht;

/// <summary>Every year's report: Bureau starts a new one here; everyone else sees the published ones.</summary>
internal sealed class RapportagesModel(Rapportlezer lezer, MomentopnameNemenHandler starten, EigenSecties eigenSecties, TimeProvider klok) : PageModel
{
    public IReadOnlyList<(int Jaar, int Snapshots, int Publicaties)> Jaren { get; private set; } = [];

    /// <summary>A clusterdirecteur's own sections of unpublished years (ADR 0017), for the duidingsgesprek.</summary>
    public IReadOnlyList<SectieGegevens> EigenSecties { get; private set; } = [];

    [BindProperty]
    public int? Jaar { get; set; }

    public int Voorstel => klok.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Jaren = await lezer.JarenAsync(ct);
        if (!User.BeheertRapportage())
        {
            EigenSecties = await eigenSecties.LeesAsync(User, Jaren.Where(j => j.Publicaties == 0).Select(j => j.Jaar), ct);
            Jaren = Jaren.Where(j => j.Publicaties > 0).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        if (Jaar is not { } jaar)
        {
            ModelState.AddModelError(nameof(Jaar), "Vul het jaar van de rapportage in, bijvoorbeeld 2024.");
            return await OnGetAsync(ct);
        }

        var bestaand = await lezer.StandAsync(jaar, ct);
        if (bestaand is not null)
        {
            ModelState.AddModelError(nameof(Jaar), $"Rapportage {jaar} is al gestart; neem daar een nieuwe momentopname.");
            return await OnGetAsync(ct);
        }

        var resultaat = await starten.VoerUitAsync(new MomentopnameNemenOpdracht(jaar, null, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"Rapportage {jaar} is gestart met momentopname 1.";
        return Redirect($"/rapportage/{jaar}");
    }
}
