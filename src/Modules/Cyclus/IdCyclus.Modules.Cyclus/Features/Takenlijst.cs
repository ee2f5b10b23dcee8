using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features;

/// <summary>A task as shown in a list: what, for which unit, by when, in which workflow.</summary>
internal sealed record TaakRij(Taak Taak, string Workflow, bool IsVerlopen);

internal static class Takenlijst
{
    public const string FilterVerlopen = "verlopen";
    public const string FilterDezeWeek = "deze-week";

    /// <summary>Open tasks, earliest deadline first, optionally for one person, filtered as the inbox offers.</summary>
    public static async Task<IReadOnlyList<TaakRij>> LeesAsync(
        WorkflowDbContext db, DateTime nuUtc, Guid? persoon, string? filter, string? workflow, bool ookAfgerond, CancellationToken ct)
    {
        var query = db.Taken.AsNoTracking();
        if (!ookAfgerond)
        {
            query = query.Where(t => t.Status != TaakStatus.Voltooid && t.Status != TaakStatus.Geannuleerd);
        }

        if (filter == FilterVerlopen)
        {
            query = query.Where(t => t.DeadlineUtc < nuUtc);
        }
        else if (filter == FilterDezeWeek)
        {
            var eindeWeek = nuUtc.AddDays(7);
            query = query.Where(t => t.DeadlineUtc <= eindeWeek);
        }

        var taken = await query.OrderBy(t => t.DeadlineUtc).ToListAsync(ct);
        if (persoon is { } id)
        {
            // Candidates are stored as a list column; a person's inbox is small, so it is filtered here.
            taken = taken.Where(t => t.ToegewezenAan == id || (t.ToegewezenAan is null && t.Kandidaten.Contains(id)) || t.Kandidaten.Contains(id)).ToList();
        }

        var instanties = taken.Select(t => t.InstantieId).Distinct().ToList();
        var definities = await db.Instanties.AsNoTracking().Where(i => instanties.Contains(i.Id))
            .Join(db.Definities.AsNoTracking(), i => new { Id = i.DefinitieId, V = i.DefinitieVersie }, d => new { Id = d.DefinitieId, V = d.Versie },
                (i, d) => new { i.Id, d.DefinitieId, d.Naam })
            .ToDictionaryAsync(x => x.Id, ct);
        return taken
            .Where(t => workflow is null || definities[t.InstantieId].DefinitieId == workflow)
            .Select(t => new TaakRij(t, definities[t.InstantieId].Naam, !t.IsAfgerond && t.DeadlineUtc < nuUtc))
            .ToList();
    }

    public static string Status(Taak taak, bool verlopen) => taak.Status switch
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
