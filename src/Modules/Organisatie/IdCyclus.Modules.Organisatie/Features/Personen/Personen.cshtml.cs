using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Organisatie.Features.Personen;

/// <summary>Bureau's list of everyone known to IdCyclus with their roles today, and the way to give someone a municipality-wide role.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class PersonenModel(OrganisatieLezer lezer, TimeProvider klok) : PageModel
{
    public IReadOnlyList<PersoonMetRollen> Personen { get; private set; } = [];

    public IReadOnlyList<Domain.AuditRegel> Audit { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Personen = await lezer.PersonenAsync(klok.Vandaag(), cancellationToken);
        Audit = await lezer.GemeenteAuditAsync(cancellationToken);
    }
}
