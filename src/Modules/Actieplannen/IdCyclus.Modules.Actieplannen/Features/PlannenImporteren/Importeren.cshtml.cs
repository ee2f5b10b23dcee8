using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;

/// <summary>Bureau imports plans in the documented JSON format: all or nothing, each problem with its JSON path.</summary>
/// <remarks>The body limit is the file maximum plus room for the form, checked before anything is buffered.</remarks>
[RequestSizeLimit(MaxBytes + 500_000)]
internal sealed class ImporterenModel : PageModel
{
    public const int MaxBytes = 2_000_000;

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

        if (bestand.Length > MaxBytes)
        {
            ModelState.AddModelError("Bestand", "Het bestand is groter dan 2 MB.");
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
