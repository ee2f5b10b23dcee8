using IdCyclus.Modules.Cyclus.Features.ModuleIncidentOpnieuw;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Berichten;

/// <summary>
/// Bureau's view of outgoing mail: queued, sent and failed (dead-lettered) messages, with a retry for the failed ones, and
/// of the events (the runtime's and the modules') that failed every attempt, each with a retry.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class BerichtenModel(IWorkflowLezer lezer, WorkflowMotor motor, ModuleOutboxIncidenten moduleIncidenten) : PageModel
{
    /// <summary>Integration events that failed every attempt: incidents that stop nothing else but need Bureau.</summary>
    public IReadOnlyList<WorkflowIncident> Incidenten { get; private set; } = [];

    /// <summary>Events between modules that failed every attempt; they wait in the raising module's outbox.</summary>
    public IReadOnlyList<ModuleOutboxIncident> ModuleIncidenten { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<WorkflowBericht> Berichten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Berichten = await lezer.BerichtenAsync(
            new BerichtVraag(BerichtKanaal.Mail) { Status = Enum.TryParse<BerichtStatus>(Status, out var status) ? status : null }, ct);
        Incidenten = await lezer.IncidentenAsync(ct);
        ModuleIncidenten = await moduleIncidenten.LeesAsync(100, ct);
    }

    public async Task<IActionResult> OnPostIncidentAsync(Guid id, CancellationToken ct)
    {
        TempData["Melding"] = await motor.IncidentOpnieuwAsync(id, ct)
            ? "De gebeurtenis wordt opnieuw verwerkt."
            : ModuleIncidentOpnieuwHandler.NietMislukt;
        return Redirect("/berichten");
    }

    public async Task<IActionResult> OnPostModuleIncidentAsync(Guid id, [FromServices] ModuleIncidentOpnieuwHandler opnieuw, CancellationToken ct)
    {
        var resultaat = await opnieuw.HandleAsync(new ModuleIncidentOpnieuwOpdracht(id), ct);
        TempData["Melding"] = resultaat.IsGelukt
            ? "De gebeurtenis staat weer klaar en wordt binnen enkele seconden opnieuw aan de ontvangende module gegeven."
            : string.Join(" ", resultaat.Fouten.Select(f => f.Melding));
        return Redirect("/berichten");
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id, CancellationToken ct)
    {
        TempData["Melding"] = await motor.MailOpnieuwAsync(id, ct)
            ? "Het bericht staat weer in de wachtrij."
            : "Dit bericht stond niet (meer) op mislukt; er is niets gewijzigd.";
        return Redirect("/berichten?Status=Mislukt");
    }
}
