using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>What one person may do with one task, today.</summary>
public sealed record TaakRechten(bool MagZien, bool MagAfronden)
{
    public static readonly TaakRechten Geen = new(false, false);
}

/// <summary>
/// Task rights by today's roles, not by the stored list of names. The list (<see cref="WorkflowTaak.Kandidaten"/>) says who was
/// told about the task; the role resolver says who holds which role in the task's scope today. A person may complete a
/// task when they are on the list (or its assignee) AND hold the task's role in its scope today, or hold the role of a
/// reached escalation rung that says <c>herverdelen</c>. A reached rung without herverdelen lets its role holders see the
/// task, not complete it. A beheerder (Bureau) may do both. The runtime asks the host's <see cref="IRolResolver"/>, so it
/// still knows no organisation words.
/// </summary>
internal sealed class Taakrechten(WorkflowDbContext db, Plannen plannen, IRolResolver rollen, TimeProvider klok)
{
    public async Task<TaakRechten> VoorAsync(Taakrol taak, Handelende door, CancellationToken ct)
    {
        if (door.IsBeheerder)
        {
            return new TaakRechten(true, true);
        }

        if (door.Id is not { } id || !(taak.Kandidaten.Contains(id) || taak.ToegewezenAan == id))
        {
            return TaakRechten.Geen;
        }

        var vandaag = klok.Vandaag();
        if (await HoudtAsync(taak.Rol, taak.Bereik, id, vandaag, ct))
        {
            return new TaakRechten(true, true);
        }

        var zien = false;
        foreach (var trede in await BereikteTredenAsync(taak, ct))
        {
            if (await HoudtAsync(trede.NaarRol, taak.Bereik, id, vandaag, ct))
            {
                if (trede.Herverdelen)
                {
                    return new TaakRechten(true, true);
                }

                zien = true;
            }
        }

        return new TaakRechten(zien, false);
    }

    /// <summary>Whether a person holds the task's role in its scope today: the only people a task may be passed on to.</summary>
    public Task<bool> HoudtTaakrolAsync(Taakrol taak, Guid persoonId, CancellationToken ct) =>
        HoudtAsync(taak.Rol, taak.Bereik, persoonId, klok.Vandaag(), ct);

    /// <summary>The people who hold the task's role in its scope today (the choices for passing it on).</summary>
    public Task<IReadOnlyList<WorkflowPersoon>> TaakrolhoudersAsync(Taakrol taak, CancellationToken ct) =>
        rollen.ResolveAsync(taak.Rol, taak.Bereik, klok.Vandaag(), ct);

    // One scope (a request, a command) asks the same role in the same scope once: an inbox of n tasks is not n lookups.
    private readonly Dictionary<(string, string?, DateOnly), IReadOnlyList<WorkflowPersoon>> _houders = [];

    private async Task<bool> HoudtAsync(string rol, string? bereik, Guid persoonId, DateOnly datum, CancellationToken ct)
    {
        if (!_houders.TryGetValue((rol, bereik, datum), out var houders))
        {
            _houders[(rol, bereik, datum)] = houders = await rollen.ResolveAsync(rol, bereik, datum, ct);
        }

        return houders.Any(p => p.Id == persoonId);
    }

    private async Task<IReadOnlyList<Escalatie>> BereikteTredenAsync(Taakrol taak, CancellationToken ct)
    {
        if (taak.EscalatieNiveau == 0)
        {
            return [];
        }

        var instantie = await db.Instanties.AsNoTracking().FirstAsync(i => i.Id == taak.InstantieId, ct);
        var plan = await plannen.VanInstantieAsync(instantie, ct);
        return plan.ProbeerStap(taak.StapId, out var stap) && stap is TaakStap taakStap
            ? taakStap.Escalaties.Take(taak.EscalatieNiveau).ToList()
            : [];
    }
}

/// <summary>What the rights of a task depend on; the same for a row the engine holds and for the record a page shows.</summary>
internal sealed record Taakrol(
    Guid InstantieId, string StapId, string Rol, string? Bereik, IReadOnlyList<Guid> Kandidaten, Guid? ToegewezenAan, int EscalatieNiveau)
{
    public static Taakrol Van(Taak taak) =>
        new(taak.InstantieId, taak.StapId, taak.Rol, taak.Bereik, taak.Kandidaten, taak.ToegewezenAan, taak.EscalatieNiveau);

    public static Taakrol Van(WorkflowTaak taak) =>
        new(taak.InstantieId, taak.StapId, taak.Rol, taak.Bereik, taak.Kandidaten, taak.ToegewezenAan, taak.EscalatieNiveau);
}
