using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// Hangfire's dashboard under <see cref="Pad"/>, behind our own sign-in: an anonymous visitor is sent to sign in (the
/// cookie scheme's challenge), a signed-in person who may not see it gets our 403 page. The runtime knows no roles; the
/// host says who may.
/// </summary>
public static class AchtergrondtakenDashboard
{
    public const string Pad = "/beheer/achtergrondtaken";

    /// <summary>Place after UseAuthentication/UseAuthorization, so that the person is known.</summary>
    public static IApplicationBuilder UseAchtergrondtakenDashboard(this IApplicationBuilder app, Func<ClaimsPrincipal, bool> mag)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Pad), poort => poort.Use(async (context, volgende) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            if (!mag(context.User))
            {
                // No body: the status-code pages render the Dutch "geen toegang" page with this 403.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await volgende(context);
        }));

        return app.UseHangfireDashboard(Pad, new DashboardOptions
        {
            // Hangfire's own check as a second lock: the default allows local requests only, which is not ours.
            Authorization = [new Toegang(mag)],
            DashboardTitle = "Achtergrondtaken — IdCyclus",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        });
    }

    private sealed class Toegang(Func<ClaimsPrincipal, bool> mag) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => mag(context.GetHttpContext().User);
    }
}
