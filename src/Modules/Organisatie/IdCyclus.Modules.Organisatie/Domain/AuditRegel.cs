namespace IdCyclus.Modules.Organisatie.Domain;

/// <summary>Who changed what, when, from what to what. Written in the same SaveChanges as the change itself.</summary>
internal sealed class AuditRegel
{
    public long Id { get; init; }

    public DateTime MomentUtc { get; init; }

    public Guid? DoorPersoonId { get; init; }

    public required string DoorNaam { get; init; }

    public Guid? DirectieId { get; init; }

    public string? ClusterId { get; init; }

    public Guid? RoltoewijzingId { get; init; }

    public required string Handeling { get; init; }

    public string? Voor { get; init; }

    public string? Na { get; init; }
}
