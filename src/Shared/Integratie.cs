namespace IdCyclus.Shared;

/// <summary>
/// Handles an integration event delivered from another module's outbox. Delivery is at-least-once, so a handler
/// must be idempotent on <c>sleutel</c> (modules keep an inbox of handled keys in their own schema).
/// </summary>
public interface IIntegratieHandler
{
    /// <summary>The event type name as written to the outbox, e.g. "organisatie.trekker-benoemd".</summary>
    string Type { get; }

    Task VerwerkAsync(string sleutel, string json, CancellationToken cancellationToken);
}
