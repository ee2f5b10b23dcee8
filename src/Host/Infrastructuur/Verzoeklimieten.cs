using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>
/// How large a request body may be, per endpoint, decided before anything is read or buffered. A page says so with
/// [RequestSizeLimit] (the imports: their documented file maximum plus room for the form); every other form gets
/// <see cref="Formulier"/>, the JSON API <see cref="Api"/>. A body announced as larger is refused at once (a page: 413
/// with the Dutch error page; the API: 400 with a Dutch problem detail); a body without a length is cut off by the server
/// at the same limit.
/// </summary>
internal static class Verzoeklimieten
{
    public const long Formulier = 1_000_000;
    public const long Api = 64 * 1024;

    /// <summary>Deeper JSON than this is refused by the serializer (a 400 with the Dutch problem detail).</summary>
    public const int JsonDiepte = 16;

    public const string ApiTeGroot = "Het verzoek is groter dan 64 kB, de grens van deze API. Er is niets gewijzigd.";

    public const string ApiOnleesbaar =
        "De inhoud van het verzoek kon niet worden gelezen: geen geldige JSON, of dieper genest dan 16 niveaus. Er is niets gewijzigd.";

    public static void AddVerzoeklimieten(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(opties => opties.SerializerOptions.MaxDepth = JsonDiepte);
        services.AddProblemDetails(opties => opties.CustomizeProblemDetails = context =>
        {
            // The framework's own 400s (unreadable JSON) come without a Dutch text; ours set title and detail themselves.
            if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Title = "Ongeldig verzoek";
                context.ProblemDetails.Detail = ApiOnleesbaar;
            }
        });
    }

    /// <summary>After routing (the limit belongs to the endpoint), before authentication reads anything.</summary>
    public static void UseVerzoeklimieten(this WebApplication app) => app.Use(async (context, volgende) =>
    {
        // The error page shown for a refused request is a re-execution of that same request: let it through.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await volgende(context);
            return;
        }

        var api = context.Request.Path.StartsWithSegments("/api");
        var limiet = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? (api ? Api : Formulier);
        if (context.Request.ContentLength > limiet)
        {
            if (api)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Verzoek te groot", Detail = ApiTeGroot },
                });
            }
            else
            {
                // No body: the status-code pages show the Dutch page for 413.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }

            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grens)
        {
            grens.MaxRequestBodySize = limiet;
        }

        await volgende(context);
    });
}
