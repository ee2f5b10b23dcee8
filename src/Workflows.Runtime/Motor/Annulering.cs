using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// A join with <c>annuleerRest</c> has fired: what it no longer needs is cancelled in the same transaction (open tasks,
/// planned timers, open item runs), each with a history line saying why.
/// </summary>
internal sealed class Annulering(Werkplaats w)
{
    /// <summary>
    /// A join with <c>annuleerRest</c> has fired: its predecessors that are not complete are no longer needed, so their
    /// open tasks, planned timers and open item runs are cancelled in this same transaction. Left running, they would
    /// keep mailing people about work nobody needs any more (the reason this option exists).
    /// </summary>
    public async Task AnnuleerRestAsync(
        Instantie instantie, WorkflowDefinitie plan, SamenvoegStap samenvoegen, Dictionary<string, StapStatus> status, CancellationToken ct)
    {
        var reden = $"'{samenvoegen.Naam}' al is bereikt";
        foreach (var id in samenvoegen.NaStappen.Where(id => status[id].Toestand is StapToestand.Wachtend or StapToestand.Actief))
        {
            await AnnuleerStapAsync(instantie, plan.ZoekStap(id), status[id], reden, ct);
        }
    }

    private async Task AnnuleerStapAsync(Instantie instantie, Stap stap, StapStatus stapStatus, string reden, CancellationToken ct)
    {
        // VoltooidOpUtc stays empty, so a cancelled step is never used as a "vanaf: stap:" anchor.
        var wasActief = stapStatus.Toestand == StapToestand.Actief;
        stapStatus.Toestand = StapToestand.Geannuleerd;
        // One line per cancelled task says enough for a task step and for an item run's steps; a top-level step
        // without tasks (waiting, not started, a fan-out) gets its own line.
        if (instantie.OuderId is null && !(wasActief && stap is TaakStap))
        {
            w.Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "geannuleerd", $"Geannuleerd: {stap.Naam} is niet meer nodig omdat {reden}.");
        }

        if (!wasActief)
        {
            return;
        }

        switch (stap)
        {
            case TaakStap:
                // Loaded without filtering on status: a task this operation already changed is tracked, and its
                // in-memory status is the one that counts.
                var taken = await w.Db.Taken.Where(t => t.InstantieId == instantie.Id && t.StapId == stap.Id).ToListAsync(ct);
                foreach (var taak in taken.Where(t => !t.IsAfgerond))
                {
                    await AnnuleerTaakAsync(taak, reden, ct);
                }

                break;
            case WachtStap:
                foreach (var timer in await w.Db.Timers
                             .Where(t => t.InstantieId == instantie.Id && t.StapId == stap.Id && t.Status == TimerStatus.Gepland).ToListAsync(ct))
                {
                    timer.Status = TimerStatus.Vervallen;
                }

                break;
            case PerItemStap perItem:
                var kinderen = (await w.Db.Instanties.Where(i => i.OuderId == instantie.Id && i.OuderStapId == stap.Id).ToListAsync(ct))
                    // In item order, not the order of their random ids: the history then reads the same on every run.
                    .Where(k => k.Status == InstantieStatus.Actief)
                    .OrderBy(k => k.ItemOmschrijving, StringComparer.Ordinal).ThenBy(k => k.ItemSleutel, StringComparer.Ordinal).ToList();
                var ids = kinderen.Select(k => k.Id).ToList();
                var stappen = await w.Db.Stappen.Where(s => ids.Contains(s.InstantieId)).ToListAsync(ct);
                foreach (var kind in kinderen)
                {
                    kind.Status = InstantieStatus.Geannuleerd;
                    kind.VoltooidOpUtc = w.Nu;
                    kind.Versie++;
                    foreach (var genest in perItem.Stappen)
                    {
                        if (stappen.FirstOrDefault(s => s.InstantieId == kind.Id && s.StapId == genest.Id)
                            is { Toestand: StapToestand.Wachtend or StapToestand.Actief } s)
                        {
                            await AnnuleerStapAsync(kind, genest, s, reden, ct);
                        }
                    }
                }

                break;
        }
    }

    private async Task AnnuleerTaakAsync(Taak taak, string reden, CancellationToken ct)
    {
        taak.Status = TaakStatus.Geannuleerd;
        taak.VoltooidOpUtc = w.Nu;
        taak.Versie++;
        await w.VervalTimersAsync(taak.Id, ct);
        w.Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "taak-geannuleerd",
            $"Geannuleerd: {taak.Titel}{(taak.BereikOmschrijving is { } bereik ? $" ({bereik})" : "")} is niet meer nodig omdat {reden}.");
    }

    public static string GeannuleerdMelding(Taak taak) =>
        $"Deze taak is geannuleerd{(taak.VoltooidOpUtc is { } op ? $" op {Werkplaats.Tekst(op)}" : "")}: "
        + "de workflow heeft haar niet meer nodig. Er is niets gewijzigd.";
}
