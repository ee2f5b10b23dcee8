namespace IdCyclus.Modules.Organisatie.Domain;

internal sealed class Directie
{
    public Guid Id { get; init; }

    public required string Afkorting { get; set; }

    /// <summary>Full name; null where the documents never spell it out (the abbreviation is then all we know).</summary>
    public string? Naam { get; set; }

    public required string ClusterId { get; set; }

    public string? KokerId { get; set; }

    public DateOnly? ActiefVanaf { get; set; }

    /// <summary>Last day the directie exists (inclusive), e.g. Zuidas before it merged into G&amp;O.</summary>
    public DateOnly? ActiefTot { get; set; }

    public Guid? OpgegaanInId { get; set; }

    /// <summary>The directie this one merged into, for queries that show its abbreviation; only <see cref="OpgegaanInId"/> is written.</summary>
    public Directie? OpgegaanIn { get; init; }

    public string? VorigeNaam { get; set; }

    public string Weergavenaam => Naam is null || Naam == Afkorting ? Afkorting : $"{Naam} ({Afkorting})";

    public bool IsActiefOp(DateOnly datum) =>
        (ActiefVanaf is null || ActiefVanaf <= datum) && (ActiefTot is null || datum <= ActiefTot);
}
