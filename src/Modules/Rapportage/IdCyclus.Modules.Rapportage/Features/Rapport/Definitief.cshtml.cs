using IdCyclus.Modules.Rapportage.Features.Lezen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Rapport;

/// <summary>
/// A published version exactly as it was published (its stored HTML), for every signed-in person; without a number
/// the newest. The PDF is the same HTML printed.
/// </summary>
internal sealed class DefinitiefModel(Rapportlezer lezer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Nummer { get; set; }

    public Persistence.Publicatie Publicatie { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietGepubliceerd())
        {
            return Challenge();
        }

        var publicatie = await lezer.PublicatieAsync(Jaar, Nummer, ct);
        if (publicatie is null)
        {
            return NotFound();
        }

        Publicatie = publicatie;
        return Page();
    }
}

/// <summary>The stored PDF of a published version, as a download.</summary>
internal sealed class PdfModel(Rapportlezer lezer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Nummer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietGepubliceerd())
        {
            return Challenge();
        }

        var publicatie = await lezer.PublicatieAsync(Jaar, Nummer, ct);
        return publicatie?.Pdf is { } pdf
            ? File(pdf, "application/pdf", $"voortgangsrapportage-{Jaar}-versie-{publicatie.Nummer}.pdf")
            : NotFound();
    }
}
