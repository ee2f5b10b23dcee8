using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Vragenlijst.Features.Importeren;

/// <summary>Bureau imports final interviews from a JSON file (upload or paste); every problem is listed and nothing is saved.</summary>
[RequestSizeLimit(MaxBytes + 500_000)]
internal sealed class ImporterenModel(InterviewImporteur importeur) : PageModel
{
    public const int MaxBytes = 2_000_000;

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty]
    public string? Inhoud { get; set; }

    public IReadOnlyList<string> Fouten { get; private set; } = [];

    public IActionResult OnGet() => User.IsBureau() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        string json;
        if (Bestand is { Length: > 0 })
        {
            if (Bestand.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Bestand), "Het bestand is groter dan 2 MB.");
                return Page();
            }

            using var lezer = new StreamReader(Bestand.OpenReadStream());
            json = await lezer.ReadToEndAsync(ct);
        }
        else if (!string.IsNullOrWhiteSpace(Inhoud))
        {
            json = Inhoud;
        }
        else
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een JSON-bestand of plak de inhoud in het tekstvak.");
            return Page();
        }

        var resultaat = await importeur.ImporteerAsync(json, User.Identity?.Name ?? "Bureau", ct);
        if (!resultaat.IsGelukt)
        {
            Fouten = resultaat.Fouten.Select(f => f.Melding).ToList();
            Inhoud = json;
            return Page();
        }

        var uitslag = resultaat.Waarde!;
        TempData["Melding"] = $"{uitslag.Aantal} interview(s) geïmporteerd als definitief.";
        // Land on the year just imported, not on the newest year's list.
        return Redirect(uitslag.Jaren.Count > 0 ? $"/interviews?jaar={uitslag.Jaren[^1]}" : "/interviews");
    }
}
