using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Features;

/// <summary>A task as shown in a list: what, for which unit, by when, in which workflow.</summary>
internal sealed record TaakRij(WorkflowTaak Taak, string Workflow, bool IsVerlopen);

internal static class Takenlijst
{
    public const string FilterVerlopen = "verlopen";
    public const string FilterDezeWeek = "deze-week";

    /// <summary>Open tasks, earliest deadline first, optionally for one person, filtered as the inbox offers.</summary>
    public static async Task<IReadOnlyList<TaakRij>> LeesAsync(
        IWorkflowLezer lezer, DateTime nuUtc, Guid? persoon, string? filter, string? workflow, bool ookAfgerond, CancellationToken ct)
    {
        var taken = await lezer.TakenAsync(
            new TaakVraag
            {
                OokAfgerond = ookAfgerond,
                DeadlineVoorUtc = filter == FilterVerlopen ? nuUtc : null,
                DeadlineUiterlijkUtc = filter == FilterDezeWeek ? nuUtc.AddDays(7) : null,
                Persoon = persoon,
                DefinitieId = workflow,
            },
            ct);
        return taken.Select(t => new TaakRij(t, t.Workflow, !t.IsAfgerond && t.DeadlineUtc < nuUtc)).ToList();
    }

    /// <summary>
    /// Only what the person may open today: not a task of a role that has ended. The stored candidate list is who could
    /// take the task when it was created; the engine's rights say who may now. Bureau's own inbox, not everything.
    /// </summary>
    public static async Task<IReadOnlyList<TaakRij>> ZichtbaarAsync(
        WorkflowMotor motor, IReadOnlyList<TaakRij> rijen, Guid persoon, string? naam, CancellationToken ct)
    {
        var ik = new Handelende(persoon, naam ?? "", IsBeheerder: false);
        var zichtbaar = new List<TaakRij>();
        foreach (var rij in rijen)
        {
            if ((await motor.RechtenAsync(rij.Taak, ik, ct)).MagZien)
            {
                zichtbaar.Add(rij);
            }
        }

        return zichtbaar;
    }

    public static string Status(WorkflowTaak taak, bool verlopen) => taak.Status switch
    {
        TaakStatus.Voltooid => "Afgerond",
        TaakStatus.Geannuleerd => "Geannuleerd",
        TaakStatus.Geescaleerd => $"Geëscaleerd (niveau {taak.EscalatieNiveau})",
        _ when verlopen => "Te laat",
        _ => "Open",
    };

    /// <summary>A matrix cell for a step without a task (not started yet, or cancelled before it started).</summary>
    public static string Toestand(StapToestand toestand) => toestand switch
    {
        StapToestand.Voltooid => "afgerond",
        StapToestand.Actief => "bezig",
        StapToestand.Geannuleerd => "geannuleerd",
        _ => "nog niet",
    };
}
