using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.MijnTaken;

/// <summary>The person's inbox: open tasks, earliest deadline first, with the filters people ask for.</summary>
internal sealed class MijnTakenModel(Inbox inbox) : PageModel
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
        var (taken, beeld) = await inbox.LeesAsync(persoon, User.Identity?.Name, filter, string.IsNullOrEmpty(Workflow) ? null : Workflow, ct);
        Taken = taken;
        Workflows = beeld.Workflows;
        Meldingen = beeld.Meldingen;
        return Page();
    }
}
