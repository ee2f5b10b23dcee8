using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Lezen;

namespace IdCyclus.Modules.Actieplannen.Features.Exporteren;

/// <summary>The latest version with each action's current progress, in the import format: exporting and importing again gives the same plan.</summary>
internal static class Exporteur
{
    public static Planbestand Bestand(Planweergave plan) => new(
        plan.Directie.Afkorting,
        plan.Plan.Jaar,
        plan.Inhoud,
        plan.Laatste.Status == VersieStatus.Goedgekeurd ? plan.Laatste.GoedgekeurdOp : null,
        plan.Laatste.Status == VersieStatus.Goedgekeurd ? plan.Laatste.GoedgekeurdDoor : null,
        plan.Voortgang.ToDictionary(v => v.Key, v => new BestandVoortgang(v.Value.Status, v.Value.Notitie), StringComparer.Ordinal),
        "$");
}
