using System.Security.Claims;
using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Features.Sso;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Toegang.Features.Afmelden;

/// <summary>
/// Ends the IdCyclus session. Whoever signed in through the identity provider is then sent to the provider's
/// end_session_endpoint as well (RP-initiated logout), so that leaving IdCyclus on a shared laptop also ends the
/// provider's session and the next person cannot walk back in with one click.
/// </summary>
[AllowAnonymous]
internal sealed class AfmeldenModel(SignInManager<IdentityUser> aanmelden, Aanmeldlogboek logboek, IOptions<OidcOpties> oidc) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Features/Aanmelden/Aanmelden");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viaProvider = false;
        string? idToken = null;
        if (User.Identity?.IsAuthenticated == true)
        {
            var wijze = Aanmeldlogboek.WijzeVan(User);
            viaProvider = wijze == Aanmeldwijze.Oidc && oidc.Value.Aan;
            idToken = viaProvider ? await HttpContext.GetTokenAsync(IdentityConstants.ApplicationScheme, OidcAanmelden.IdToken) : null;
            await logboek.LegVastAsync(Aanmeldsoort.Afgemeld, wijze, User.PersoonId(), User.FindFirstValue(ClaimTypes.Email), ct);
        }

        await aanmelden.SignOutAsync();
        if (!viaProvider)
        {
            return Redirect("/aanmelden");
        }

        var eigenschappen = new AuthenticationProperties { RedirectUri = "/aanmelden" };
        if (idToken is not null)
        {
            eigenschappen.StoreTokens([new AuthenticationToken { Name = OidcAanmelden.IdToken, Value = idToken }]);
        }

        return SignOut(eigenschappen, OidcOpties.Schema);
    }
}
