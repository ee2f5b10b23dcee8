using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features.MijnTaken;

/// <summary>The person's inbox: open tasks, earliest deadline first, with the filters people ask for.</summary>
internal sealed class MijnTakenModel(WorkflowDbContext db, WorkflowMotor motor, TimeProvider klok) : PageModel
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
        var mogelijk = await Takenlijst.LeesAsync(db, klok.GetUtcNow().UtcDateTime, persoon, filter, string.IsNullOrEmpty(Workflow) ? null : Workflow, false, ct);
        // Only what the person may open today: not a task of a role that has ended. Bureau's own inbox, not everything.
        var ik = new Handelende(persoon, User.Identity?.Name ?? "", IsBeheerder: false);
        var zichtbaar = new List<TaakRij>();
        foreach (var rij in mogelijk)
        {
            if ((await motor.RechtenAsync(rij.Taak, ik, ct)).MagZien)
            {
                zichtbaar.Add(rij);
            }
        }

        Taken = zichtbaar;
        Workflows = (await db.Definities.AsNoTracking().Select(d => new { d.DefinitieId, d.Naam }).Distinct().ToListAsync(ct))
            .Select(d => (d.DefinitieId, d.Naam)).ToList();
        Meldingen = await db.Berichten.AsNoTracking()
            .Where(b => b.Kanaal == BerichtKanaal.InApp && b.OntvangerId == persoon)
            .OrderByDescending(b => b.AangemaaktOpUtc).Take(10).ToListAsync(ct);
        return Page();
    }
}
