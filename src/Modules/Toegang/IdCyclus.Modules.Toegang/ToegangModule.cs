using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Features.Aanmelden;
using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Features.Rollen;
using IdCyclus.Modules.Toegang.Features.Sso;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Toegang;

/// <summary>
/// Sign-in with local accounts (ASP.NET Core Identity, cookie) and the translation of Organisatie roles into claims.
/// Owns only the accounts; who may do what follows from the role assignments in Organisatie.
/// </summary>
public static class ToegangModule
{
    public static IServiceCollection AddToegang(
        this IServiceCollection services, DatabaseOpties database, string connectionString, IConfiguration configuratie, IHostEnvironment omgeving)
    {
        services.AddModule<ToegangDbContext>(database, connectionString, ToegangDbContext.Schema,
            demodata: (diensten, ct) => DemoAccounts.VulAsync(
                diensten.GetRequiredService<ToegangDbContext>(), diensten.GetRequiredService<IOrganisatieQueries>(),
                diensten.GetRequiredService<IOptions<ToegangOpties>>().Value.DemoWachtwoord, ct));

        services.Configure<ToegangOpties>(configuratie.GetSection(ToegangOpties.Sectie));
        if (omgeving.IsDevelopment())
        {
            services.PostConfigure<ToegangOpties>(o => o.DemoAanmelden = true);
        }
        else if (configuratie.GetSection(ToegangOpties.Sectie).Get<ToegangOpties>() is { DemoAanmelden: true })
        {
            // Whether the host may start like this at all is decided by MagStarten; if it starts, nobody may miss it.
            services.AddSingleton(new Paginabanner(
                "Demoserver: iedereen kan zich hier aanmelden als iedere (fictieve) persoon. Voer hier geen echte gegevens in."));
        }

        services.AddHttpContextAccessor();
        services.AddScoped<Aanmeldlogboek>();
        services.AddScoped<LokaalAanmelden>();
        services.AddScoped<AanmeldlogboekLezen>();
        services.AddScoped<Features.Agendafeed.AgendalinkLezer>();
        services.AddScoped<Contracts.IAgendalinks>(d => d.GetRequiredService<Features.Agendafeed.AgendalinkLezer>());
        services.AddScoped<Features.Agendafeed.AgendalinkMakenHandler>();
        services.AddScoped<Features.Agendafeed.AgendalinkIntrekkenHandler>();
        services.AddSingleton(new NavigatieItem("Mijn agenda", Features.Agendafeed.AgendaModel.Pad, 2, user => user.Identity?.IsAuthenticated == true));
        services.AddSingleton(new NavigatieItem("Aanmeldlogboek", LogboekModel.Pad, 25, user => user.IsBureau()));

        services.Configure<OidcOpties>(configuratie.GetSection(OidcOpties.Sectie));
        var authenticatie = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authenticatie.AddIdentityCookies();
        if (configuratie.GetSection(OidcOpties.Sectie).Get<OidcOpties>() is { Aan: true } oidc)
        {
            authenticatie.AddOpenIdConnect(OidcOpties.Schema, "Gemeente Amsterdam", o => OidcAanmelden.Configureer(o, oidc));
        }

        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<ToegangDbContext>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/aanmelden";
            cookie.LogoutPath = "/afmelden";
            cookie.AccessDeniedPath = "/geen-toegang";
            cookie.Cookie.Name = "idcyclus";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // An API caller gets a status code, not a redirect to an HTML sign-in page.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiOfRedirect(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiOfRedirect(context, StatusCodes.Status403Forbidden),
            };
        });

        services.AddScoped<IClaimsTransformation, RolClaims>();
        services.AddSingleton<Stempelcache<(Guid, DateOnly), Rolbeeld>>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Bureau, policy => policy.RequireRole(Rollen.Bureau));
        return services;
    }

    /// <summary>
    /// Refuses settings that are unsafe for this environment: demo sign-in lets anyone become anyone, so outside
    /// Development it needs the explicit Toegang:DemoAanmeldenBuitenOntwikkeling (a demo server). Logs why and returns
    /// false; the host then stops with a non-zero exit code before it listens.
    /// </summary>
    public static bool MagStarten(IServiceProvider services, IHostEnvironment omgeving, ILogger logger)
    {
        var opties = services.GetRequiredService<IOptions<ToegangOpties>>().Value;
        if (omgeving.IsDevelopment() || !opties.DemoAanmelden || opties.DemoAanmeldenBuitenOntwikkeling)
        {
            return true;
        }

        logger.LogCritical(
            "IdCyclus start niet: demo-aanmelden (Toegang:DemoAanmelden) staat aan in omgeving '{Omgeving}'. "
            + "Daarmee kan iedereen zich als iedereen aanmelden, ook als Bureau. Zet Toegang:DemoAanmelden uit, "
            + "of zet voor een demoserver ook Toegang:DemoAanmeldenBuitenOntwikkeling=true (dan toont elke pagina een waarschuwing).",
            omgeving.EnvironmentName);
        return false;
    }

    /// <summary>
    /// The identity provider's address when single sign-on is on (<c>Toegang:Oidc:Authority</c>), else null: the host's
    /// Content-Security-Policy must allow the sign-out redirect to it.
    /// </summary>
    public static string? Identiteitsprovider(IConfiguration configuratie) =>
        configuratie.GetSection(OidcOpties.Sectie).Get<OidcOpties>()?.Authority;

    private static Task ApiOfRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
