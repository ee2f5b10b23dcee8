using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;

/// <summary>
/// What an uploaded file would change (new, changed, unchanged figures), and Bureau's confirm or cancel. The form
/// carries the fingerprint of what is shown, so a confirmation applies exactly this preview.
/// </summary>
internal sealed class CijfersVoorbeeldModel(IndicatorenDbContext db, Importcontrole controle, ImportBevestigenHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Vingerafdruk { get; set; }

    public Import? Import { get; private set; }

    public Importuitkomst? Uitkomst { get; private set; }

    public IReadOnlyList<string> Fouten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        return await ToonAsync(ct);
    }

    public async Task<IActionResult> OnPostBevestigenAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await handler.VoerUitAsync(new ImportBevestigen(Id, Vingerafdruk ?? "", User.Identity?.Name ?? "Bureau"), ct);
        if (!resultaat.IsGelukt)
        {
            Fouten = resultaat.Fouten.Select(f => f.Melding).ToList();
            return await ToonAsync(ct);
        }

        var r = resultaat.Waarde!;
        TempData["Melding"] = $"Import bevestigd: {r.Nieuw} nieuw, {r.Gewijzigd} gewijzigd (oude waarde bewaard), {r.Ongewijzigd} ongewijzigd.";
        return Redirect("/indicatoren");
    }

    public async Task<IActionResult> OnPostAnnulerenAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await handler.AnnuleerAsync(Id, ct);
        if (!resultaat.IsGelukt)
        {
            Fouten = resultaat.Fouten.Select(f => f.Melding).ToList();
            return await ToonAsync(ct);
        }

        TempData["Melding"] = "Import geannuleerd; er is niets opgeslagen.";
        return Redirect("/indicatoren/importeren");
    }

    private async Task<IActionResult> ToonAsync(CancellationToken ct)
    {
        Import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, ct);
        if (Import is null)
        {
            return NotFound();
        }

        if (Import.Status == Importstatus.Voorbeeld)
        {
            Uitkomst = await controle.ControleerAsync(Import.Inhoud, ct);
            Vingerafdruk = Uitkomst.Vergelijking?.Vingerafdruk;
            ModelState.Remove(nameof(Vingerafdruk));
        }

        return Page();
    }

    public IEnumerable<Wijziging> Van(Wijzigingssoort soort) => Uitkomst?.Vergelijking?.Wijzigingen.Where(w => w.Soort == soort) ?? [];
}
