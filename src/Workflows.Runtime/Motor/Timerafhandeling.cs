using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>What happens when a timer is due: a reminder, a deadline passing, an escalation, the end of a wait.</summary>
internal sealed class Timerafhandeling(Werkplaats w, Plannen plannen, Voortgang voortgang)
{
    /// <summary>
    /// How many due timers one transaction fires. A commit is the expensive part of firing a timer (SQLite syncs the file,
    /// PostgreSQL the WAL), so a round commits once per batch instead of once per timer (ADR 0031).
    /// </summary>
    public const int PerTransactie = 50;

    /// <summary>
    /// Fires one due timer in its own transaction. The timer row is claimed with a conditional update inside the
    /// transaction: a second host, or a retry after a crash, finds it already fired and does nothing.
    /// </summary>
    public async Task<bool> VuurAsync(Guid timerId, CancellationToken ct)
    {
        await using var transactie = await w.Db.Database.BeginTransactionAsync(ct);
        if (!await VuurInTransactieAsync(timerId, ct))
        {
            return false;
        }

        Crashpunt.Bereikt("timer-voor-commit");
        await transactie.CommitAsync(ct);
        Crashpunt.Bereikt("timer-vastgelegd");
        return true;
    }

    /// <summary>
    /// Claims and fires one timer inside the caller's transaction and saves its effects there (not committed), so that
    /// the next timer of the same batch reads them from the database as if they were committed.
    /// </summary>
    private async Task<bool> VuurInTransactieAsync(Guid timerId, CancellationToken ct)
    {
        var nu = w.Nu;
        var geclaimd = await w.Db.Timers
            .Where(t => t.Id == timerId && t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Uitgevoerd).SetProperty(t => t.UitgevoerdOpUtc, nu), ct);
        if (geclaimd == 0)
        {
            return false;
        }

        var timer = await Opzoeken.TimerAsync(w.Db, timerId, ct);
        var werkset = new Werkset();
        var instantie = werkset.Volg(await Opzoeken.InstantieAsync(w.Db, timer.InstantieId, ct));
        var plan = await plannen.VanInstantieAsync(instantie, ct);
        var taak = timer.TaakId is { } taakId
            ? await Opzoeken.TaakAsync(w.Db, taakId, ct) ?? throw new InvalidOperationException($"Taak {taakId} van timer {timerId} ontbreekt.")
            : null;
        switch (timer.Soort)
        {
            case TimerSoort.Herinnering when taak is { IsAfgerond: false }:
                Berichten.Stuur(w.Db, w.Sjablonen, "herinnering", await w.BehandelaarsAsync(taak, ct), timer.Sleutel, nu,
                    p => w.Gegevens(p, taak, plan.Naam, 0, null), taak.InstantieId, taak.Id, w.Link(taak));
                w.Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "herinnering",
                    $"Herinnering verstuurd (de deadline is {Werkplaats.Tekst(taak.DeadlineUtc!.Value)}).");
                break;
            case TimerSoort.Deadline when taak is { IsAfgerond: false }:
                if (taak.Status == TaakStatus.Open)
                {
                    taak.Status = TaakStatus.Verlopen;
                    taak.Versie++;
                }

                w.Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "deadline-verstreken", "De deadline is verstreken.");
                break;
            case TimerSoort.Escalatie when taak is { IsAfgerond: false }:
                await EscaleerAsync(taak, instantie, plan, timer, ct);
                break;
            case TimerSoort.Wachten:
                w.Historie(instantie.Id, null, timer.StapId, Handelende.Systeem.Naam, "wachten-voorbij",
                    $"Wachtmoment bereikt ({Werkplaats.Tekst(timer.MomentUtc)}).");
                await voortgang.VoltooiStapAsync(instantie, plan, timer.StapId, werkset, ct);
                break;
        }

        await w.Db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<int> VuurAlleAsync(int maximum, CancellationToken ct)
    {
        var nu = w.Nu;
        // Timers due at the same moment fire in the order of their item (then their key), not of their instance's random
        // id: the history, and so the simulated timeline, then reads the same on every run.
        var ids = await w.Db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
            .Join(w.Db.Instanties.AsNoTracking(), t => t.InstantieId, i => i.Id, (t, i) => new { t.Id, t.MomentUtc, i.ItemOmschrijving, t.Sleutel })
            .OrderBy(t => t.MomentUtc).ThenBy(t => t.ItemOmschrijving).ThenBy(t => t.Sleutel).Select(t => t.Id).Take(maximum).ToListAsync(ct);
        var gevuurd = 0;
        foreach (var partij in ids.Chunk(PerTransactie))
        {
            gevuurd += await VuurPartijAsync(partij, ct);
        }

        return gevuurd;
    }

    /// <summary>
    /// Fires a batch of timers in one transaction: each claim and its effects commit together, as with one timer, so a
    /// crash before the commit leaves every timer of the batch planned and a retry fires each exactly once. A timer whose
    /// effect throws would roll back the whole batch every round; then the batch is fired one timer per transaction, so
    /// only that timer fails (and is reported as before) and the others fire.
    /// </summary>
    private async Task<int> VuurPartijAsync(Guid[] partij, CancellationToken ct)
    {
        try
        {
            var gevuurd = 0;
            await using (var transactie = await w.Db.Database.BeginTransactionAsync(ct))
            {
                foreach (var id in partij)
                {
                    w.Db.ChangeTracker.Clear();
                    if (await VuurInTransactieAsync(id, ct))
                    {
                        gevuurd++;
                        Crashpunt.Bereikt("timer-voor-commit");
                    }
                }

                await transactie.CommitAsync(ct);
            }

            for (var i = 0; i < gevuurd; i++)
            {
                Crashpunt.Bereikt("timer-vastgelegd");
            }

            return gevuurd;
        }
        catch (Exception) when (partij.Length > 1 && !ct.IsCancellationRequested)
        {
            var gevuurd = 0;
            foreach (var id in partij)
            {
                w.Db.ChangeTracker.Clear();
                gevuurd += await VuurAsync(id, ct) ? 1 : 0;
            }

            return gevuurd;
        }
    }

    private async Task EscaleerAsync(Taak taak, Instantie instantie, WorkflowDefinitie plan, Persistence.Timer timer, CancellationToken ct)
    {
        var trede = ((TaakStap)plan.ZoekStap(taak.StapId)).Escalaties[timer.Niveau - 1];
        var naar = await w.Rollen.ResolveAsync(trede.NaarRol, taak.Bereik, w.Vandaag, ct);
        var oorspronkelijk = string.Join(", ", (await w.BehandelaarsAsync(taak, ct)).Select(p => p.Naam));
        taak.Status = TaakStatus.Geescaleerd;
        taak.EscalatieNiveau = timer.Niveau;
        if (trede.Herverdelen && naar.Count > 0)
        {
            taak.ToegewezenAan = naar[0].Id;
        }

        taak.Kandidaten = [.. taak.Kandidaten.Union(naar.Select(p => p.Id))];
        taak.Versie++;
        Berichten.Stuur(w.Db, w.Sjablonen, trede.Melding, naar, timer.Sleutel, w.Nu,
            p => w.Gegevens(p, taak, plan.Naam, timer.Niveau, oorspronkelijk), taak.InstantieId, taak.Id, w.Link(taak));
        w.Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "escalatie",
            naar.Count == 0
                ? $"Escalatie niveau {timer.Niveau} naar {trede.NaarRol}: niemand heeft die rol op {Nederlands.Datum(w.Vandaag)}."
                : $"Escalatie niveau {timer.Niveau} naar {trede.NaarRol}: {string.Join(", ", naar.Select(p => p.Naam))}"
                  + $"{(trede.Herverdelen ? " (taak overgedragen)" : "")}.");
    }
}
