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
internal sealed class BerichtenModel(WorkflowDbContext db, Bezorger bezorger, OutboxBezorger outbox, Microsoft.Extensions.Options.IOptions<IdCyclus.Workflows.Runtime.WorkflowOpties> opties) : PageModel
{
    /// <summary>Integration events that failed every attempt: incidents that stop nothing else but need Bureau.</summary>
    public IReadOnlyList<OutboxBericht> Incidenten { get; private set; } = [];

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
        Incidenten = await db.Outbox.AsNoTracking().Where(o => o.VerwerktOpUtc == null && o.Pogingen >= opties.Value.MaxPogingen)
            .OrderBy(o => o.AangemaaktOpUtc).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostIncidentAsync(Guid id, CancellationToken ct)
    {
        TempData["Melding"] = await outbox.OpnieuwAsync(id, ct)
            ? "De gebeurtenis wordt opnieuw verwerkt."
            : "Deze gebeurtenis stond niet (meer) op mislukt; er is niets gewijzigd.";
        return Redirect("/berichten");
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id, CancellationToken ct)
    {
        TempData["Melding"] = await bezorger.OpnieuwAsync(id, ct)
            ? "Het bericht staat weer in de wachtrij."
            : "Dit bericht stond niet (meer) op mislukt; er is niets gewijzigd.";
        return Redirect("/berichten?Status=Mislukt");
    }
}
