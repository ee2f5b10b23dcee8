using System.ComponentModel.DataAnnotations;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Cycli;

/// <summary>Bureau's list of cycle years, and where next year's cycle is created (from last year's dates when there are any).</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class CycliModel(IWorkflowLezer lezer, WorkflowMotor motor, TimeProvider klok) : PageModel
{
    public IReadOnlyList<(int Jaar, int Versie, DateTime? GestartOpUtc)> Cycli { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Jaar")]
    public int? Jaar { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Jaar ??= klok.Vandaag().Year + 1;
        await LaadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Jaar is null && !ModelState.ContainsKey(nameof(Jaar)))
        {
            ModelState.AddModelError(nameof(Jaar), "Vul het jaar van de cyclus in.");
        }
        else if (Jaar is < 2020 or > 2100)
        {
            ModelState.AddModelError(nameof(Jaar), "Kies een jaar tussen 2020 en 2100.");
        }
        else if (Jaar is { } jaar && await lezer.DefinitieAsync(Voortgangscyclus.IdPrefix + jaar, null, ct) is not null)
        {
            ModelState.AddModelError(nameof(Jaar), $"De cyclus {jaar} bestaat al; open hem in de lijst hieronder.");
        }

        if (ModelState.IsValid)
        {
            var jaar = Jaar!.Value;
            var resultaat = await motor.PubliceerAsync(Voortgangscyclus.Maak(jaar, await DatumsVoorAsync(jaar, ct)), User.Identity?.Name ?? "Bureau", ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = $"De cyclus {jaar} is aangemaakt. Controleer de datums en start de cyclus wanneer alles klaarstaat.";
                return Redirect($"/cyclus/{jaar}");
            }

            ModelState.VoegToe(resultaat.Fouten.Select(f => f with { Veld = nameof(Jaar) }));
        }

        await LaadAsync(ct);
        return Page();
    }

    /// <summary>
    /// Last year's dates a year later, each on the same weekday (<see cref="Voortgangscyclus.Verplaats"/>), when that
    /// cycle exists and they still fit; a milestone it did not have gets the template's date for the year.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, DateOnly>> DatumsVoorAsync(int jaar, CancellationToken ct)
    {
        var standaard = Voortgangscyclus.StandaardDatums(jaar);
        var vorige = (await lezer.DefinitieAsync(Voortgangscyclus.IdPrefix + (jaar - 1), null, ct))?.Json;
        if (vorige is not null && Voortgangscyclus.LeesDatums(vorige) is { } datums)
        {
            var verplaatst = standaard.ToDictionary(
                d => d.Key, d => datums.TryGetValue(d.Key, out var vorig) ? Voortgangscyclus.Verplaats(vorig, vorig.Year + 1) : d.Value);
            if (Voortgangscyclus.Controleer(jaar, verplaatst.ToDictionary(d => d.Key, d => (DateOnly?)d.Value)).Count == 0)
            {
                return verplaatst;
            }
        }

        return standaard;
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        var gepubliceerd = await lezer.DefinitiesAsync(Voortgangscyclus.IdPrefix, ct);
        var gestart = await lezer.InstantiesAsync(new InstantieVraag { AlleenHoofd = true, DefinitieIdBegintMet = Voortgangscyclus.IdPrefix }, ct);
        Cycli = gepubliceerd.GroupBy(d => d.DefinitieId)
            .Select(g => (
                Jaar: Voortgangscyclus.JaarVan(g.Key),
                Versie: g.Max(d => d.Versie),
                Start: gestart.Where(i => i.DefinitieId == g.Key).Select(i => (DateTime?)i.GestartOpUtc).Min()))
            .Where(c => c.Jaar is not null)
            .Select(c => (c.Jaar!.Value, c.Versie, c.Start))
            .OrderByDescending(c => c.Item1).ToList();
    }
}
