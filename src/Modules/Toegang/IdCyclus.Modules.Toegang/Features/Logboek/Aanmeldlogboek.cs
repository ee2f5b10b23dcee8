using System.Security.Claims;
using IdCyclus.Modules.Toegang.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Toegang.Features.Logboek;

/// <summary>
/// Records every sign-in, failed attempt and sign-out in the database (for Bureau and auditors) and in the log (for
/// operations). Adds rows only; there is no way to change one.
/// </summary>
internal sealed class Aanmeldlogboek(ToegangDbContext db, TimeProvider klok, IHttpContextAccessor http, ILogger<Aanmeldlogboek> logger)
{
    /// <summary>The value of the authentication-method claim a demo or OIDC sign-in puts in the cookie (a password sign-in gets "pwd").</summary>
    public const string DemoMethode = "idcyclus-demo";

    public const string OidcMethode = "idcyclus-oidc";

    /// <summary>How the signed-in person signed in, as their cookie says.</summary>
    public static Aanmeldwijze WijzeVan(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.AuthenticationMethod) switch
    {
        DemoMethode => Aanmeldwijze.Demo,
        OidcMethode => Aanmeldwijze.Oidc,
        _ => Aanmeldwijze.Wachtwoord,
    };

    public async Task LegVastAsync(Aanmeldsoort soort, Aanmeldwijze wijze, Guid? persoonId, string? email, CancellationToken ct = default)
    {
        var adres = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var ingekort = email is { Length: > Aanmeldgebeurtenis.MaxEmail } ? email[..Aanmeldgebeurtenis.MaxEmail] : email;
        db.Aanmeldgebeurtenissen.Add(new Aanmeldgebeurtenis
        {
            MomentUtc = klok.GetUtcNow().UtcDateTime, Soort = soort, Wijze = wijze, PersoonId = persoonId, Email = ingekort, Adres = adres,
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Aanmelding: {Soort} via {Wijze}, persoon {PersoonId}, e-mail {Email}, adres {Adres}", soort, wijze, persoonId, ingekort, adres);
    }
}
