namespace IdCyclus.Modules.Vragenlijst;

/// <summary>Bound from "Vragenlijst" in configuration.</summary>
internal sealed class VragenlijstOpties
{
    public const string Sectie = "Vragenlijst";

    /// <summary>
    /// Load the fictional 2023 and 2024 interviews with the demo data. Off for a person's own import from the command
    /// line, a simulation, and tests that make their own interviews.
    /// </summary>
    public bool DemoInterviews { get; set; } = true;
}
