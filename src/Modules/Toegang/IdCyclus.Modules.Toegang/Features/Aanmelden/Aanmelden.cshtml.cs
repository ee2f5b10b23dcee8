using System.ComponentModel.DataAnnotations;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Toegang.Features.Aanmelden;

[AllowAnonymous]
internal sealed class AanmeldenModel(
    SignInManager<IdentityUser> aanmelden,
    UserManager<IdentityUser> gebruikers,
    LokaalAanmelden lokaal,
    Aanmeldlogboek logboek,
    IOrganisatieQueries organisatie,
    IOptions<ToegangOpties> opties,
    IOptions<OidcOpties> oidc,
    TimeProvider klok) : PageModel
{
    [BindProperty]
    [Display(Name = "E-mailadres")]
    [StringLength(Aanmeldgebeurtenis.MaxEmail, ErrorMessage = "Een e-mailadres is hooguit 256 tekens.")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Wachtwoord")]
    [StringLength(MaxWachtwoord, ErrorMessage = "Een wachtwoord is hooguit 200 tekens.")]
    public string? Wachtwoord { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const int MaxWachtwoord = 200;

    public bool DemoAanmelden => opties.Value.DemoAanmelden;

    public OidcOpties Oidc => oidc.Value;

    [BindProperty(SupportsGet = true, Name = "sso")]
    public string? Sso { get; set; }

    public IReadOnlyList<DemoGroep> DemoGroepen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Sso == "mislukt")
        {
            ModelState.AddModelError(string.Empty, "Aanmelden via de gemeente is niet gelukt of afgebroken. Probeer het opnieuw.");
        }

        await LaadDemoAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Vul uw e-mailadres in.");
        }

        if (string.IsNullOrEmpty(Wachtwoord))
        {
            ModelState.AddModelError(nameof(Wachtwoord), "Vul uw wachtwoord in.");
        }

        if (ModelState.ErrorCount == 0)
        {
            var uitkomst = await lokaal.AanmeldenAsync(Email!, Wachtwoord!, cancellationToken);
            if (uitkomst == AanmeldUitkomst.Gelukt)
            {
                return LocalRedirect(VeiligeReturnUrl());
            }

            ModelState.AddModelError(nameof(Email), uitkomst == AanmeldUitkomst.Geblokkeerd
                ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw."
                : "Het e-mailadres of het wachtwoord klopt niet.");
        }

        await LaadDemoAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDemoAsync(Guid persoonId, CancellationToken cancellationToken)
    {
        if (!DemoAanmelden)
        {
            return NotFound();
        }

        var gebruiker = await gebruikers.FindByIdAsync(persoonId.ToString());
        if (gebruiker is null)
        {
            ModelState.AddModelError(string.Empty, "Deze demopersoon heeft geen account.");
            await LaadDemoAsync(cancellationToken);
            return Page();
        }

        await aanmelden.SignOutAsync();
        await aanmelden.SignInAsync(gebruiker, isPersistent: false, Aanmeldlogboek.DemoMethode);
        await logboek.LegVastAsync(Aanmeldsoort.Aangemeld, Aanmeldwijze.Demo, persoonId, gebruiker.Email, cancellationToken);
        return LocalRedirect(VeiligeReturnUrl());
    }

    private string VeiligeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task LaadDemoAsync(CancellationToken cancellationToken)
    {
        if (!DemoAanmelden)
        {
            return;
        }

        var vandaag = klok.Vandaag();
        var directies = (await organisatie.ActieveDirectiesAsync(vandaag, cancellationToken)).ToDictionary(d => d.Id, d => d.Afkorting);
        var clusters = (await organisatie.ClustersAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Naam);
        var groepen = new List<DemoGroep>();
        foreach (var rol in DemoVolgorde)
        {
            var houders = await organisatie.RolhoudersAsync(rol, vandaag, cancellationToken: cancellationToken);
            var personen = houders
                .Select(h => new DemoPersoon(h.Persoon.Id, h.Persoon.Naam, Bereik(h, directies, clusters)))
                .OrderBy(p => p.Bereik, IdCyclus.Shared.Nederlands.Sortering)
                .ThenBy(p => p.Naam, IdCyclus.Shared.Nederlands.Sortering)
                .ToList();
            if (personen.Count > 0)
            {
                groepen.Add(new DemoGroep(rol.Naam(), personen));
            }
        }

        DemoGroepen = groepen;
    }

    private static string? Bereik(RolGegevens rol, Dictionary<Guid, string> directies, Dictionary<string, string> clusters) =>
        rol.DirectieId is { } d ? directies.GetValueOrDefault(d)
        : rol.ClusterId is { } c ? clusters.GetValueOrDefault(c)
        : null;

    private static readonly Rol[] DemoVolgorde =
        [Rol.Projectleider, Rol.DataAnalist, Rol.Accounthouder, Rol.Clusterdirecteur, Rol.Gmt, Rol.Directeur, Rol.Trekker, Rol.MtLid, Rol.WerkgroepLid];

    internal sealed record DemoGroep(string Rol, IReadOnlyList<DemoPersoon> Personen);

    internal sealed record DemoPersoon(Guid Id, string Naam, string? Bereik);
}
