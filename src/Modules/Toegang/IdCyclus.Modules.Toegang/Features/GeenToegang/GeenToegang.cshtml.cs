using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.GeenToegang;

/// <summary>Where a signed-in person lands on a page that is not theirs: a 403 with a way back, never a crash.</summary>
[AllowAnonymous]
internal sealed class GeenToegangModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
