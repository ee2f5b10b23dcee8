using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features.Berichten;

/// <summary>Bureau's view of outgoing mail: queued, sent and failed (dead-lettered) messages, with a retry for the failed ones.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class BerichtenModel(WorkflowDbContext db, Bezorger bezorger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<Bericht> Berichten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Berichten.AsNoTracking().Where(b => b.Kanaal == BerichtKanaal.Mail);
        if (Enum.TryParse<BerichtStatus>(Status, out var status))
        {
            query = query.Where(b => b.Status == status);
        }

        Berichten = await query.OrderByDescending(b => b.AangemaaktOpUtc).ThenBy(b => b.OntvangerNaam).Take(500).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id, CancellationToken ct)
    {
        TempData["Melding"] = await bezorger.OpnieuwAsync(id, ct)
            ? "Het bericht staat weer in de wachtrij."
            : "Dit bericht stond niet (meer) op mislukt; er is niets gewijzigd.";
        return Redirect("/berichten?Status=Mislukt");
    }
}
