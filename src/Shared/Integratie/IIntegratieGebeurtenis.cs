namespace IdCyclus.Shared.Integratie;

/// <summary>
/// An integration event: a plain record in a module's Contracts that says what happened, in the past tense. Its
/// <see cref="Type"/> is the stable name stored in an outbox row, so a renamed class never orphans stored events.
/// </summary>
public interface IIntegratieGebeurtenis
{
    /// <summary>The stored name, e.g. "organisatie.trekker-vastgelegd": module, dot, what happened.</summary>
    static abstract string Type { get; }
}

/// <summary>
/// Receives one kind of integration event, matched by its CLR type. Delivery is at-least-once, so a receiver derives
/// from <see cref="InboxHandler{TGebeurtenis}"/>, which makes a redelivered event change nothing.
/// </summary>
public interface IIntegratieHandler<in TGebeurtenis>
    where TGebeurtenis : IIntegratieGebeurtenis
{
    Task VerwerkAsync(string sleutel, TGebeurtenis gebeurtenis, CancellationToken cancellationToken);
}
