namespace IdCyclus.Modules.Indicatoren;

/// <summary>Bound from "Indicatoren" in configuration.</summary>
internal sealed class IndicatorenOpties
{
    public const string Sectie = "Indicatoren";

    /// <summary>Load the 2024 demo figures with the demo data; off for a person's own import from the command line.</summary>
    public bool DemoCijfers { get; set; } = true;
}
