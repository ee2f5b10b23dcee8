using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Actieplannen.Features.VoortgangBijwerken;

/// <summary>The trekker records a status and a short note per action; from a quarterly task the page returns to that task.</summary>
internal sealed class VoortgangModel(Planlezer lezer, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    public Planweergave Plan { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public Guid? Taak { get; set; }

    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Actie { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Notitie { get; set; } = [];

    public static IReadOnlyList<IdCyclus.Shared.Web.Keuze> Statussen { get; } = Planbestandlezer.ActieStatussen
        .Select(s => new IdCyclus.Shared.Web.Keuze(s.Key, Voortgangsregels.Naam(s.Value))).ToList();

    public async Task<IActionResult> OnGetAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        foreach (var actie in Plan.Inhoud.AlleActies())
        {
            var voortgang = Plan.Voortgang.GetValueOrDefault(actie.Sleutel);
            Actie[actie.Sleutel] = voortgang is null ? null : Planbestandlezer.Code(Planbestandlezer.ActieStatussen, voortgang.Status);
            Notitie[actie.Sleutel] = voortgang?.Notitie;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int jaar, Guid directieId, [FromServices] VoortgangBijwerkenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        var acties = Plan.Inhoud.AlleActies()
            .Select(a => new Actiestatus(a.Sleutel,
                Actie.GetValueOrDefault(a.Sleutel) is { } code && Planbestandlezer.ActieStatussen.TryGetValue(code, out var s) ? s : null,
                Notitie.GetValueOrDefault(a.Sleutel)?.Trim() is { Length: > 0 } n ? n : null))
            .ToList();
        var resultaat = await handler.VoerUitAsync(new VoortgangBijwerken(directieId, jaar, Versie, acties, Actor.Van(User)), ct);
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = Taak is null ? "De voortgang is bijgewerkt." : "De voortgang is bijgewerkt. U kunt de taak nu afronden.";
            return Redirect(Taak is { } taak ? $"/taken/{taak}" : $"/actieplannen/{jaar}/{directieId}");
        }

        foreach (var fout in resultaat.Fouten)
        {
            ModelState.AddModelError(fout.Veld, fout.Melding);
        }

        return Page();
    }

    private async Task<IActionResult?> LaadAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        var plan = await lezer.LeesAsync(jaar, directieId, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (!await User.IsTrekkerAsync(organisatie, directieId, klok, ct))
        {
            return Forbid();
        }

        Plan = plan;
        if (Versie == 0)
        {
            Versie = plan.Plan.Versie;
        }

        return null;
    }
}
