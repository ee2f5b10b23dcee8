using System.ComponentModel.DataAnnotations;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features.Workflows;

/// <summary>Bureau's overview of published definitions and their running instances, and where a new run is started.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class WorkflowsModel(WorkflowDbContext db, WorkflowMotor motor, Definities definities, TimeProvider klok) : PageModel
{
    /// <summary>A definition to publish, as JSON in the documented format (docs/workflows-schema.json).</summary>
    [BindProperty]
    public string? Json { get; set; }

    public IReadOnlyList<GepubliceerdeDefinitie> Definities { get; private set; } = [];

    public IReadOnlyList<(Instantie Instantie, string Naam, int Kinderen, int OpenTaken)> Instanties { get; private set; } = [];

    [BindProperty]
    public string? DefinitieId { get; set; }

    [BindProperty]
    [Display(Name = "Startdatum")]
    public DateOnly? Start { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Start ??= klok.Vandaag();
        await LaadAsync(ct);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(DefinitieId))
        {
            ModelState.AddModelError(nameof(DefinitieId), "Kies de workflow die u wilt starten.");
        }

        if (Start is null && !ModelState.ContainsKey(nameof(Start)))
        {
            ModelState.AddModelError(nameof(Start), "Vul de startdatum in.");
        }

        if (ModelState.IsValid)
        {
            var startmoment = new DateTimeOffset(Start!.Value.ToDateTime(new TimeOnly(9, 0)), Tijd.Amsterdam.GetUtcOffset(Start.Value.ToDateTime(new TimeOnly(9, 0))));
            var resultaat = await motor.StartAsync(DefinitieId!, null, startmoment, new Handelende(User.PersoonId(), User.Identity?.Name ?? "Bureau", true), ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = "De workflow is gestart.";
                return Redirect($"/workflows/instanties/{resultaat.Waarde}");
            }

            ModelState.VoegToe(resultaat.Fouten.Select(f => f with { Veld = f.Veld == "Definitie" ? nameof(DefinitieId) : f.Veld }));
        }

        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPubliceerAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Json))
        {
            ModelState.AddModelError(nameof(Json), "Plak de definitie (JSON) in het veld.");
        }
        else
        {
            var resultaat = await definities.PubliceerAsync(Json, User.Identity?.Name ?? "Bureau", ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = $"Versie {resultaat.Waarde.Versie} van '{resultaat.Waarde.Id}' is gepubliceerd. Lopende workflows houden hun eigen versie.";
                return Redirect("/workflows");
            }

            // Every problem with its JSON path, next to the one field they all belong to.
            foreach (var fout in resultaat.Fouten)
            {
                ModelState.AddModelError(nameof(Json), $"{fout.Veld}: {fout.Melding}");
            }
        }

        Start ??= klok.Vandaag();
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Definities = (await db.Definities.AsNoTracking().ToListAsync(ct))
            .GroupBy(d => d.DefinitieId).Select(g => g.MaxBy(d => d.Versie)!).OrderBy(d => d.Naam, Nederlands.Sortering).ToList();
        var namen = await db.Definities.AsNoTracking().ToDictionaryAsync(d => (d.DefinitieId, d.Versie), d => d.Naam, ct);
        var hoofd = await db.Instanties.AsNoTracking().Where(i => i.OuderId == null).OrderByDescending(i => i.GestartOpUtc).Take(100).ToListAsync(ct);
        var ids = hoofd.Select(h => h.Id).ToList();
        var kinderen = await db.Instanties.AsNoTracking().Where(i => i.OuderId != null && ids.Contains(i.OuderId.Value))
            .GroupBy(i => i.OuderId).Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Aantal, ct);
        var alle = await db.Instanties.AsNoTracking().Where(i => ids.Contains(i.Id) || (i.OuderId != null && ids.Contains(i.OuderId.Value)))
            .Select(i => new { i.Id, Hoofd = i.OuderId ?? i.Id }).ToListAsync(ct);
        var alleIds = alle.Select(a => a.Id).ToList();
        var open = (await db.Taken.AsNoTracking().Where(t => alleIds.Contains(t.InstantieId) && t.Status != TaakStatus.Voltooid && t.Status != TaakStatus.Geannuleerd)
                .Select(t => t.InstantieId).ToListAsync(ct))
            .GroupBy(i => alle.First(a => a.Id == i).Hoofd).ToDictionary(g => g.Key, g => g.Count());
        Instanties = hoofd.Select(h => (h, namen[(h.DefinitieId, h.DefinitieVersie)], kinderen.GetValueOrDefault(h.Id), open.GetValueOrDefault(h.Id))).ToList();
    }
}
