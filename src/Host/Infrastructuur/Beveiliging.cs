using IdCyclus.Modules.Toegang;
using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>
/// Response headers, cookie policy, HTTPS and reverse-proxy settings for the whole host. Outside Development every
/// cookie is Secure, HTTP is redirected to HTTPS and browsers are told to keep to HTTPS (HSTS).
/// </summary>
internal static class Beveiliging
{
    /// <summary>
    /// No inline script or style anywhere: the pages use only files from this host. frame-ancestors 'none' keeps the
    /// application out of other sites' frames (clickjacking); form-action 'self' keeps forms from posting elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Hangfire's dashboard (a third-party page for Bureau only) sets widths with style attributes; it still gets no
    /// inline script.
    /// </summary>
    public const string ContentSecurityPolicyDashboard =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void AddBeveiliging(this WebApplicationBuilder builder)
    {
        var ontwikkeling = builder.Environment.IsDevelopment();
        builder.Services.Configure<CookiePolicyOptions>(opties =>
        {
            opties.Secure = ontwikkeling ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            opties.HttpOnly = HttpOnlyPolicy.Always;
            opties.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        builder.Services.AddHsts(opties =>
        {
            opties.MaxAge = TimeSpan.FromDays(365);
            opties.IncludeSubDomains = false;
        });

        var proxy = builder.Configuration.GetSection(ProxyOpties.Sectie).Get<ProxyOpties>() ?? new ProxyOpties();
        builder.Services.Configure<ForwardedHeadersOptions>(opties =>
        {
            opties.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            opties.ForwardLimit = proxy.Aantal;
            foreach (var adres in proxy.BekendeProxies)
            {
                opties.KnownProxies.Add(IPAddress.Parse(adres));
            }

            foreach (var netwerk in proxy.BekendeNetwerken)
            {
                opties.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(netwerk));
            }
        });
    }

    /// <summary>
    /// With single sign-on on, signing out (a form) ends with a redirect to the identity provider's end_session_endpoint;
    /// form-action governs that redirect too, so the provider's origin, and only that, is added to it.
    /// </summary>
    public static string MetIdentiteitsprovider(string beleid, string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var adres)
            ? beleid.Replace("form-action 'self'", $"form-action 'self' {adres.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : beleid;

    /// <summary>First in the pipeline, so that the headers are on every answer, error pages and static files included.</summary>
    public static void UseBeveiliging(this WebApplication app)
    {
        var authority = ToegangModule.Identiteitsprovider(app.Configuration);
        var beleid = MetIdentiteitsprovider(ContentSecurityPolicy, authority);
        var beleidDashboard = MetIdentiteitsprovider(ContentSecurityPolicyDashboard, authority);
        var proxy = app.Configuration.GetSection(ProxyOpties.Sectie).Get<ProxyOpties>() ?? new ProxyOpties();
        if (proxy.Aan)
        {
            app.UseForwardedHeaders();
        }

        app.Use((context, volgende) =>
        {
            // Set just before the headers go out: the exception handler clears the response, this still applies.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Workflows.Runtime.Achtergrond.AchtergrondtakenDashboard.Pad)
                    ? beleidDashboard
                    : beleid;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return volgende(context);
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
    }
}

/// <summary>
/// Section "ForwardedHeaders": behind a reverse proxy that terminates TLS, the host must believe its X-Forwarded-For and
/// X-Forwarded-Proto, and only from that proxy. Off by default.
/// </summary>
internal sealed class ProxyOpties
{
    public const string Sectie = "ForwardedHeaders";

    public bool Aan { get; set; }

    /// <summary>How many proxies in a row may add an entry.</summary>
    public int Aantal { get; set; } = 1;

    /// <summary>IP addresses of the proxies (besides loopback, which ASP.NET Core always trusts).</summary>
    public string[] BekendeProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public string[] BekendeNetwerken { get; set; } = [];
}
