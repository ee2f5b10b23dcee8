using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.Afmelden;

[AllowAnonymous]
internal sealed class AfmeldenModel(SignInManager<IdentityUser> aanmelden) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Features/Aanmelden/Aanmelden");

    public async Task<IActionResult> OnPostAsync()
    {
        await aanmelden.SignOutAsync();
        return Redirect("/aanmelden");
    }
}
