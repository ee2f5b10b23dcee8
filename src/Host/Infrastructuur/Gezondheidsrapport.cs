using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IdCyclus.Host.Infrastructuur;

internal static class Gezondheidsrapport
{
    public static Task SchrijfAsync(HttpContext context, HealthReport rapport)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var inhoud = new
        {
            status = rapport.Status.ToString(),
            checks = rapport.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), omschrijving = e.Value.Description, gegevens = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(inhoud, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    }
}
