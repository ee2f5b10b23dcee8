using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>
/// "Gesprek verplaatsen": the accounthouder (or Bureau) changes date, time, place or participants of a planned
/// duidingsgesprek until its outcome is recorded; everyone in the invitation gets the new one (ADR 0029). The planning
/// task's version travels in the form, so a move by someone else in between is refused and the input stays.
/// </summary>
internal sealed class VerplaatsenModel(Gesprekken gesprekken, GesprekVerplaatsenHandler handler) : PageModel
{
    public Duidingsgesprek Gesprek { get; private set; } = null!;

    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public string? Datum { get; set; }

    [BindProperty]
    public string? Begintijd { get; set; }

    [BindProperty]
    public string? Eindtijd { get; set; }

    [BindProperty]
    public string? Locatie { get; set; }

    [BindProperty]
    public string? Deelnemers { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LeesAsync(id, ct) is { } weigering)
        {
            return weigering;
        }

        var velden = Gesprek.Planning!.Velden();
        (Datum, Begintijd, Eindtijd, Locatie, Deelnemers) = (
            velden[Gespreksplanningregels.DatumVeld], velden[Gespreksplanningregels.BegintijdVeld], velden[Gespreksplanningregels.EindtijdVeld],
            velden[Gespreksplanningregels.LocatieVeld], velden[Gespreksplanningregels.DeelnemersVeld]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var velden = new Dictionary<string, string?>
        {
            [Gespreksplanningregels.DatumVeld] = Datum, [Gespreksplanningregels.BegintijdVeld] = Begintijd,
            [Gespreksplanningregels.EindtijdVeld] = Eindtijd, [Gespreksplanningregels.LocatieVeld] = Locatie,
            [Gespreksplanningregels.DeelnemersVeld] = Deelnemers,
        };
        var resultaat = await handler.VoerUitAsync(
            new GesprekVerplaatsen(id, Versie, velden, User.PersoonId(), User.Identity?.Name ?? "Onbekend", User.IsBureau()), ct);
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = "Het gesprek is verplaatst. De clusterdirecteur en de deelnemers krijgen de nieuwe uitnodiging per mail.";
            return Redirect($"/duidingsgesprekken/{id}");
        }

        if (await LeesAsync(id, ct) is { } weigering)
        {
            return weigering;
        }

        ModelState.VoegToe(resultaat.Fouten);
        return Page();
    }

    /// <summary>The conversation as it is now (also after a refused move: the person sees the current time and version).</summary>
    private async Task<IActionResult?> LeesAsync(Guid id, CancellationToken ct)
    {
        if (await gesprekken.VindAsync(id, ct) is not { } gesprek)
        {
            return NotFound();
        }

        if (!gesprek.IsVanAccounthouder(User.PersoonId(), User.IsBureau()))
        {
            return Forbid();
        }

        Gesprek = gesprek;
        if (!gesprek.KanVerplaatsen)
        {
            return Redirect(gesprek.Pad);
        }

        ModelState.Remove(nameof(Versie));
        Versie = gesprek.Plantaak.Versie;
        return null;
    }
}
