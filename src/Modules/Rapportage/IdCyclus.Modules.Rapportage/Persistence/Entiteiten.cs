using IdCyclus.Modules.Rapportage.Domain;

namespace IdCyclus.Modules.Rapportage.Persistence;

/// <summary>"Rapportage {jaar}": started by Bureau, one per year; it points at the snapshot the concepts use now.</summary>
internal sealed class Rapportage
{
    public Guid Id { get; init; }

    public int Jaar { get; init; }

    public Guid HuidigeMomentopnameId { get; set; }

    public DateTime GestartOpUtc { get; init; }

    public required string GestartDoor { get; init; }

    public int Versie { get; set; }
}

/// <summary>The frozen data of one moment, its SHA-256, and what changed since the previous snapshot of the year.</summary>
internal sealed class MomentopnameRij
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    public int Nummer { get; init; }

    public required string InhoudJson { get; init; }

    public required string Hash { get; init; }

    /// <summary>One line per change against the previous snapshot, as JSON array; empty for the first.</summary>
    public required string WijzigingenJson { get; init; }

    public DateTime GenomenOpUtc { get; init; }

    public required string Door { get; init; }
}

/// <summary>A narrative block in Markdown. <see cref="Versie"/> is the concurrency token against a silent overwrite.</summary>
internal sealed class Tekstblok
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    public required string Sleutel { get; init; }

    public string Markdown { get; set; } = "";

    public Blokstaat Staat { get; set; }

    public DateTime GewijzigdOpUtc { get; set; }

    public required string GewijzigdDoor { get; set; }

    public int Versie { get; set; }
}

/// <summary>A numbered concept: every block's text as it was, with the snapshot it was read against.</summary>
internal sealed class Conceptversie
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    public int Nummer { get; init; }

    public Guid MomentopnameId { get; init; }

    /// <summary>Key → Markdown, as JSON.</summary>
    public required string BlokkenJson { get; init; }

    public DateTime GemaaktOpUtc { get; init; }

    public required string Door { get; init; }
}

/// <summary>
/// A definitive version: read-only once written. The HTML is stored as published, so the web page and the PDF show
/// exactly what was published even after the code that renders it changes. The PDF follows from a background job.
/// </summary>
internal sealed class Publicatie
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    public int Jaar { get; init; }

    public int Nummer { get; init; }

    public Guid MomentopnameId { get; init; }

    public required string Html { get; init; }

    public required string HtmlHash { get; init; }

    public byte[]? Pdf { get; set; }

    public string? PdfHash { get; set; }

    public Guid? PdfTaakId { get; set; }

    public DateTime GepubliceerdOpUtc { get; init; }

    public required string Door { get; init; }
}

/// <summary>A werkgroep review of the draft (the cycle's second werkgroep session): open from its start to its deadline.</summary>
internal sealed class Reviewronde
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    /// <summary>The concept version the werkgroep reads (recorded when the round starts).</summary>
    public int Conceptnummer { get; init; }

    public DateOnly Deadline { get; init; }

    public DateTime GestartOpUtc { get; init; }

    public required string Door { get; init; }
}

/// <summary>A werkgroep member's comment on one block; Bureau resolves each, with a note.</summary>
internal sealed class Opmerking
{
    public Guid Id { get; init; }

    public Guid RapportageId { get; init; }

    public Guid ReviewrondeId { get; init; }

    public required string Sleutel { get; init; }

    public required string Tekst { get; init; }

    public required string Door { get; init; }

    public DateTime GeplaatstOpUtc { get; init; }

    public string? Afhandeling { get; set; }

    public string? AfgehandeldDoor { get; set; }

    public DateTime? AfgehandeldOpUtc { get; set; }

    public int Versie { get; set; }

    public bool IsAfgehandeld => AfgehandeldOpUtc is not null;
}

/// <summary>
/// A werkgroep member finished the review of a round (their cycle task is completed). One per member and round: the
/// unique index makes a redelivered event a no-op.
/// </summary>
internal sealed class Reviewafronding
{
    public Guid Id { get; init; }

    public Guid ReviewrondeId { get; init; }

    public Guid PersoonId { get; init; }

    public required string Naam { get; init; }

    public DateTime AfgerondOpUtc { get; init; }
}
