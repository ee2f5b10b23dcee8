namespace IdCyclus.Modules.Organisatie.Domain;

/// <summary>One of the six GMT clusters. The id is a stable slug ("sociaal") that other modules keep.</summary>
internal sealed class Cluster
{
    public required string Id { get; init; }

    public required string Naam { get; set; }

    public string? Afkorting { get; set; }

    public List<Koker> Kokers { get; init; } = [];

    public string Weergavenaam => Afkorting is null ? Naam : $"{Naam} ({Afkorting})";
}

/// <summary>A sub-division of a cluster with its own DT (Stadsdelen; Beheer en Dienstverlening).</summary>
internal sealed class Koker
{
    public required string Id { get; init; }

    public required string ClusterId { get; init; }

    public required string Naam { get; set; }
}

/// <summary>A remark from the source documents that the software shows rather than hides (reference/DISCREPANCIES.md).</summary>
internal sealed class Bronopmerking
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string? ClusterId { get; init; }

    public Guid? DirectieId { get; init; }

    public required string Tekst { get; init; }
}
