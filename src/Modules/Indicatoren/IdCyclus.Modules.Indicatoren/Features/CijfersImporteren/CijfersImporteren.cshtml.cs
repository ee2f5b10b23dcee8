using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;

/// <summary>Bureau uploads a year's figures (CSV or XLSX); a valid file leads to its preview, a bad one lists every problem.</summary>
[RequestSizeLimit(Domain.Importbestand.MaxBytes + 500_000)]
internal sealed class CijfersImporterenModel(ImportVoorbereidenHandler handler, IndicatorenDbContext db) : PageModel
{
    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public IReadOnlyList<string> Fouten { get; private set; } = [];

    public IReadOnlyList<Import> Imports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        await LeesImportsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        if (Bestand is null || Bestand.Length == 0)
        {
            ModelState.AddModelError(nameof(Bestand), Bestand is null ? "Kies een CSV- of XLSX-bestand." : "Het bestand is leeg.");
            await LeesImportsAsync(ct);
            return Page();
        }

        if (Bestand.Length > Importbestand.MaxBytes)
        {
            ModelState.AddModelError(nameof(Bestand), "Het bestand is groter dan 2 MB.");
            await LeesImportsAsync(ct);
            return Page();
        }

        using var geheugen = new MemoryStream();
        await Bestand.CopyToAsync(geheugen, ct);
        var resultaat = await handler.VoerUitAsync(new ImportVoorbereiden(Bestand.FileName, geheugen.ToArray(), User.Identity?.Name ?? "Bureau"), ct);
        if (!resultaat.IsGelukt)
        {
            Fouten = resultaat.Fouten.Select(f => f.Melding).ToList();
            await LeesImportsAsync(ct);
            return Page();
        }

        return Redirect($"/indicatoren/importeren/{resultaat.Waarde}");
    }

    private async Task LeesImportsAsync(CancellationToken ct) =>
        Imports = (await db.Imports.AsNoTracking().Where(i => i.Status == Importstatus.Bevestigd).ToListAsync(ct))
            .OrderByDescending(i => i.AfgerondOpUtc).Take(20).ToList();
}
