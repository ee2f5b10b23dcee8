using System.ComponentModel.DataAnnotations;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.RolToewijzen;

[Authorize(Policy = Policies.Bureau)]
internal sealed class RolToewijzenModel(OrganisatieLezer lezer, RolToewijzenHandler handler, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? DirectieId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ClusterId { get; set; }

    [BindProperty]
    public string? Rol { get; set; }

    [BindProperty]
    public Guid? PersoonId { get; set; }

    [BindProperty]
    public string? NieuwePersoonNaam { get; set; }

    [BindProperty]
    public string? NieuwePersoonEmail { get; set; }

    [BindProperty]
    [Display(Name = "Begindatum")]
    public DateOnly? Van { get; set; }

    [BindProperty]
    [Display(Name = "Einddatum")]
    public DateOnly? Tot { get; set; }

    /// <summary>Text, not decimal: "4,5" and "4.5" must both mean 4.5 (see Getallen).</summary>
    [BindProperty]
    public string? UrenPerWeek { get; set; }

    public string Bereik { get; private set; } = "de hele gemeente";

    public string Terug { get; private set; } = "/organisatie/personen";

    public IReadOnlyList<Keuze> RolKeuzes { get; private set; } = [];

    public IReadOnlyList<Keuze> PersoonKeuzes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Van ??= klok.Vandaag();
        return await LaadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LaadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rol? rol = Enum.TryParse<Rol>(Rol, out var gekozen) && Enum.IsDefined(gekozen) ? gekozen : null;
        if (!string.IsNullOrEmpty(Rol) && rol is null)
        {
            ModelState.AddModelError(nameof(Rol), $"'{Rol}' is geen rol die IdCyclus kent.");
        }

        if (!Getallen.ProbeerDecimaal(UrenPerWeek, out var uren))
        {
            ModelState.AddModelError(nameof(UrenPerWeek), $"'{UrenPerWeek}' is geen getal; vul het aantal uren in als getal, bijvoorbeeld 8 of 4,5.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await handler.HandleAsync(
            new RolToewijzenOpdracht(rol, PersoonId, NieuwePersoonNaam, NieuwePersoonEmail, DirectieId, ClusterId, Van, Tot, uren),
            Actor.Van(User),
            cancellationToken);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return Page();
        }

        TempData["Melding"] = $"De rol {rol!.Value.Naam().ToLowerInvariant()} is toegewezen.";
        return Redirect(Terug);
    }

    private async Task<bool> LaadAsync(CancellationToken cancellationToken)
    {
        IEnumerable<Rol> rollen;
        if (DirectieId is { } directieId)
        {
            var directie = await lezer.DirectieEntiteitAsync(directieId, cancellationToken);
            if (directie is null)
            {
                return false;
            }

            Bereik = directie.Weergavenaam;
            Terug = $"/organisatie/directies/{directie.Id}";
            rollen = Enum.GetValues<Rol>().Where(r => r.Bereik() == RolBereik.Directie);
        }
        else if (!string.IsNullOrEmpty(ClusterId))
        {
            var cluster = await lezer.ClusterEntiteitAsync(ClusterId, cancellationToken);
            if (cluster is null)
            {
                return false;
            }

            Bereik = cluster.Weergavenaam;
            Terug = $"/organisatie/clusters/{cluster.Id}";
            rollen = Enum.GetValues<Rol>().Where(r => r.Bereik() == RolBereik.Cluster);
        }
        else
        {
            rollen = Enum.GetValues<Rol>().Where(r => r.Bereik() == RolBereik.Gemeente);
        }

        RolKeuzes = rollen.Select(r => new Keuze(r.ToString(), r.Naam())).ToList();
        PersoonKeuzes = (await lezer.AllePersonenAsync(cancellationToken))
            .OrderBy(p => p.Naam, OrganisatieLezer.Sortering)
            .Select(p => new Keuze(p.Id.ToString(), $"{p.Naam} ({p.Email})"))
            .ToList();
        return true;
    }
}
