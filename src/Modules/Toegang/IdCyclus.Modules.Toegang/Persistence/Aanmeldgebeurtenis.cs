namespace IdCyclus.Modules.Toegang.Persistence;

/// <summary>How someone signed in (or tried to).</summary>
internal enum Aanmeldwijze
{
    Wachtwoord,
    Demo,
    Oidc,
}

internal enum Aanmeldsoort
{
    Aangemeld,
    Mislukt,
    Geblokkeerd,
    Afgemeld,
    OnbekendePersoon,
}

/// <summary>
/// One line of the sign-in log: who, how and when. Written once and never changed: <see cref="ToegangDbContext"/>
/// refuses to update or delete a row, and on PostgreSQL the application's database user has no UPDATE/DELETE grant on
/// the table (docs/modules/toegang.md).
/// </summary>
internal sealed class Aanmeldgebeurtenis
{
    public const int MaxEmail = 256;

    public long Id { get; init; }

    public DateTime MomentUtc { get; init; }

    public Aanmeldsoort Soort { get; init; }

    public Aanmeldwijze Wijze { get; init; }

    /// <summary>The person, when known (not for a failed attempt with an unknown address).</summary>
    public Guid? PersoonId { get; init; }

    /// <summary>The address typed or received from the identity provider, cut to <see cref="MaxEmail"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The client's address as the host sees it (after ForwardedHeaders, if configured).</summary>
    public string? Adres { get; init; }
}
