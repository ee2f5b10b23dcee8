using IdCyclus.Shared.Validation;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Checks a definition before it is published: the format (IdCyclus.Workflows) and every name it uses against what the
/// modules registered — roles, collections, conditions, message templates and forms, of every module together. So a
/// definition of one module may use another's collection, and no module has to be "the" host.
/// </summary>
internal sealed class AangeslotenDefinitieValidator(
    IRolResolver rollen,
    IEnumerable<IWorkflowCollectie> collecties,
    IEnumerable<IWorkflowVoorwaarde> voorwaarden,
    Formulieren formulieren,
    IEnumerable<IBerichtSjablonen> sjablonen) : IDefinitieValidator
{
    public GevalideerdeDefinitie Valideer(string json)
    {
        var catalogus = new WorkflowCatalogus
        {
            Rollen = rollen.Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = collecties.Select(c => c.Naam).ToHashSet(StringComparer.Ordinal),
            Voorwaarden = voorwaarden.Select(v => v.Naam).ToHashSet(StringComparer.Ordinal),
            Formulieren = formulieren.Alle.Select(f => f.Naam).ToHashSet(StringComparer.Ordinal),
            Sjablonen = sjablonen.SelectMany(s => s.Namen).ToHashSet(StringComparer.Ordinal),
        };
        var gelezen = WorkflowDefinitieLezer.Lees(json, catalogus);
        return gelezen.Definitie is { } definitie && gelezen.IsGeldig
            ? new GevalideerdeDefinitie(definitie.Id, definitie.Naam, definitie.Versie, [])
            : new GevalideerdeDefinitie(null, null, 0, gelezen.Fouten.Select(f => new Fout(f.Pad, f.Melding)).ToList());
    }
}

/// <summary>Every module's templates as one: a template name is made by the module that registered it.</summary>
internal sealed class AlleSjablonen(IEnumerable<IBerichtSjablonen> sjablonen) : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen => sjablonen.SelectMany(s => s.Namen).ToList();

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens gegevens) =>
        (sjablonen.FirstOrDefault(s => s.Namen.Contains(sjabloon)) ?? throw new InvalidOperationException($"Sjabloon '{sjabloon}' is niet geregistreerd."))
        .Maak(sjabloon, gegevens);
}
