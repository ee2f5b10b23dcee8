namespace IdCyclus.Modules.Toegang.Contracts;

/// <summary>
/// The personal calendar feed's secret links (ADR 0025). Toegang keeps them (only a hash of each token); the module that
/// serves the feed asks whose a token is.
/// </summary>
public interface IAgendalinks
{
    /// <summary>The person whose active link this token is; null for an unknown or revoked token.</summary>
    Task<Guid?> PersoonVoorTokenAsync(string token, CancellationToken cancellationToken = default);
}
