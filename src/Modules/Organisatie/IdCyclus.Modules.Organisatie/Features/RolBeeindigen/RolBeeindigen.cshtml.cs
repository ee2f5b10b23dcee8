using System.ComponentModel.DataAnnotations;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IdCyclus.Modules.Organisatie.Features.RolBeeindigen;

[Authorize(Policy = Policies.Bureau)]
internal sealed class RolBeeindigenModel(OrganisatieLezer lezer, RolBeeindigenHandler handler, TimeProvider klok)
    : ToewijzingFormulierModel(lezer)
{
    [BindProperty]
    [Display(Name = "Laatste dag")]
    public DateOnly? Tot { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Versie = Toewijzing.Versie;
        Tot = Toewijzing.Tot ?? klok.Vandaag();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LaadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var resultaat = await handler.HandleAsync(new RolBeeindigenOpdracht(id, Tot, Versie), Actor.Van(User), cancellationToken);
        if (resultaat.IsGelukt)
        {
            await LaadAsync(id, cancellationToken);
        }

        return await VerwerkAsync(id, resultaat, "De einddatum van de rol is opgeslagen.", cancellationToken);
    }
}
