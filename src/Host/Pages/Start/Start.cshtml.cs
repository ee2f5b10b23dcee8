using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Host.Pages.Start;

internal sealed class StartModel(IEnumerable<NavigatieItem> navigatie) : PageModel
{
    public IReadOnlyList<NavigatieItem> Items { get; private set; } = [];

    public void OnGet() => Items = navigatie.Where(i => i.Zichtbaar(User)).OrderBy(i => i.Volgorde).ToList();
}
