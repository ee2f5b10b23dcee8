using IdCyclus.Modules.Indicatoren.Domain;

namespace IdCyclus.Modules.Indicatoren.Persistence;

/// <summary>The current figure of one indicator for one unit and period, with where it came from.</summary>
internal sealed class Indicatorwaarde
{
    public Guid Id { get; set; }

    public required string IndicatorId { get; set; }

    public required string EenheidId { get; set; }

    /// <summary>The unit's name when imported, so the figure stays readable if the organisation changes later.</summary>
    public required string EenheidNaam { get; set; }

    /// <summary>jjjj or jjjj-mm.</summary>
    public required string Periode { get; set; }

    public int Jaar { get; set; }

    public decimal? Getal { get; set; }

    /// <summary>x, ., ja, nee or nvt.</summary>
    public string? Symbool { get; set; }

    public string? Toelichting { get; set; }

    /// <summary>The report section the source placed a directie's figure under (checked, never corrected).</summary>
    public string? OnderSectieId { get; set; }

    public Guid ImportId { get; set; }

    public DateTime GewijzigdOpUtc { get; set; }

    public required string GewijzigdDoor { get; set; }

    public int Versie { get; set; }

    public Waarde Waarde => new(Getal, Symbool);

    public Periode PeriodeWaarde => Domain.Periode.TryParse(Periode, out var p) ? p : default;
}

/// <summary>A figure as it was before a later import replaced it: who delivered it, when, from which file.</summary>
internal sealed class Waardehistorie
{
    public long Id { get; set; }

    public Guid WaardeId { get; set; }

    public decimal? Getal { get; set; }

    public string? Symbool { get; set; }

    public string? Toelichting { get; set; }

    public Guid ImportId { get; set; }

    public DateTime GeldigTotUtc { get; set; }

    public Guid VervangenDoorImportId { get; set; }
}

internal enum Importstatus
{
    Voorbeeld,
    Bevestigd,
    Geannuleerd,
}

/// <summary>An uploaded file: first a preview, then confirmed (or cancelled). The file itself is kept as provenance.</summary>
internal sealed class Import
{
    public Guid Id { get; set; }

    public required string Bestandsnaam { get; set; }

    public required byte[] Inhoud { get; set; }

    public Importstatus Status { get; set; }

    public required string Door { get; set; }

    public DateTime GeuploadOpUtc { get; set; }

    public DateTime? AfgerondOpUtc { get; set; }

    public int Nieuw { get; set; }

    public int Gewijzigd { get; set; }

    public int Ongewijzigd { get; set; }

    public int Versie { get; set; }
}
