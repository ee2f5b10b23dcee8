using System.Security.Claims;

namespace IdCyclus.Shared.Web;

/// <summary>
/// One block of the start page: what needs the signed-in person next, from one module. The host only lays blocks out;
/// each module decides from its own data what belongs in its block, so the start page never reads a module's tables.
/// </summary>
/// <param name="Id">The block's id in the page (also its heading's anchor), e.g. "taken".</param>
/// <param name="Volgorde">Lower comes first: what the person must do before what they may want to know.</param>
/// <param name="Inleiding">One sentence above the list (where the cycle stands, how many are late), or null.</param>
/// <param name="LeegTekst">What the block says when <paramref name="Regels"/> is empty; a block without it is left out then.</param>
/// <param name="Meer">A link to the full list behind the block, or null.</param>
public sealed record Startblok(
    string Id,
    string Titel,
    int Volgorde,
    string? Inleiding,
    IReadOnlyList<Startregel> Regels,
    string? LeegTekst = null,
    Startlink? Meer = null);

/// <param name="Wanneer">The date part ("uiterlijk 3 maart"), shown after the text, or null.</param>
/// <param name="Dringend">Late or escalated: shown first and marked "te laat" in words, not by colour alone.</param>
public sealed record Startregel(string Tekst, string? Href, string? Wanneer = null, bool Dringend = false);

public sealed record Startlink(string Tekst, string Href);

/// <summary>A module's contribution to the start page; registered with <c>services.AddScoped&lt;IStartblokBron, …&gt;()</c>.</summary>
public interface IStartblokBron
{
    Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct);
}
