using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IdCyclus.Modules.Organisatie.Features.UrenWijzigen;

[Authorize(Policy = Policies.Bureau)]
internal sealed class UrenWijzigenModel(OrganisatieLezer lezer, UrenWijzigenHandler handler) : ToewijzingFormulierModel(lezer)
{
    /// <summary>Text, not decimal: "4,5" and "4.5" must both mean 4.5 (see Getallen).</summary>
    [BindProperty]
    public string? UrenPerWeek { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Versie = Toewijzing.Versie;
        UrenPerWeek = Domain.NederlandseOpmaak.Uren(Toewijzing.UrenPerWeek).Replace("—", "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Getallen.ProbeerDecimaal(UrenPerWeek, out var uren))
        {
            ModelState.AddModelError(nameof(UrenPerWeek), $"'{UrenPerWeek}' is geen getal; vul het aantal uren in als getal, bijvoorbeeld 8 of 4,5.");
            return await LaadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var resultaat = await handler.HandleAsync(new UrenWijzigenOpdracht(id, uren, Versie), Actor.Van(User), cancellationToken);
        if (resultaat.IsGelukt)
        {
            await LaadAsync(id, cancellationToken);
        }

        return await VerwerkAsync(id, resultaat, "De uren per week zijn opgeslagen.", cancellationToken);
    }
}
