using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Toegang.Features.Sso;

/// <summary>
/// The identity provider says who someone is; IdCyclus says what they may do. After the provider's answer has been
/// validated (code flow with PKCE, signature, issuer, audience, nonce), the configured claim is looked up among the
/// accounts. A known person gets the normal IdCyclus cookie (roles follow from Organisatie as for every sign-in); an
/// unknown one gets a Dutch page instead of an error. Both are logged.
/// </summary>
internal static class OidcAanmelden
{
    public const string OnbekendPad = "/aanmelden/onbekend";

    public const string IdToken = "id_token";

    public static async Task TicketOntvangenAsync(TicketReceivedContext context)
    {
        var diensten = context.HttpContext.RequestServices;
        var opties = diensten.GetRequiredService<IOptions<OidcOpties>>().Value;
        var logboek = diensten.GetRequiredService<Aanmeldlogboek>();
        var waarde = context.Principal?.FindFirst(opties.Claim)?.Value;
        var gebruiker = string.IsNullOrWhiteSpace(waarde) ? null : await diensten.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(waarde);
        context.HandleResponse();
        if (gebruiker is null)
        {
            await logboek.LegVastAsync(Aanmeldsoort.OnbekendePersoon, Aanmeldwijze.Oidc, null, waarde);
            context.Response.Redirect(OnbekendPad);
            return;
        }

        var aanmelden = diensten.GetRequiredService<SignInManager<IdentityUser>>();
        // Only the ID token is kept (in the IdCyclus cookie): signing out sends it back to the provider as
        // id_token_hint, so the provider ends its own session without asking who is leaving.
        var eigenschappen = new AuthenticationProperties { IsPersistent = false };
        if (context.Properties?.GetTokenValue(IdToken) is { } idToken)
        {
            eigenschappen.StoreTokens([new AuthenticationToken { Name = IdToken, Value = idToken }]);
        }

        await aanmelden.SignInAsync(gebruiker, eigenschappen, Aanmeldlogboek.OidcMethode);
        await logboek.LegVastAsync(Aanmeldsoort.Aangemeld, Aanmeldwijze.Oidc, Guid.TryParse(gebruiker.Id, out var id) ? id : null, waarde);
        var terug = context.ReturnUri;
        context.Response.Redirect(!string.IsNullOrEmpty(terug) && terug.StartsWith('/') && !terug.StartsWith("//", StringComparison.Ordinal) ? terug : "/");
    }

    public static void Configureer(OpenIdConnectOptions oidc, OidcOpties opties)
    {
        oidc.Authority = opties.Authority;
        oidc.ClientId = opties.ClientId;
        oidc.ClientSecret = opties.ClientSecret;
        oidc.RequireHttpsMetadata = opties.HttpsMetadataVerplicht;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.ResponseMode = "query";
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.MapInboundClaims = false;
        // The tokens reach TicketOntvangenAsync, which keeps only the ID token; nothing else is stored.
        oidc.SaveTokens = true;
        oidc.SignedOutCallbackPath = "/signout-callback-oidc";
        oidc.SignedOutRedirectUri = "/aanmelden";
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Scope.Add("email");
        oidc.CallbackPath = "/signin-oidc";
        // The exchange with the provider lives in real time (token lifetimes, correlation cookies), whatever clock the
        // application's own rules run on (tests and simulations move that one).
        oidc.TimeProvider = TimeProvider.System;
        oidc.Events = new OpenIdConnectEvents
        {
            OnTicketReceived = TicketOntvangenAsync,
            // RP-initiated logout: the provider's end_session_endpoint, told who signs out (the ID token of this sign-in).
            OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.IdTokenHint = context.Properties.GetTokenValue(IdToken);
                return Task.CompletedTask;
            },
            // A provider error (cancelled, refused) is no crash: back to the sign-in page with a Dutch message.
            OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcAanmelden))
                    .LogWarning(context.Failure, "Aanmelden via OpenID Connect mislukt");
                context.HandleResponse();
                context.Response.Redirect("/aanmelden?sso=mislukt");
                return Task.CompletedTask;
            },
        };
    }
}
