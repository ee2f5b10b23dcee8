namespace IdCyclus.Modules.Toegang.Persistence;

/// <summary>
/// A person's secret link to their calendar feed. Only the SHA-256 of the token is kept, so a copy of the database does
/// not give anyone the feed; a revoked link stays as a row (when, by whom) and no longer opens anything.
/// </summary>
internal sealed class Agendalink
{
    public const int HashLengte = 64;

    public Guid Id { get; set; }

    public Guid PersoonId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTime AangemaaktOpUtc { get; set; }

    public DateTime? IngetrokkenOpUtc { get; set; }
}
