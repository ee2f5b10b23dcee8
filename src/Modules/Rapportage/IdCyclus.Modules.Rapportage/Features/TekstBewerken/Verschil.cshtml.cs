using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.TekstBewerken;

internal sealed record Blokvergelijking(Blokdefinitie Blok, IReadOnlyList<Verschilregel> Regels)
{
    public bool IsGewijzigd => Regels.Any(r => r.Soort != Regelsoort.Gelijk);
}

/// <summary>The difference between two numbered concepts, per block: changed blocks first, line by line.</summary>
internal sealed class VerschilModel(Rapportlezer lezer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Naar { get; set; }

    public IReadOnlyList<Blokvergelijking> Blokken { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var inhoud = await lezer.ConceptAsync(Jaar, ct);
        var oud = await lezer.ConceptversieAsync(Jaar, Van, ct);
        var nieuw = await lezer.ConceptversieAsync(Jaar, Naar, ct);
        if (inhoud is null || oud.Count == 0 || nieuw.Count == 0)
        {
            return NotFound();
        }

        Blokken = Tekstblokken.Voor(inhoud.Momentopname.Secties)
            .Select(b => new Blokvergelijking(b, Blokverschil.Bepaal(oud.GetValueOrDefault(b.Sleutel), nieuw.GetValueOrDefault(b.Sleutel))))
            .OrderBy(b => b.IsGewijzigd ? 0 : 1)
            .ToList();
        return Page();
    }
}
