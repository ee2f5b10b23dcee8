using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Toegang.Features.Logboek;

/// <summary>
/// Bureau reads who signed in, how, when and with what result. Read-only: there is no handler that changes anything,
/// and the log itself refuses changes (ADR 0016).
/// </summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class LogboekModel(AanmeldlogboekLezen lezer, IOrganisatieQueries organisatie) : PageModel
{
    public const string Pad = "/aanmeldlogboek";

    [BindProperty(SupportsGet = true)]
    public Guid? Persoon { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public Logboekpagina? Resultaat { get; private set; }

    public IReadOnlyList<PersoonGegevens> Personen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Personen = (await organisatie.PersonenAsync(ct)).OrderBy(p => p.Naam, Nederlands.Sortering).ToList();
        if (Van is { } van && Tot is { } tot && tot < van)
        {
            ModelState.AddModelError(nameof(Tot), "De datum 'tot en met' ligt vóór de datum 'vanaf'. Kies een latere datum.");
        }

        // A filter that could not be read shows its message and no rows, rather than rows the filter would not have given.
        if (!ModelState.IsValid)
        {
            return;
        }

        Resultaat = await lezer.LeesAsync(new Logboekfilter(Persoon, Van, Tot, Pagina), ct);
    }

    public string Naam(Guid? persoonId) =>
        persoonId is { } id && Personen.FirstOrDefault(p => p.Id == id) is { } persoon ? persoon.Naam : "Onbekend";

    public static string Moment(DateTime utc) => Nederlands.DagMomentMetSeconden(utc);

    public static string Soort(Aanmeldsoort soort) => soort switch
    {
        Aanmeldsoort.Aangemeld => "Aangemeld",
        Aanmeldsoort.Mislukt => "Mislukt (onjuist e-mailadres of wachtwoord)",
        Aanmeldsoort.Geblokkeerd => "Geweigerd: account tijdelijk geblokkeerd",
        Aanmeldsoort.Afgemeld => "Afgemeld",
        Aanmeldsoort.OnbekendePersoon => "Geweigerd: onbekend in IdCyclus",
        _ => soort.ToString(),
    };

    public static string Wijze(Aanmeldwijze wijze) => wijze switch
    {
        Aanmeldwijze.Wachtwoord => "E-mailadres en wachtwoord",
        Aanmeldwijze.Demo => "Demo-aanmelding",
        Aanmeldwijze.Oidc => "Account van de gemeente (single sign-on)",
        _ => wijze.ToString(),
    };

    /// <summary>The link to another page with the same filter.</summary>
    public string Link(int pagina) => Pad + QueryString.Create(new Dictionary<string, string?>
    {
        [nameof(Persoon)] = Persoon?.ToString(),
        [nameof(Van)] = Van?.ToString("yyyy-MM-dd"),
        [nameof(Tot)] = Tot?.ToString("yyyy-MM-dd"),
        [nameof(Pagina)] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null));
}
