using System.Security.Claims;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Toegang.Features.Rollen;

/// <summary>
/// Turns the Organisatie role assignments of today into role and scope claims, on every request: a role that Bureau
/// ends or starts takes effect at once, without signing out. The cookie itself carries only the person's id. What
/// Organisatie answers is kept per person and day under the database's change stamp (ADR 0030), so a request that
/// changes nothing asks nothing of Organisatie, and the first request after any change asks again.
/// </summary>
internal sealed class RolClaims(IServiceProvider diensten, Stempelcache<(Guid, DateOnly), Rolbeeld> cache, TimeProvider klok)
    : IClaimsTransformation
{
    private const string Bron = "idcyclus-rollen";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.Identities.Any(i => i.AuthenticationType == Bron)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var persoonId))
        {
            return principal;
        }

        var vandaag = klok.Vandaag();
        var (persoon, rollen) = await cache.LeesAsync(
            (persoonId, vandaag),
            async () =>
            {
                // Resolved only on a miss: with its DbContext it cost more than the whole read on a hit, on every request.
                var organisatie = diensten.GetRequiredService<IOrganisatieQueries>();
                return new Rolbeeld(await organisatie.PersoonAsync(persoonId), await organisatie.RollenVanAsync(persoonId, vandaag));
            },
            CancellationToken.None);

        var identiteit = new ClaimsIdentity(Bron, ClaimTypes.Name, ClaimTypes.Role);
        identiteit.AddClaim(new Claim(IdCyclusClaims.PersoonId, persoonId.ToString()));
        if (persoon is not null)
        {
            identiteit.AddClaim(new Claim(ClaimTypes.Name, persoon.Naam));
        }

        foreach (var rol in rollen.Select(r => RolNaam(r.Rol)).Distinct())
        {
            identiteit.AddClaim(new Claim(ClaimTypes.Role, rol));
        }

        foreach (var directie in rollen.Where(r => r.DirectieId is not null).Select(r => r.DirectieId!.Value).Distinct())
        {
            identiteit.AddClaim(new Claim(IdCyclusClaims.Directie, directie.ToString()));
        }

        foreach (var cluster in rollen.Where(r => r.ClusterId is not null).Select(r => r.ClusterId!).Distinct())
        {
            identiteit.AddClaim(new Claim(IdCyclusClaims.Cluster, cluster));
        }

        // Each role with its own scope, for rights that belong to one role in one place (see HeeftRolIn).
        foreach (var rol in rollen)
        {
            if ((rol.ClusterId ?? rol.DirectieId?.ToString()) is { } bereik)
            {
                identiteit.AddClaim(new Claim(IdCyclusClaims.RolInBereik, IdCyclusClaims.RolInBereikWaarde(RolNaam(rol.Rol), bereik)));
            }
        }

        // The role identity goes first so that User.Identity.Name is the person's name, not the e-mail address.
        var resultaat = new ClaimsPrincipal(identiteit);
        resultaat.AddIdentities(principal.Identities);
        return resultaat;
    }

    public static string RolNaam(Rol rol) => rol switch
    {
        Rol.Trekker => Shared.Security.Rollen.Trekker,
        Rol.Directeur => Shared.Security.Rollen.Directeur,
        Rol.MtLid => Shared.Security.Rollen.MtLid,
        Rol.Clusterdirecteur => Shared.Security.Rollen.Clusterdirecteur,
        Rol.Accounthouder => Shared.Security.Rollen.Accounthouder,
        Rol.WerkgroepLid => Shared.Security.Rollen.WerkgroepLid,
        Rol.Projectleider or Rol.DataAnalist => Shared.Security.Rollen.Bureau,
        Rol.Gmt => Shared.Security.Rollen.Gmt,
        _ => throw new ArgumentOutOfRangeException(nameof(rol), rol, null),
    };
}

/// <summary>A person as Organisatie knows them on a day, with their roles: what the claims are made from.</summary>
internal sealed record Rolbeeld(PersoonGegevens? Persoon, IReadOnlyList<RolGegevens> Rollen);
