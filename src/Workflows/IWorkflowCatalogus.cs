namespace IdCyclus.Workflows;

/// <summary>
/// The names a host knows, so the validator can refuse a definition that refers to something that does not exist.
/// This library knows none of them: roles, collections, conditions, message templates and forms are registered by the
/// modules that host workflows. A null set means "not checked" (the host does not know that kind of name).
/// </summary>
public interface IWorkflowCatalogus
{
    /// <summary>Collections a fan-out can run over (<c>collectie</c>).</summary>
    IReadOnlySet<string>? Collecties { get; }

    /// <summary>Conditions a fan-out can filter on (<c>voorwaarde</c>).</summary>
    IReadOnlySet<string>? Voorwaarden { get; }

    /// <summary>Roles (<c>rol</c>, <c>aanRol</c>, <c>naarRol</c>).</summary>
    IReadOnlySet<string>? Rollen { get; }

    /// <summary>Message templates (<c>sjabloon</c>, and <c>melding</c> of an escalation rung).</summary>
    IReadOnlySet<string>? Sjablonen { get; }

    /// <summary>Forms a task can require (<c>formulier</c>).</summary>
    IReadOnlySet<string>? Formulieren { get; }
}

/// <summary>A catalogue from fixed sets; leave a set null to skip checking that kind of name.</summary>
public sealed record WorkflowCatalogus : IWorkflowCatalogus
{
    /// <inheritdoc />
    public IReadOnlySet<string>? Collecties { get; init; }

    /// <inheritdoc />
    public IReadOnlySet<string>? Voorwaarden { get; init; }

    /// <inheritdoc />
    public IReadOnlySet<string>? Rollen { get; init; }

    /// <inheritdoc />
    public IReadOnlySet<string>? Sjablonen { get; init; }

    /// <inheritdoc />
    public IReadOnlySet<string>? Formulieren { get; init; }
}

/// <summary>A problem in a definition: where (a JSON path such as <c>$.stappen[2].escalaties[0].na</c>) and what, in Dutch.</summary>
/// <param name="Pad">The JSON path of the value (or of the missing field) the problem is about; <c>$</c> for the whole text.</param>
/// <param name="Melding">A Dutch message for the person who wrote the definition.</param>
public sealed record DefinitieFout(string Pad, string Melding)
{
    /// <summary><c>Pad: Melding</c>.</summary>
    public override string ToString() => $"{Pad}: {Melding}";
}

/// <summary>The result of reading a definition: the definition, or every problem found.</summary>
public sealed class LeesResultaat
{
    internal LeesResultaat(WorkflowDefinitie? definitie, IReadOnlyList<DefinitieFout> fouten)
    {
        Definitie = definitie;
        Fouten = fouten;
    }

    /// <summary>The definition when it is valid; otherwise null.</summary>
    public WorkflowDefinitie? Definitie { get; }

    /// <summary>
    /// Every problem found, empty when the definition is valid: first the problems of single values in document order,
    /// then those between steps (duplicate ids, references, cycles, anchors).
    /// </summary>
    public IReadOnlyList<DefinitieFout> Fouten { get; }

    /// <summary>True when there are no problems (and so <see cref="Definitie"/> is set).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Definitie))]
    public bool IsGeldig => Definitie is not null;
}
