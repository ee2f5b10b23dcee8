using System.Security.Claims;
using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.Afmelden;

[AllowAnonymous]
internal sealed class AfmeldenModel(SignInManager<IdentityUser> aanmelden, Aanmeldlogboek logboek) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Features/Aanmelden/Aanmelden");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await logboek.LegVastAsync(Aanmeldsoort.Afgemeld, Aanmeldlogboek.WijzeVan(User), User.PersoonId(), User.FindFirstValue(System.Security.Claims.ClaimTypes.Email), ct);
        }

        await aanmelden.SignOutAsync();
        return Redirect("/aanmelden");
    }
}
