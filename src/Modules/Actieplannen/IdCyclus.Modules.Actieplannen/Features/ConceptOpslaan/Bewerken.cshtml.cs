using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.ConceptOpslaan;

/// <summary>
/// The trekker edits the whole plan on one page. A year's first plan starts from the latest earlier plan, if any; a
/// plan whose latest version is approved is edited into a new concept (the page says so before saving).
/// </summary>
internal sealed class BewerkenModel(Planlezer lezer, ActieplannenDbContext db, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    public DirectieGegevens Directie { get; private set; } = null!;

    public Planweergave? Plan { get; private set; }

    public Dictionary<string, string?> Waarden { get; private set; } = [];

    public int Versie { get; private set; }

    public async Task<IActionResult> OnGetAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        var inhoud = Plan?.Inhoud
            ?? await VorigPlanAsync(directieId, jaar, ct)
            ?? new Planinhoud { Titel = $"Actieplan Inclusie en Diversiteit {jaar} – {Directie.Weergavenaam}" };
        if (inhoud.Status == PlanStatus.VolledigPlanGeaccordeerd)
        {
            // A new concept is a concept until the directeur approves it again.
            inhoud = inhoud with { Status = PlanStatus.ConceptPlan };
        }

        Waarden = Planformulier.Waarden(inhoud);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int jaar, Guid directieId, [FromServices] ConceptOpslaanHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        Waarden = Request.Form.ToDictionary(f => f.Key, f => (string?)string.Join(",", f.Value.ToArray()), StringComparer.Ordinal);
        Versie = int.TryParse(Waarden.GetValueOrDefault("Versie"), out var v) ? v : -1;
        var (inhoud, fouten, naarVeld) = Planformulier.Lees(Waarden, () => "a-" + Guid.NewGuid().ToString("N")[..8]);
        if (fouten.Count == 0)
        {
            var resultaat = await handler.VoerUitAsync(new ConceptOpslaan(directieId, jaar, Versie, inhoud, Actor.Van(User)), ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = "Het concept is opgeslagen.";
                return Redirect($"/actieplannen/{jaar}/{directieId}");
            }

            fouten = resultaat.Fouten.ToList();
        }

        foreach (var fout in fouten)
        {
            ModelState.AddModelError(fout.Veld is "Versie" or "" ? fout.Veld : naarVeld(fout.Veld), fout.Melding);
        }

        return Page();
    }

    private async Task<Planinhoud?> VorigPlanAsync(Guid directieId, int jaar, CancellationToken ct)
    {
        var vorig = await db.Actieplannen.AsNoTracking()
            .Where(p => p.DirectieId == directieId && p.Jaar < jaar)
            .OrderByDescending(p => p.Jaar)
            .FirstOrDefaultAsync(ct);
        return vorig is null
            ? null
            : (await db.Versies.AsNoTracking().Where(v => v.ActieplanId == vorig.Id).OrderByDescending(v => v.Nummer).FirstAsync(ct)).Inhoud;
    }

    private async Task<IActionResult?> LaadAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await organisatie.DirectieAsync(directieId, ct) is not { } directie)
        {
            return NotFound();
        }

        if (!await User.IsTrekkerAsync(organisatie, directieId, klok, ct))
        {
            return Forbid();
        }

        if (jaar < 2020 || jaar > klok.Vandaag().Year + 1)
        {
            return NotFound();
        }

        Directie = directie;
        Plan = await lezer.LeesAsync(jaar, directieId, ct);
        Versie = Plan?.Plan.Versie ?? 0;
        return null;
    }
}
