using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.Sectiepagina;

/// <summary>
/// One report section's three pages before publication: for the clusterdirecteur of its cluster, from the newest
/// recorded concept version (ADR 0017), and for Bureau. After publication everyone signed in goes to the section in the
/// definitive report.
/// </summary>
internal sealed class SectieModel(Rapportlezer lezer, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string SectieId { get; set; } = "";

    public string Naam { get; private set; } = "";

    public string Bron { get; private set; } = "";

    public string Html { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bron = await lezer.SectiebronAsync(Jaar, ct);
        var sectie = bron?.Momentopname.Secties.FirstOrDefault(s => s.Id == SectieId);
        if (bron is { Publicatie: not null } && sectie is not null)
        {
            return Redirect(bron.Pad(Jaar, sectie));
        }

        if (!User.BeheertRapportage())
        {
            return sectie is not null && await IsClusterdirecteurVanAsync(sectie.ClusterId, ct) ? Toon(bron!, sectie) : Forbid();
        }

        if (sectie is not null)
        {
            return Toon(bron!, sectie);
        }

        // Bureau before any recorded concept version: the live text, said as such (clusterdirecteuren do not see it yet).
        var live = await lezer.ConceptAsync(Jaar, ct);
        var liveSectie = live?.Momentopname.Secties.FirstOrDefault(s => s.Id == SectieId);
        if (live is null || liveSectie is null)
        {
            return NotFound();
        }

        (Naam, Bron) = (liveSectie.Naam, "de huidige tekst (nog geen conceptversie vastgelegd: clusterdirecteuren zien deze pagina's nog niet)");
        Html = Rapportweergave.SectieFragment(live, liveSectie);
        return Page();
    }

    private PageResult Toon(Sectiebron bron, Domain.Sectie sectie)
    {
        (Naam, Bron) = (sectie.Naam, bron.Tekst);
        Html = Rapportweergave.SectieFragment(bron.Concept!, sectie);
        return Page();
    }

    /// <summary>The person's clusterdirecteur roles of today, from Organisatie: a cluster claim alone may also come from being accounthouder.</summary>
    private async Task<bool> IsClusterdirecteurVanAsync(string clusterId, CancellationToken ct) =>
        User.IsInRole(Rollen.Clusterdirecteur) && User.PersoonId() is { } persoon
        && (await organisatie.RollenVanAsync(persoon, klok.Vandaag(), ct)).Any(r => r.Rol == Rol.Clusterdirecteur && r.ClusterId == clusterId);
}
