using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.UrenWijzigen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace IdCyclus.Modules.Organisatie.Features.Api;

/// <summary>
/// A small JSON API over the organisation, for tools and spreadsheets Bureau already uses. Errors are problem details
/// with Dutch messages per field; a stale version is a 409, never an overwrite.
/// </summary>
internal static class OrganisatieApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/organisatie").DisableAntiforgery();
        api.MapGet("/clusters", ClustersAsync);
        api.MapGet("/directies", DirectiesAsync);
        api.MapGet("/directies/{id:guid}", DirectieAsync);
        api.MapPut("/rollen/{id:guid}/uren", UrenAsync).RequireAuthorization(Policies.Bureau);
    }

    private static async Task<Ok<IEnumerable<ClusterGegevens>>> ClustersAsync(
        IOrganisatieQueries organisatie, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok((await organisatie.ClustersAsync(ct)).Where(c => http.User.MagClusterZien(c.Id)));

    private static async Task<Results<Ok<IEnumerable<DirectieGegevens>>, ProblemHttpResult>> DirectiesAsync(
        IOrganisatieQueries organisatie, TimeProvider klok, HttpContext http, string? peildatum, CancellationToken ct)
    {
        var datum = klok.Vandaag();
        if (peildatum is not null && !DateOnly.TryParseExact(peildatum, "yyyy-MM-dd", out datum))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Ongeldige peildatum",
                detail: $"De peildatum '{peildatum}' is geen datum in de vorm jjjj-mm-dd, bijvoorbeeld 2024-11-01.");
        }

        var directies = await organisatie.ActieveDirectiesAsync(datum, ct);
        return TypedResults.Ok(directies.Where(d => http.User.MagDirectieZien(d.Id, d.ClusterId)));
    }

    private static async Task<Results<Ok<DirectieAntwoord>, ProblemHttpResult>> DirectieAsync(
        Guid id, IOrganisatieQueries organisatie, TimeProvider klok, HttpContext http, CancellationToken ct)
    {
        var directie = await organisatie.DirectieAsync(id, ct);
        if (directie is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Directie niet gevonden",
                detail: $"Er is geen directie met id {id}.");
        }

        if (!http.User.MagDirectieZien(directie.Id, directie.ClusterId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang",
                detail: "U heeft geen rol bij deze directie of het cluster ervan.");
        }

        var vandaag = klok.Vandaag();
        return TypedResults.Ok(new DirectieAntwoord(
            directie,
            await organisatie.TrekkersAsync(id, vandaag, ct),
            await organisatie.DirecteurAsync(id, vandaag, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> UrenAsync(
        Guid id, UrenVerzoek verzoek, UrenWijzigenHandler handler, HttpContext http, CancellationToken ct)
    {
        var resultaat = await handler.HandleAsync(new UrenWijzigenOpdracht(id, verzoek.UrenPerWeek, verzoek.Versie), Actor.Van(http.User), ct);
        if (resultaat.IsGelukt)
        {
            return TypedResults.NoContent();
        }

        if (resultaat.Fouten.Any(f => f.Veld == "Versie"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Gelijktijdige wijziging",
                detail: resultaat.Fouten.First(f => f.Veld == "Versie").Melding);
        }

        if (resultaat.Fouten.Any(f => f.Veld == nameof(UrenWijzigenOpdracht.ToewijzingId)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Roltoewijzing niet gevonden",
                detail: resultaat.Fouten[0].Melding);
        }

        return TypedResults.ValidationProblem(
            resultaat.Fouten.GroupBy(f => f.Veld).ToDictionary(g => g.Key, g => g.Select(f => f.Melding).ToArray()),
            title: "De invoer is niet geldig");
    }

    internal sealed record UrenVerzoek(decimal? UrenPerWeek, int Versie);

    internal sealed record DirectieAntwoord(DirectieGegevens Directie, IReadOnlyList<RolGegevens> Trekkers, PersoonGegevens? Directeur);
}
