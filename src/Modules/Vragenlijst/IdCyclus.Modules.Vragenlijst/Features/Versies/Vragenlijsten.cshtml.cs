using IdCyclus.Modules.Vragenlijst.Features.VersieKopieren;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Versies;

/// <summary>Bureau's list of questionnaire versions; next year's version starts as a copy of the latest.</summary>
internal sealed class VragenlijstenModel(VragenlijstDbContext db, VersieKopierenHandler kopieren, EerderJaarHandler eerderJaar) : PageModel
{
    public IReadOnlyList<Vragenlijstversie> Versies { get; private set; } = [];

    [BindProperty]
    public string? EerderJaar { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        Versies = await db.Versies.AsNoTracking().OrderByDescending(v => v.Jaar).ToListAsync(ct);
        return Page();
    }

    /// <summary>
    /// Records the questionnaire of a year before the first one (2023), so that Bureau can import that year's interviews
    /// from its spreadsheets. Its items start as a copy of the earliest version; which questions changed between those
    /// years is not recorded in the sources (VGR2024, bijlage 2.2.1), so nothing is compared with it until Bureau says so.
    /// </summary>
    public async Task<IActionResult> OnPostEerderJaarAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await eerderJaar.HandleAsync(new EerderJaarOpdracht(EerderJaar, User.Identity?.Name ?? "Bureau"), ct);
        if (!resultaat.IsGelukt)
        {
            foreach (var fout in resultaat.Fouten)
            {
                ModelState.AddModelError(fout.Veld, fout.Melding);
            }

            Versies = await db.Versies.AsNoTracking().OrderByDescending(v => v.Jaar).ToListAsync(ct);
            return Page();
        }

        TempData["Melding"] = "De vragenlijst is vastgelegd als concept. Pas de vragen aan zoals ze dat jaar waren en publiceer haar; "
            + "daarna kunt u de interviews van dat jaar importeren.";
        return Redirect($"/vragenlijsten/{resultaat.Waarde}");
    }

    public async Task<IActionResult> OnPostKopieAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await kopieren.HandleAsync(new VersieKopierenOpdracht(User.Identity?.Name ?? "Bureau"), ct);
        if (!resultaat.IsGelukt)
        {
            TempData["Melding"] = string.Join(" ", resultaat.Fouten.Select(f => f.Melding));
            return Redirect("/vragenlijsten");
        }

        TempData["Melding"] = "De kopie is gemaakt. Pas de vragen aan en publiceer de versie als zij klaar is.";
        return Redirect($"/vragenlijsten/{resultaat.Waarde}");
    }
}
