using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features.MijnTaken;

/// <summary>The person's inbox: open tasks, earliest deadline first, with the filters people ask for.</summary>
internal sealed class MijnTakenModel(WorkflowDbContext db, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Workflow { get; set; }

    public IReadOnlyList<TaakRij> Taken { get; private set; } = [];

    public IReadOnlyList<(string Id, string Naam)> Workflows { get; private set; } = [];

    public IReadOnlyList<Bericht> Meldingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon)
        {
            return Forbid();
        }

        var filter = Filter is Takenlijst.FilterVerlopen or Takenlijst.FilterDezeWeek ? Filter : null;
        Taken = await Takenlijst.LeesAsync(db, klok.GetUtcNow().UtcDateTime, persoon, filter, string.IsNullOrEmpty(Workflow) ? null : Workflow, false, ct);
        Workflows = (await db.Definities.AsNoTracking().Select(d => new { d.DefinitieId, d.Naam }).Distinct().ToListAsync(ct))
            .Select(d => (d.DefinitieId, d.Naam)).ToList();
        Meldingen = await db.Berichten.AsNoTracking()
            .Where(b => b.Kanaal == BerichtKanaal.InApp && b.OntvangerId == persoon)
            .OrderByDescending(b => b.AangemaaktOpUtc).Take(10).ToListAsync(ct);
        return Page();
    }
}
