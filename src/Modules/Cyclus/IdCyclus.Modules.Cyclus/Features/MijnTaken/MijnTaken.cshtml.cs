using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.MijnTaken;

/// <summary>The person's inbox: open tasks, earliest deadline first, with the filters people ask for.</summary>
internal sealed class MijnTakenModel(IWorkflowLezer lezer, WorkflowMotor motor, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Workflow { get; set; }

    public IReadOnlyList<TaakRij> Taken { get; private set; } = [];

    public IReadOnlyList<(string Id, string Naam)> Workflows { get; private set; } = [];

    public IReadOnlyList<WorkflowBericht> Meldingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon)
        {
            return Forbid();
        }

        var filter = Filter is Takenlijst.FilterVerlopen or Takenlijst.FilterDezeWeek ? Filter : null;
        var mogelijk = await Takenlijst.LeesAsync(
            lezer,
            klok.GetUtcNow().UtcDateTime,
            persoon,
            filter,
            string.IsNullOrEmpty(Workflow) ? null : Workflow,
            false,
            ct);
        Taken = await Takenlijst.ZichtbaarAsync(motor, mogelijk, persoon, User.Identity?.Name, ct);
        Workflows = await lezer.DefinitienamenAsync(ct);
        Meldingen = await lezer.BerichtenAsync(new BerichtVraag(BerichtKanaal.InApp) { Ontvanger = persoon, Maximum = 10 }, ct);
        return Page();
    }
}
