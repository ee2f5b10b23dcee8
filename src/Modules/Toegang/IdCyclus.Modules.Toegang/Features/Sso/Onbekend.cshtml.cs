using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.Sso;

/// <summary>Where someone lands whom the identity provider knows but Organisatie does not: a clear page, not an error.</summary>
[AllowAnonymous]
internal sealed class OnbekendModel : PageModel
{
    public void OnGet()
    {
    }
}
