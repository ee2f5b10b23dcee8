using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;

/// <summary>Bureau imports plans in the documented JSON format: all or nothing, each problem with its JSON path.</summary>
internal sealed class ImporterenModel : PageModel
{
    public IReadOnlyList<string> Geimporteerd { get; private set; } = [];

    public IActionResult OnGet() => User.IsBureau() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? bestand, [FromServices] ImportHandler handler, CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        if (bestand is null || bestand.Length == 0)
        {
            ModelState.AddModelError("Bestand", "Kies een JSON-bestand met actieplannen.");
            return Page();
        }

        using var lezer = new StreamReader(bestand.OpenReadStream());
        var resultaat = await handler.VoerUitAsync(await lezer.ReadToEndAsync(ct), $"{User.Identity?.Name} (import {bestand.FileName})", ct);
        if (!resultaat.IsGelukt)
        {
            foreach (var fout in resultaat.Fouten)
            {
                ModelState.AddModelError("", $"{fout.Veld}: {fout.Melding}");
            }

            return Page();
        }

        Geimporteerd = resultaat.Waarde!.Regels;
        return Page();
    }
}
