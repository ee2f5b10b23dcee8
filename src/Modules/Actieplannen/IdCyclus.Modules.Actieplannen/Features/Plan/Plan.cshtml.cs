using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Bijlagen;
using IdCyclus.Modules.Actieplannen.Features.Indienen;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Actieplannen.Features.Plan;

/// <summary>
/// One plan as the directie, its cluster and Bureau read it: the latest version, its discrepancies, actions with their
/// due dates and progress, budget, werkgroep (trekker hours from Organisatie), attachments and the history of versions.
/// The trekker submits from here and adds the signed plan.
/// </summary>
[RequestSizeLimit(BijlageToevoegenHandler.MaxBytes + 500_000)]
internal sealed class PlanModel(Planlezer lezer, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    public Planweergave Plan { get; private set; } = null!;

    public bool IsTrekker { get; private set; }

    public bool IsAfdruk { get; private set; }

    [BindProperty]
    public int Versie { get; set; }

    public async Task<IActionResult> OnGetAsync(int jaar, Guid directieId, CancellationToken ct) => await LaadAsync(jaar, directieId, ct) ?? Page();

    public async Task<IActionResult> OnGetAfdrukkenAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        IsAfdruk = true;
        return await LaadAsync(jaar, directieId, ct) ?? Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        var json = Planbestandschrijver.Schrijf([Exporteren.Exporteur.Bestand(Plan)]);
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"actieplan-{Plan.Directie.Afkorting}-{jaar}.json");
    }

    public async Task<IActionResult> OnPostIndienenAsync(int jaar, Guid directieId, [FromServices] IndienenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!IsTrekker)
        {
            return Forbid();
        }

        var resultaat = await handler.VoerUitAsync(new Indienen.Indienen(directieId, jaar, Versie, Actor.Van(User)), ct);
        var melding = $"Versie {resultaat.Waarde} is ingediend; de directeur krijgt een taak om het plan goed te keuren.";
        return await NaAsync(resultaat.IsGelukt, resultaat.Fouten, melding, jaar, directieId, ct);
    }

    public async Task<IActionResult> OnPostBijlageAsync(
        int jaar, Guid directieId, IFormFile? bestand, [FromServices] BijlageToevoegenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!MagBijlagenBeheren)
        {
            return Forbid();
        }

        if (bestand is { Length: > BijlageToevoegenHandler.MaxBytes })
        {
            return await NaAsync(
                false, [new("Bestand", $"Het bestand is groter dan {BijlageToevoegenHandler.MaxBytes / 1024 / 1024} MB.")], "", jaar, directieId, ct);
        }

        using var geheugen = new MemoryStream();
        if (bestand is not null)
        {
            await bestand.CopyToAsync(geheugen, ct);
        }

        var resultaat = await handler.VoerUitAsync(
            new BijlageToevoegen(directieId, jaar, Versie, bestand?.FileName ?? "", geheugen.ToArray(), Actor.Van(User)), ct);
        return await NaAsync(resultaat.IsGelukt, resultaat.Fouten, "De bijlage is toegevoegd.", jaar, directieId, ct);
    }

    public async Task<IActionResult> OnPostBijlageVerwijderenAsync(
        int jaar, Guid directieId, Guid bijlageId, [FromServices] BijlageVerwijderenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!MagBijlagenBeheren)
        {
            return Forbid();
        }

        var resultaat = await handler.VoerUitAsync(new BijlageVerwijderen(directieId, jaar, Versie, bijlageId, Actor.Van(User)), ct);
        return await NaAsync(
            resultaat.IsGelukt, resultaat.Fouten, $"De bijlage '{resultaat.Waarde}' is verwijderd; Bureau I&D bewaart het bestand.", jaar, directieId, ct);
    }

    /// <summary>Who adds the signed plan may also take a wrong file off it: the trekker, the directeur, Bureau.</summary>
    public bool MagBijlagenBeheren => IsTrekker || User.IsBureau() || User.HeeftRolIn(Rollen.Directeur, Plan.Directie.Id);

    private async Task<IActionResult> NaAsync(
        bool gelukt, IReadOnlyList<Shared.Validation.Fout> fouten, string melding, int jaar, Guid directieId, CancellationToken ct)
    {
        if (gelukt)
        {
            TempData["Melding"] = melding;
            return Redirect($"/actieplannen/{jaar}/{directieId}");
        }

        foreach (var fout in fouten)
        {
            ModelState.AddModelError(fout.Veld, fout.Melding);
        }

        return await LaadAsync(jaar, directieId, ct) ?? Page();
    }

    private async Task<IActionResult?> LaadAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        var plan = await lezer.LeesAsync(jaar, directieId, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (!User.MagZien(directieId, plan.Directie.ClusterId))
        {
            return Forbid();
        }

        Plan = plan;
        Versie = plan.Plan.Versie;
        IsTrekker = await User.IsTrekkerAsync(organisatie, directieId, klok, ct);
        return null;
    }
}
