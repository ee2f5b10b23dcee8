using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.AlleTaken;

[Authorize(Policy = Policies.Bureau)]
internal sealed class AlleTakenModel(IWorkflowLezer lezer, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OokAfgerond { get; set; }

    public IReadOnlyList<TaakRij> Taken { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Filter is Takenlijst.FilterVerlopen or Takenlijst.FilterDezeWeek ? Filter : null;
        Taken = await Takenlijst.LeesAsync(lezer, klok.GetUtcNow().UtcDateTime, null, filter, null, OokAfgerond, ct);
    }
}
