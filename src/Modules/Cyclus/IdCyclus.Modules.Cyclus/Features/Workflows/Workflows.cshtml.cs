using System.ComponentModel.DataAnnotations;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Workflows;

/// <summary>Bureau's overview of published definitions and their running instances, and where a new run is started.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class WorkflowsModel(IWorkflowLezer lezer, WorkflowMotor motor, TimeProvider klok) : PageModel
{
    /// <summary>A definition to publish, as JSON in the documented format (docs/workflows-schema.json).</summary>
    [BindProperty]
    public string? Json { get; set; }

    public IReadOnlyList<WorkflowDefinitieVersie> Definities { get; private set; } = [];

    public IReadOnlyList<(WorkflowInstantie Instantie, string Naam, int Kinderen, int OpenTaken)> Instanties { get; private set; } = [];

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
            var startmoment = new DateTimeOffset(
                Start!.Value.ToDateTime(new TimeOnly(9, 0)),
                Tijd.Amsterdam.GetUtcOffset(Start.Value.ToDateTime(new TimeOnly(9, 0))));
            var resultaat = await motor.StartAsync(
                DefinitieId!,
                null,
                startmoment,
                new Handelende(User.PersoonId(), User.Identity?.Name ?? "Bureau", true),
                ct);
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
            var resultaat = await motor.PubliceerAsync(Json, User.Identity?.Name ?? "Bureau", ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = $"Versie {resultaat.Waarde.Versie} van '{resultaat.Waarde.Id}' is gepubliceerd. "
                    + "Lopende workflows houden hun eigen versie.";
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
        var versies = await lezer.DefinitiesAsync(null, ct);
        Definities = versies.GroupBy(d => d.DefinitieId).Select(g => g.MaxBy(d => d.Versie)!).OrderBy(d => d.Naam, Nederlands.Sortering).ToList();
        var namen = versies.ToDictionary(d => (d.DefinitieId, d.Versie), d => d.Naam);
        var hoofd = await lezer.InstantiesAsync(new InstantieVraag { AlleenHoofd = true, NieuwsteEerst = true, Maximum = 100 }, ct);
        var ids = hoofd.Select(h => h.Id).ToList();
        var kinderen = await lezer.InstantiesAsync(new InstantieVraag { Ouders = ids }, ct);
        var hoofdVan = hoofd.Select(h => (h.Id, Hoofd: h.Id))
            .Concat(kinderen.Select(k => (k.Id, Hoofd: k.OuderId!.Value)))
            .ToDictionary(x => x.Id, x => x.Hoofd);
        var open = (await lezer.TakenAsync(new TaakVraag { Instanties = hoofdVan.Keys.ToList() }, ct))
            .GroupBy(t => hoofdVan[t.InstantieId]).ToDictionary(g => g.Key, g => g.Count());
        var aantalKinderen = kinderen.GroupBy(k => k.OuderId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Instanties = hoofd
            .Select(h => (h, namen[(h.DefinitieId, h.DefinitieVersie)], aantalKinderen.GetValueOrDefault(h.Id), open.GetValueOrDefault(h.Id)))
            .ToList();
    }
}
