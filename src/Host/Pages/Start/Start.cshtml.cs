using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Host.Pages.Start;

/// <summary>
/// The start page: first what needs the person next (each module's <see cref="IStartblokBron"/>), then the places they
/// may go. The host decides only the layout; which tasks, agreements or phase a person sees is the modules' business.
/// </summary>
internal sealed class StartModel(IEnumerable<NavigatieItem> navigatie, IEnumerable<IStartblokBron> bronnen) : PageModel
{
    public IReadOnlyList<NavigatieItem> Items { get; private set; } = [];

    public IReadOnlyList<Startblok> Blokken { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = navigatie.Where(i => i.Zichtbaar(User)).OrderBy(i => i.Volgorde).ToList();
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var blokken = new List<Startblok>();
        foreach (var bron in bronnen)
        {
            blokken.AddRange(await bron.BlokkenAsync(User, ct));
        }

        Blokken = blokken.Where(b => b.Regels.Count > 0 || b.LeegTekst is not null || b.Inleiding is not null)
            .OrderBy(b => b.Volgorde).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }
}
