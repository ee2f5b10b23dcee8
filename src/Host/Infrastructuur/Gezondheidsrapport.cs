using System.Text.Json;
using IdCyclus.Shared.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>
/// /health answers everyone (a load balancer is not signed in) but tells an anonymous caller only healthy or unhealthy:
/// the provider, the modules and error messages say too much about the installation. Bureau sees the details.
/// </summary>
internal static class Gezondheidsrapport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task SchrijfAsync(HttpContext context, HealthReport rapport)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object inhoud = context.User.IsBureau()
            ? new
            {
                status = rapport.Status.ToString(),
                checks = rapport.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), omschrijving = e.Value.Description, gegevens = e.Value.Data }),
            }
            : new { status = rapport.Status.ToString() };
        return context.Response.WriteAsync(JsonSerializer.Serialize(inhoud, Json));
    }
}
