using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang.Matrix;

/// <summary>One row of the access matrix: a method, a route and (for a page POST) its handler name.</summary>
public sealed record Eindpunt(string Methode, string Route, string? Handler)
{
    public string Sleutel => $"{Methode} {Route}{(Handler is null ? "" : $" ?handler={Handler}")}";
}

/// <summary>
/// Every page handler and API endpoint, read from the application's own endpoint table, so that a new endpoint shows
/// up in the matrix test without anyone remembering to add it.
/// </summary>
public static class Eindpunten
{
    public static async Task<IReadOnlyList<Eindpunt>> VanAsync(IServiceProvider diensten)
    {
        var eindpunten = new List<Eindpunt>();
        var lader = diensten.GetRequiredService<PageLoader>();
        foreach (var eindpunt in diensten.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + eindpunt.RoutePattern.RawText?.TrimStart('/');
            // A page's endpoint carries its descriptor; its handlers (OnPostVoltooienAsync, …) are known once it is loaded.
            if (eindpunt.Metadata.GetMetadata<PageActionDescriptor>() is { } beschrijving)
            {
                var pagina = await lader.LoadAsync(beschrijving, EndpointMetadataCollection.Empty);
                foreach (var handler in pagina.HandlerMethods)
                {
                    eindpunten.Add(new Eindpunt(handler.HttpMethod.ToUpperInvariant(), route, string.IsNullOrEmpty(handler.Name) ? null : handler.Name));
                }

                if (pagina.HandlerMethods.Count == 0)
                {
                    eindpunten.Add(new Eindpunt("GET", route, null));
                }
            }
            else
            {
                var methoden = eindpunt.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                eindpunten.AddRange(methoden.Select(m => new Eindpunt(m, route, null)));
            }
        }

        return eindpunten.DistinctBy(e => e.Sleutel).OrderBy(e => e.Sleutel, StringComparer.Ordinal).ToList();
    }
}
