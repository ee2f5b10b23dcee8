using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Indicatoren.Features.Directie;

/// <summary>
/// A directie's own figures (its trekker, directeur and MT-leden see them, and whoever sees the directie), with the
/// figures of the report section it belongs to for context, and the checks that concern it.
/// </summary>
internal sealed class DirectieModel(IndicatorLezer lezer, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public DirectieGegevens? Directie { get; private set; }

    public Domain.Overzicht? Overzicht { get; private set; }

    public IReadOnlyList<Overzichtsregel> Eigen { get; private set; } = [];

    public IReadOnlyList<Overzichtsregel> Sectie { get; private set; } = [];

    public IReadOnlyList<Controle> Controles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Directie = await organisatie.DirectieAsync(Id, ct);
        if (Directie is null)
        {
            return NotFound();
        }

        if (!User.MagDirectieZien(Directie.Id, Directie.ClusterId))
        {
            return Forbid();
        }

        Jaren = await lezer.JarenAsync(ct);
        Jaar ??= Jaren.FirstOrDefault(j => j <= klok.GetUtcNow().Year, klok.GetUtcNow().Year);
        Overzicht = await lezer.OverzichtAsync(Jaar.Value, ct);
        var id = Directie.Id.ToString();
        Eigen = Overzicht.Regels.Where(r => r.Eenheid.Id == id).ToList();
        var sectieId = Overzicht.Regels.FirstOrDefault(r => r.Eenheid.Id == id)?.Eenheid.SectieId ?? Directie.KokerId ?? Directie.ClusterId;
        Sectie = Overzicht.Regels.Where(r => r.Eenheid.Id == sectieId || r.Eenheid.Id == Directie.ClusterId).ToList();
        var namen = Eigen.Concat(Sectie).Select(r => r.Eenheid.Weergavenaam).Concat(Sectie.Select(r => r.Eenheid.Naam)).ToHashSet();
        Controles = Overzicht.Controles.Where(c => namen.Contains(c.Eenheid)).ToList();
        return Page();
    }
}
