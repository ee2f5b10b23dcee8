using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>The duidingsgesprekken the signed-in person takes part in (Bureau: all), each with its invitation.</summary>
internal sealed class GesprekkenModel(Gesprekken gesprekken) : PageModel
{
    public IReadOnlyList<Duidingsgesprek> Lijst { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Lijst = User.IsBureau() ? await gesprekken.AlleAsync(null, ct)
            : User.PersoonId() is { } persoon ? await gesprekken.VoorPersoonAsync(persoon, ct) : [];
}
