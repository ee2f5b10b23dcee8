using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.Bijlagen;

/// <summary>
/// Downloads an attachment for whoever may see its plan (a removed one for Bureau only); the stored type, not the name,
/// sets the content type.
/// </summary>
internal sealed class BijlageModel(ActieplannenDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var bijlage = await db.Bijlagen.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        var plan = bijlage is null ? null : await db.Actieplannen.AsNoTracking().FirstAsync(p => p.Id == bijlage.ActieplanId, ct);
        // A removed attachment is kept for Bureau; for everyone else it is gone from the plan.
        if (bijlage is null || plan is null || (bijlage.VerwijderdOpUtc is not null && !User.IsBureau()))
        {
            return NotFound();
        }

        return User.MagZien(plan.DirectieId, plan.ClusterId) ? File(bijlage.Inhoud, bijlage.Inhoudstype, bijlage.Bestandsnaam) : Forbid();
    }
}
