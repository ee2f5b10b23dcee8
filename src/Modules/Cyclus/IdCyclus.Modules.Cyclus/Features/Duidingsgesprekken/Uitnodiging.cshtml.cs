using System.Text;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>
/// The invitation of a planned duidingsgesprek as an ICS file (METHOD:REQUEST), for the same people who may open the
/// conversation's page. Not planned yet: 404.
/// </summary>
internal sealed class UitnodigingModel(Gesprekken gesprekken, TimeProvider klok) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await gesprekken.VindAsync(id, ct) is not { } gesprek)
        {
            return NotFound();
        }

        if (!await gesprekken.MagZienAsync(gesprek, User.PersoonId(), User.IsBureau(), ct))
        {
            return Forbid();
        }

        if (await gesprekken.AgendapuntAsync(gesprek, $"{Request.Scheme}://{Request.Host}", ct) is not { } punt)
        {
            return NotFound();
        }

        var ics = Agendabestand.Uitnodiging(punt, klok.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(ics), Agendabestand.MediaType, $"duidingsgesprek-{gesprek.Jaar}-{gesprek.ClusterId}.ics");
    }
}
