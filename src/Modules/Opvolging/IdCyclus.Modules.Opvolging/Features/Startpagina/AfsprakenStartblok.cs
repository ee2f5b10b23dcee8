using System.Security.Claims;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;

namespace IdCyclus.Modules.Opvolging.Features.Startpagina;

/// <summary>
/// The agreements that still need someone, on the start page. A directeur, trekker or clusterdirecteur sees the running
/// agreements they may see in the register, late ones first; Bureau and the GMT see the count for the whole
/// municipality, with the late ones named for Bureau only (the GMT reads details on its dashboard, not here).
/// </summary>
internal sealed class AfsprakenStartblok(Afspraaklezer lezer, TimeProvider klok) : IStartblokBron
{
    public const int Maximum = 5;

    public async Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var gmt = gebruiker.IsInRole(Rollen.Gmt);
        if (!gebruiker.ZietRegister() && !gmt)
        {
            return [];
        }

        var vandaag = klok.Vandaag();
        var zichtbaar = await lezer.LijstAsync(r => gmt || gebruiker.MagZien(r.DirectieId, r.ClusterId), vandaag, ct);
        var telling = Afspraaktelling.Tel(zichtbaar.Select(a => a.Afspraak), vandaag);
        var inleiding = telling.Lopend == 0
            ? null
            : $"{telling.Lopend} lopende {(telling.Lopend == 1 ? "afspraak" : "afspraken")}, waarvan {telling.TeLaat} te laat; "
              + $"{telling.Verschoven} met een verschoven deadline.";
        // The GMT as such sees counts only; a GMT member who is also clusterdirecteur sees the own cluster's agreements.
        var lopend = zichtbaar
            .Where(a => gebruiker.MagZien(a.Rij.DirectieId, a.Rij.ClusterId))
            .Where(a => a.Status is Afspraakstatus.Open or Afspraakstatus.OpSchema or Afspraakstatus.TeLaat)
            .OrderBy(a => a.Status == Afspraakstatus.TeLaat ? 0 : 1)
            .ThenBy(a => a.Rij.HuidigeDeadline)
            .ThenBy(a => a.Rij.DirectieNaam, Nederlands.Sortering)
            .Take(Maximum)
            .Select(a => new Startregel(
                $"{a.Titel} ({a.Rij.DirectieNaam})",
                $"/opvolging/{a.Rij.Id}",
                $"uiterlijk {Nederlands.Datum(a.Rij.HuidigeDeadline)}",
                a.Status == Afspraakstatus.TeLaat))
            .ToList();
        var meer = gebruiker.ZietRegister() ? new Startlink("Alle afspraken in de opvolging", "/opvolging") : null;
        return [new Startblok("afspraken", "Afspraken uit de opvolging", 20, inleiding, lopend, "Er lopen geen afspraken.", meer)];
    }
}
