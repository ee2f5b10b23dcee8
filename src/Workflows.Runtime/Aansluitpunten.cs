namespace IdCyclus.Workflows.Runtime;

/// <summary>A person the runtime can assign a task to or send a message to.</summary>
public sealed record WorkflowPersoon(Guid Id, string Naam, string Email);

/// <summary>One item of a named collection a fan-out runs over. <see cref="Bereik"/> is the scope roles resolve in.</summary>
public sealed record WorkflowItem(string Sleutel, string Omschrijving, string? Bereik);

/// <summary>Resolves a role name in a scope to people, on a date — asked at the moment it is needed, not cached.</summary>
public interface IRolResolver
{
    /// <summary>The role names this resolver knows (for the definition validator).</summary>
    IReadOnlyCollection<string> Rollen { get; }

    Task<IReadOnlyList<WorkflowPersoon>> ResolveAsync(string rol, string? bereik, DateOnly datum, CancellationToken cancellationToken);
}

/// <summary>A named collection a fan-out step runs over (e.g. "every active unit on the start date").</summary>
public interface IWorkflowCollectie
{
    string Naam { get; }

    Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken);
}

/// <summary>A named predicate over a fan-out item, registered in code by a module; definitions refer to it by name.</summary>
public interface IWorkflowVoorwaarde
{
    string Naam { get; }

    Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken);
}

/// <summary>What completing a task with a given form needs: validation of the typed input and its effects.</summary>
public interface ITaakFormulier
{
    string Naam { get; }

    /// <summary>
    /// Validates the input (Dutch messages per field) and returns the integration events to store in the outbox in the
    /// same transaction as the completion. Must not write anything itself.
    /// </summary>
    Task<FormulierUitkomst> VerwerkAsync(FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken);
}

/// <summary>
/// What a form is told about the task being completed. <see cref="InstantieGestart"/> is the start moment of the task's
/// instance, which the engine has already read: a form that needs it (the cycle year) does not read the instance again.
/// </summary>
public sealed record FormulierContext(
    Guid TaakId, Guid InstantieId, string StapId, string? ItemSleutel, string? Bereik, WorkflowPersoon Door, DateTimeOffset Moment,
    DateTimeOffset InstantieGestart);

public sealed record IntegratieGebeurtenis(string Type, string Sleutel, string Json);

public sealed record FormulierUitkomst(IReadOnlyList<Shared.Validation.Fout> Fouten, string? Samenvatting, IReadOnlyList<IntegratieGebeurtenis> Gebeurtenissen)
{
    public static FormulierUitkomst Fout(IReadOnlyList<Shared.Validation.Fout> fouten) => new(fouten, null, []);

    public static FormulierUitkomst Gelukt(string samenvatting, params IntegratieGebeurtenis[] gebeurtenissen) => new([], samenvatting, gebeurtenissen);
}

/// <summary>Turns a template name and its data into a subject and body (Dutch, by the host).</summary>
public interface IBerichtSjablonen
{
    IReadOnlyCollection<string> Namen { get; }

    (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens gegevens);
}

public sealed record BerichtGegevens(
    string OntvangerNaam,
    string WorkflowNaam,
    string? TaakTitel,
    string? ItemOmschrijving,
    DateTimeOffset? Deadline,
    string? Link,
    int EscalatieNiveau,
    string? OorspronkelijkeBehandelaar);

/// <summary>Delivers one mail. Throws when delivery fails; the runtime retries with backoff.</summary>
public interface IMailVerzender
{
    Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken);
}
