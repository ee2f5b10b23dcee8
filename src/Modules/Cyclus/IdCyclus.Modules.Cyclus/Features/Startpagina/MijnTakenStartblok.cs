using System.Security.Claims;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Features.Startpagina;

/// <summary>
/// Every role's first question on the start page: what must I do next? The person's open tasks, late ones first, then
/// by deadline; the rest is one click away in Mijn taken. The same rights as the inbox, so a task of a role that has
/// ended does not show up here either.
/// </summary>
internal sealed class MijnTakenStartblok(IWorkflowLezer lezer, WorkflowMotor motor, TimeProvider klok) : IStartblokBron
{
    public const int Maximum = 5;

    public async Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        if (gebruiker.PersoonId() is not { } persoon)
        {
            return [];
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var taken = await Takenlijst.ZichtbaarAsync(
            motor, await Takenlijst.LeesAsync(lezer, nu, persoon, null, null, false, ct), persoon, gebruiker.Identity?.Name, ct);
        var eerst = taken.OrderByDescending(t => t.IsVerlopen).ThenBy(t => t.Taak.DeadlineUtc ?? DateTime.MaxValue).ToList();
        var teLaat = eerst.Count(t => t.IsVerlopen);
        var inleiding = eerst.Count == 0
            ? null
            : $"U heeft {eerst.Count} open {(eerst.Count == 1 ? "taak" : "taken")}{(teLaat > 0 ? $", waarvan {teLaat} te laat" : "")}.";
        var regels = eerst.Take(Maximum).Select(Regel).ToList();
        var meer = eerst.Count > Maximum ? new Startlink($"Alle {eerst.Count} taken in Mijn taken", "/taken") : new Startlink("Naar Mijn taken", "/taken");
        return [new Startblok("taken", "Wat u nu moet doen", 10, inleiding, regels, "U heeft geen open taken.", meer)];
    }

    private static Startregel Regel(TaakRij rij) => new(
        rij.Taak.BereikOmschrijving is { } bereik ? $"{rij.Taak.Titel} ({bereik})" : rij.Taak.Titel,
        $"/taken/{rij.Taak.Id}",
        rij.Taak.DeadlineUtc is { } deadline ? $"uiterlijk {Nederlands.Datum(DateOnly.FromDateTime(Tijd.InAmsterdam(deadline)))}" : null,
        rij.IsVerlopen);
}
