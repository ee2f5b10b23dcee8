using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// Checks a definition before it is published: the format (IdCyclus.Workflows) and every name it uses against what
/// this module registers — roles, collections, conditions, mail templates and forms.
/// </summary>
internal sealed class DefinitieValidator(
    IRolResolver rollen,
    IEnumerable<IWorkflowCollectie> collecties,
    IEnumerable<IWorkflowVoorwaarde> voorwaarden,
    IEnumerable<ITaakFormulier> formulieren,
    IBerichtSjablonen sjablonen) : IDefinitieValidator
{
    public GevalideerdeDefinitie Valideer(string json)
    {
        var catalogus = new WorkflowCatalogus
        {
            Rollen = rollen.Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = collecties.Select(c => c.Naam).ToHashSet(StringComparer.Ordinal),
            Voorwaarden = voorwaarden.Select(v => v.Naam).ToHashSet(StringComparer.Ordinal),
            Formulieren = formulieren.Select(f => f.Naam).ToHashSet(StringComparer.Ordinal),
            Sjablonen = sjablonen.Namen.ToHashSet(StringComparer.Ordinal),
        };
        var gelezen = WorkflowDefinitieLezer.Lees(json, catalogus);
        return gelezen.Definitie is { } definitie && gelezen.IsGeldig
            ? new GevalideerdeDefinitie(definitie.Id, definitie.Naam, definitie.Versie, [])
            : new GevalideerdeDefinitie(null, null, 0, gelezen.Fouten.Select(f => new Fout(f.Pad, f.Melding)).ToList());
    }
}
