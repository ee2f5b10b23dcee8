using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Features.Startpagina;

/// <summary>A step of some workflow with how many of its open tasks are concerned and, for a deadline, which day.</summary>
internal sealed record Stapstand(string Titel, string DefinitieId, string Workflow, int Aantal, DateOnly? Datum);

/// <summary>
/// Where the year stands, from the open tasks alone: which steps have tasks past their deadline and which deadlines
/// come next. Tasks, not the yearly definition's milestone list, because the review rounds, duidingsgesprekken and the
/// GMT's agreements are tasks of their own workflows and Bureau must see those late too.
/// </summary>
internal static class Cyclusstand
{
    /// <summary>Per step (title within a workflow), the number of open tasks whose deadline has passed, most first.</summary>
    public static IReadOnlyList<Stapstand> TeLaat(IEnumerable<WorkflowTaak> openTaken, DateTime nuUtc) =>
        openTaken
            .Where(t => !t.IsAfgerond && t.DeadlineUtc < nuUtc)
            .GroupBy(t => (t.Titel, t.DefinitieId, t.Workflow))
            .Select(g => new Stapstand(g.Key.Titel, g.Key.DefinitieId, g.Key.Workflow, g.Count(), null))
            .OrderByDescending(s => s.Aantal)
            .ThenBy(s => s.Titel, Nederlands.Sortering)
            .ToList();

    /// <summary>The next <paramref name="maximum"/> deadline days per step, earliest first, with the open tasks due then.</summary>
    public static IReadOnlyList<Stapstand> Volgende(IEnumerable<WorkflowTaak> openTaken, DateTime nuUtc, int maximum) =>
        openTaken
            .Where(t => !t.IsAfgerond && t.DeadlineUtc >= nuUtc)
            .GroupBy(t => (t.Titel, t.DefinitieId, t.Workflow, Dag: DateOnly.FromDateTime(Tijd.InAmsterdam(t.DeadlineUtc!.Value))))
            .Select(g => new Stapstand(g.Key.Titel, g.Key.DefinitieId, g.Key.Workflow, g.Count(), g.Key.Dag))
            .OrderBy(s => s.Datum)
            .ThenBy(s => s.Titel, Nederlands.Sortering)
            .Take(maximum)
            .ToList();
}
