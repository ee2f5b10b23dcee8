using System.Security.Claims;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;

namespace IdCyclus.Modules.Rapportage.Features.Overzicht;

/// <summary>
/// A clusterdirecteur's own sections of the given unpublished years (ADR 0017), read for the duidingsgesprek: on the
/// report overview and on the start page. Empty for anyone else.
/// </summary>
internal sealed class EigenSecties(IRapportageQueries rapportage, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public async Task<IReadOnlyList<SectieGegevens>> LeesAsync(ClaimsPrincipal user, IEnumerable<int> jaren, CancellationToken ct)
    {
        if (!user.IsInRole(Rollen.Clusterdirecteur) || user.PersoonId() is not { } persoon)
        {
            return [];
        }

        var clusters = (await organisatie.RollenVanAsync(persoon, klok.Vandaag(), ct))
            .Where(r => r.Rol == Rol.Clusterdirecteur && r.ClusterId is not null).Select(r => r.ClusterId!).ToList();
        var secties = new List<SectieGegevens>();
        foreach (var jaar in jaren)
        {
            secties.AddRange(await rapportage.SectiesVoorClusterdirecteurAsync(jaar, clusters, ct));
        }

        return secties;
    }
}
