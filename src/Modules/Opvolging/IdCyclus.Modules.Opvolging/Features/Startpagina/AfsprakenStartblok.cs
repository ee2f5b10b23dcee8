using System.Security.Claims;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;

namespace IdCyclus.Modules.Opvolging.Features.Startpagina;

/// <summary>
/// The agreements that still need someone, on the start page. A directeur, trekker or clusterdirecteur sees the running
/// agreements they may see in the register, late ones first, and the counts of that same set. The GMT sees the counts
/// for the whole municipality and is sent to its dashboard for the details; a GMT member who is also clusterdirecteur
/// (or directeur) sees both: the municipality's counts, then the own part's agreements with their own counts. So a
/// count never speaks of more agreements than the list and its link can show without saying so.
/// </summary>
internal sealed class AfsprakenStartblok(Afspraaklezer lezer, TimeProvider klok) : IStartblokBron
{
    public const int Maximum = 5;

    public async Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var gmt = gebruiker.IsInRole(Rollen.Gmt);
        var register = gebruiker.ZietRegister();
        if (!register && !gmt)
        {
            return [];
        }

        var vandaag = klok.Vandaag();
        var zichtbaar = await lezer.LijstAsync(r => gmt || gebruiker.MagZien(r.DirectieId, r.ClusterId), vandaag, ct);
        var lopend = zichtbaar.Where(a => a.Status is Afspraakstatus.Open or Afspraakstatus.OpSchema or Afspraakstatus.TeLaat).ToList();
        var eigen = lopend.Where(a => gebruiker.MagZien(a.Rij.DirectieId, a.Rij.ClusterId)).ToList();

        if (!register)
        {
            return [new Startblok("afspraken", "Afspraken uit de opvolging", 20, Afsprakenzin.Gemeente(lopend), [],
                Meer: new Startlink("De afspraken per directie staan op het GMT-dashboard", "/gmt"))];
        }

        var regels = eigen
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
        var inleiding = gmt && !gebruiker.ZietAlles()
            ? $"{Afsprakenzin.Gemeente(lopend)} {Afsprakenzin.Eigen(eigen, Afsprakenzin.Onderdeel(gebruiker))}"
            : Afsprakenzin.Telling(eigen);
        return [new Startblok("afspraken", "Afspraken uit de opvolging", 20, inleiding, regels, "Er lopen geen afspraken.",
            new Startlink("Alle afspraken in de opvolging", "/opvolging"))];
    }
}

/// <summary>The start block's sentences, kept apart so each case reads as the person will read it.</summary>
internal static class Afsprakenzin
{
    /// <summary>"2 lopende afspraken, waarvan 1 te laat; 0 met een verschoven deadline.", or null for none.</summary>
    public static string? Telling(IReadOnlyCollection<Afspraakweergave> lopend)
    {
        if (lopend.Count == 0)
        {
            return null;
        }

        var teLaat = lopend.Count(a => a.Status == Afspraakstatus.TeLaat);
        var verschoven = lopend.Count(a => a.Afspraak.VerschovenDagen > 0);
        return $"{lopend.Count} lopende {(lopend.Count == 1 ? "afspraak" : "afspraken")}, waarvan {teLaat} te laat; "
               + $"{verschoven} met een verschoven deadline.";
    }

    public static string Gemeente(IReadOnlyCollection<Afspraakweergave> lopend) =>
        Telling(lopend) is { } telling ? $"In de hele gemeente: {telling}" : "In de hele gemeente lopen geen afspraken.";

    public static string Eigen(IReadOnlyCollection<Afspraakweergave> lopend, string onderdeel) =>
        Telling(lopend) is { } telling ? $"In {onderdeel}: {telling}" : $"In {onderdeel} lopen geen afspraken.";

    /// <summary>How the part of the organisation this person answers for is called in the sentence.</summary>
    public static string Onderdeel(ClaimsPrincipal gebruiker) => gebruiker.Clusters().Count switch
    {
        1 => "uw cluster",
        > 1 => "uw clusters",
        _ => gebruiker.Directies().Count == 1 ? "uw directie" : "uw directies",
    };
}
