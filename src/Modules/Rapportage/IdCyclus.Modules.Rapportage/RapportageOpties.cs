namespace IdCyclus.Modules.Rapportage;

/// <summary>Bound from "Rapportage" in configuration.</summary>
internal sealed class RapportageOpties
{
    public const string Sectie = "Rapportage";

    /// <summary>The Chromium that prints the PDF; when empty, IDCYCLUS_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public string? Chromium { get; set; }
}
