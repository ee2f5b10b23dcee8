using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// What the module that started an instance may decide from outside the runtime, because the fact lives in its own data:
/// the due moment of an open task moved, or the work the instance stands for finished (or no longer needed) elsewhere.
/// Both are idempotent: asking for what is already so changes nothing and succeeds, so a redelivered event is harmless.
/// </summary>
internal sealed class Bijsturing(Werkplaats w, Plannen plannen)
{
    /// <summary>
    /// Gives an open task a new due moment: its planned deadline, reminders and escalation rungs lapse and are planned
    /// again from the new moment, the way the task's step plans them. A task that was late or escalated is open again
    /// when the new moment lies ahead (the people it escalated to keep seeing it: they were told, and may follow it).
    /// </summary>
    public Task<Resultaat<Guid>> VerplaatsDeadlineAsync(Guid taakId, DateTimeOffset deadline, Handelende door, string reden, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var taak = await w.Db.Taken.FirstOrDefaultAsync(t => t.Id == taakId, ct);
            if (taak is null)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.IsAfgerond)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak is al afgerond; haar deadline verandert niet meer. Er is niets gewijzigd.");
            }

            if (taak.DeadlineUtc == deadline.UtcDateTime)
            {
                return Resultaat<Guid>.Gelukt(taak.Id);
            }

            var instantie = await w.Db.Instanties.AsNoTracking().FirstAsync(i => i.Id == taak.InstantieId, ct);
            var stap = (TaakStap)(await plannen.VanInstantieAsync(instantie, ct)).ZoekStap(taak.StapId);
            var oud = taak.DeadlineUtc;
            await w.VervalTimersAsync(taak.Id, ct);
            taak.DeadlineUtc = deadline.UtcDateTime;
            if (deadline.UtcDateTime > w.Nu && taak.Status is TaakStatus.Verlopen or TaakStatus.Geescaleerd)
            {
                taak.Status = TaakStatus.Open;
                taak.EscalatieNiveau = 0;
            }

            taak.Versie++;
            w.Plan(taak.InstantieId, taak.Id, taak.StapId, TimerSoort.Deadline, 0, deadline);
            foreach (var herinnering in Planning.Herinneringen(deadline, stap.Herinneringen, w.Klok.GetUtcNow()))
            {
                w.Plan(taak.InstantieId, taak.Id, taak.StapId, TimerSoort.Herinnering, 0, herinnering.Moment);
            }

            foreach (var escalatie in Planning.Escalaties(deadline, stap.Escalaties))
            {
                w.Plan(taak.InstantieId, taak.Id, taak.StapId, TimerSoort.Escalatie, escalatie.Niveau, escalatie.Moment);
            }

            w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "deadline-verplaatst",
                $"Deadline verplaatst van {(oud is { } o ? Werkplaats.Tekst(o) : "geen")} naar {Werkplaats.Tekst(deadline)}: {reden}");
            return Resultaat<Guid>.Gelukt(taak.Id);
        }, ct);

    /// <summary>
    /// Ends an instance because what it stands for was decided elsewhere: every open task (also of its item runs) is
    /// completed (<paramref name="voltooid"/>) or cancelled with <paramref name="reden"/> in its history, every planned
    /// timer lapses, open steps end the same way. An instance that already ended is left as it is.
    /// </summary>
    public Task<Resultaat<Guid>> BeeindigAsync(Guid instantieId, Handelende door, bool voltooid, string reden, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var instantie = await w.Db.Instanties.FirstOrDefaultAsync(i => i.Id == instantieId, ct);
            if (instantie is null)
            {
                return Resultaat<Guid>.Mislukt("Workflow", "Deze workflow bestaat niet.");
            }

            if (instantie.Status != InstantieStatus.Actief)
            {
                return Resultaat<Guid>.Gelukt(instantie.Id);
            }

            var instanties = await w.Db.Instanties.Where(i => i.OuderId == instantieId && i.Status == InstantieStatus.Actief).ToListAsync(ct);
            instanties.Insert(0, instantie);
            var ids = instanties.Select(i => i.Id).ToList();
            var afsluiting = voltooid ? StapToestand.Voltooid : StapToestand.Geannuleerd;
            foreach (var taak in await w.Db.Taken
                         .Where(t => ids.Contains(t.InstantieId) && t.Status != TaakStatus.Voltooid && t.Status != TaakStatus.Geannuleerd)
                         .ToListAsync(ct))
            {
                taak.Status = voltooid ? TaakStatus.Voltooid : TaakStatus.Geannuleerd;
                taak.VoltooidOpUtc = w.Nu;
                taak.Versie++;
                await w.VervalTimersAsync(taak.Id, ct);
                w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, voltooid ? "taak-voltooid" : "taak-geannuleerd",
                    $"{taak.Titel} {(voltooid ? "afgerond" : "geannuleerd")} buiten de taak om: {reden}");
            }

            foreach (var timer in await w.Db.Timers.Where(t => ids.Contains(t.InstantieId) && t.Status == TimerStatus.Gepland).ToListAsync(ct))
            {
                timer.Status = TimerStatus.Vervallen;
            }

            foreach (var stap in await w.Db.Stappen.Where(s => ids.Contains(s.InstantieId)
                                                                && (s.Toestand == StapToestand.Wachtend || s.Toestand == StapToestand.Actief)).ToListAsync(ct))
            {
                stap.Toestand = afsluiting;
                // A cancelled step never becomes a "vanaf: stap:" anchor (as with annuleerRest).
                stap.VoltooidOpUtc = voltooid ? w.Nu : null;
            }

            foreach (var i in instanties)
            {
                i.Status = voltooid ? InstantieStatus.Voltooid : InstantieStatus.Geannuleerd;
                i.VoltooidOpUtc = w.Nu;
                i.Versie++;
            }

            w.Historie(instantie.Id, null, null, door.Naam, voltooid ? "voltooid" : "geannuleerd",
                $"{(voltooid ? "Afgerond" : "Geannuleerd")} buiten de workflow om: {reden}");
            return Resultaat<Guid>.Gelukt(instantie.Id);
        }, ct);
}
