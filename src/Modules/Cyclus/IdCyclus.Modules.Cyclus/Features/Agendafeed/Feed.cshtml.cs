using System.Text;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Agendafeed;

/// <summary>
/// A person's calendar feed, fetched by Outlook without signing in: the secret token in the path is the only key
/// (ADR 0025). An unknown or revoked token gets 404, the same answer, so a guess learns nothing.
/// </summary>
[AllowAnonymous]
internal sealed class FeedModel(IAgendalinks links, IOrganisatieQueries organisatie, PersoonlijkeAgenda agenda, TimeProvider klok) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await links.PersoonVoorTokenAsync(token, ct) is not { } persoonId || await organisatie.PersoonAsync(persoonId, ct) is not { } persoon)
        {
            return NotFound();
        }

        var punten = await agenda.PuntenAsync(persoonId, $"{Request.Scheme}://{Request.Host}", ct);
        var ics = Agendabestand.Feed($"IdCyclus – {persoon.Naam}", punten, klok.GetUtcNow());
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(ics), Agendabestand.MediaType);
    }
}
