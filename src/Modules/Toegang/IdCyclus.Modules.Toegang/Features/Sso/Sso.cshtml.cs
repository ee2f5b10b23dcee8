using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Toegang.Features.Sso;

/// <summary>
/// Sends the person to the identity provider. A link (GET), not a form: the Content-Security-Policy's form-action
/// would refuse a form whose answer redirects to another site.
/// </summary>
[AllowAnonymous]
internal sealed class SsoModel(IOptions<OidcOpties> opties) : PageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        if (!opties.Value.Aan)
        {
            return NotFound();
        }

        var terug = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = terug }, OidcOpties.Schema);
    }
}
