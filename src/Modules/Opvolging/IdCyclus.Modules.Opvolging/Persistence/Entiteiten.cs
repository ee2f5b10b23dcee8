using IdCyclus.Modules.Opvolging.Domain;

namespace IdCyclus.Modules.Opvolging.Persistence;

/// <summary>
/// An agreement as stored. The directie's name and cluster are kept as they were when it was made, so a later merge of
/// directies never moves an agreement out of sight; <see cref="Versie"/> is the token every change names.
/// </summary>
internal sealed class Afspraakrij
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Afspraaksoort Soort { get; init; }

    public Afspraakbron Bron { get; init; }

    public Guid DirectieId { get; init; }

    public required string DirectieNaam { get; init; }

    public required string ClusterId { get; init; }

    public Guid? EigenaarPersoonId { get; init; }

    public required string EigenaarNaam { get; init; }

    public string? Omschrijving { get; init; }

    public decimal? MinimaleUren { get; init; }

    public DateOnly VastgelegdOp { get; init; }

    public DateOnly OorspronkelijkeDeadline { get; init; }

    /// <summary>Kept next to the moves in the history so lists filter and sort on it without reading the history.</summary>
    public DateOnly HuidigeDeadline { get; set; }

    public DateOnly? LaatsteVoortgangsmelding { get; set; }

    public bool? AfgeslotenAlsGedaan { get; set; }

    public DateOnly? AfgeslotenOp { get; set; }

    public string? Afsluittekst { get; set; }

    public string? AfgeslotenDoor { get; set; }

    public int Versie { get; set; }

    public required string VastgelegdDoor { get; init; }

    public DateTime VastgelegdOpUtc { get; init; }
}

internal enum Gebeurtenissoort
{
    Vastgelegd,
    Verschoven,
    Voortgang,
    Gedaan,
    Vervallen,
}

/// <summary>One line of an agreement's history. Only added, never changed: it is the evidence of slippage.</summary>
internal sealed class Afspraakgebeurtenis
{
    public long Id { get; init; }

    public Guid AfspraakId { get; init; }

    public Gebeurtenissoort Soort { get; init; }

    public DateOnly Op { get; init; }

    public DateTime OpUtc { get; init; }

    public required string Door { get; init; }

    public required string Tekst { get; init; }

    public DateOnly? DeadlineVan { get; init; }

    public DateOnly? DeadlineNaar { get; init; }
}

/// <summary>
/// The trekker hours the GMT adopted as its own agreement for a report year. Until there is one, the report's
/// recommendation (8 hours) applies and the texts say so (issue 14); the dashboard and the sturing page read this row.
/// </summary>
internal sealed class Urennormrij
{
    public int Rapportjaar { get; init; }

    public decimal Uren { get; set; }

    public DateOnly VastgesteldOp { get; set; }

    public DateTime VastgelegdOpUtc { get; set; }

    public required string VastgelegdDoor { get; set; }

    public int Versie { get; set; }
}
