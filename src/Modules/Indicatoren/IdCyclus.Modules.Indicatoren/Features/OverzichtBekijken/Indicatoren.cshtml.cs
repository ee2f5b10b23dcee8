using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Features.Lezen;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Indicatoren.Features.OverzichtBekijken;

/// <summary>
/// Per report year and indicator: target, value, gap and trend per section, cluster and directie, with a chart and the
/// checks beside the figures. Bureau sees everything, the GMT every section, cluster roles also their directies; a
/// trekker or directeur is sent to the own directie's page.
/// </summary>
internal sealed class IndicatorenModel(IndicatorLezer lezer, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public Domain.Overzicht? Overzicht { get; private set; }

    public IReadOnlyList<Overzichtsregel> Zichtbaar { get; private set; } = [];

    /// <summary>The checks about what this person sees (the municipality's own check is everyone's).</summary>
    public IReadOnlyList<Controle> Controles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietOverzicht())
        {
            return User.Directies().Count > 0 ? Redirect($"/indicatoren/directie/{User.Directies().First()}") : Forbid();
        }

        Jaren = await lezer.JarenAsync(ct);
        Jaar ??= Jaren.FirstOrDefault(j => j <= klok.GetUtcNow().Year, klok.GetUtcNow().Year);
        Overzicht = await lezer.OverzichtAsync(Jaar.Value, ct);
        Zichtbaar = Overzicht.Regels.Where(r => User.MagZien(r.Eenheid)).ToList();
        var namen = Zichtbaar.SelectMany(r => new[] { r.Eenheid.Naam, r.Eenheid.Weergavenaam }).Append("Gemeente").ToHashSet();
        Controles = Overzicht.Controles.Where(c => User.ZietAlles() || namen.Contains(c.Eenheid)).ToList();
        return Page();
    }
}
