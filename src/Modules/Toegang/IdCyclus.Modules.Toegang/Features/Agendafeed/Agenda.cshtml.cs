using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.Agendafeed;

/// <summary>
/// "Mijn agenda in Outlook": the person makes, replaces or revokes the secret link to their calendar feed (ADR 0025).
/// The link is shown once, right after it is made: only its hash is stored, so it cannot be shown again later.
/// </summary>
internal sealed class AgendaModel(AgendalinkLezer lezer, AgendalinkMakenHandler maken, AgendalinkIntrekkenHandler intrekken) : PageModel
{
    public const string Pad = "/agenda";

    public DateTime? ActiefSindsUtc { get; private set; }

    /// <summary>The link just made; null on every other view.</summary>
    public string? NieuweLink { get; private set; }

    public string? Melding { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon)
        {
            return Forbid();
        }

        ActiefSindsUtc = await lezer.ActiefSindsAsync(persoon, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMakenAsync(CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon)
        {
            return Forbid();
        }

        var resultaat = await maken.HandleAsync(new AgendalinkMaken(persoon), ct);
        if (resultaat.IsGelukt)
        {
            NieuweLink = $"{Request.Scheme}://{Request.Host}/agenda/{resultaat.Waarde}.ics";
            Melding = "Uw nieuwe agendalink is gemaakt. Een eerdere link werkt niet meer.";
        }
        else
        {
            ModelState.VoegToe(resultaat.Fouten);
        }

        ActiefSindsUtc = await lezer.ActiefSindsAsync(persoon, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon)
        {
            return Forbid();
        }

        var resultaat = await intrekken.HandleAsync(new AgendalinkIntrekken(persoon), ct);
        if (resultaat.IsGelukt)
        {
            Melding = "Uw agendalink is ingetrokken. Outlook krijgt via die link geen afspraken meer.";
        }
        else
        {
            ModelState.VoegToe(resultaat.Fouten);
        }

        ActiefSindsUtc = await lezer.ActiefSindsAsync(persoon, ct);
        return Page();
    }
}
