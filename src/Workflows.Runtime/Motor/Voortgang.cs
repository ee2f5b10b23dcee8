using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Moves an instance forward: creates its step states, starts every step whose predecessors allow it (a task, a
/// message, a wait, a fan-out over a collection, a join) and completes the instance, and its fan-out step in the parent,
/// when everything is done.
/// </summary>
internal sealed class Voortgang(
    Werkplaats w, Plannen plannen, Annulering annulering, IEnumerable<IWorkflowCollectie> collecties, IEnumerable<IWorkflowVoorwaarde> voorwaarden)
{
    public void MaakStappen(Instantie instantie, WorkflowDefinitie plan, Werkset werkset)
    {
        foreach (var stap in plan.StappenVoor(instantie.OuderStapId))
        {
            var status = new StapStatus { InstantieId = instantie.Id, StapId = stap.Id };
            w.Db.Stappen.Add(status);
            werkset.Volg(status);
        }
    }

    /// <summary>Starts every step whose predecessors allow it, until nothing changes; completes the instance when all are done.</summary>
    public async Task VoortgangAsync(Instantie instantie, WorkflowDefinitie plan, Werkset werkset, CancellationToken ct)
    {
        var stappen = plan.StappenVoor(instantie.OuderStapId);
        if (stappen.Any(s => werkset.Stap(instantie.Id, s.Id) is null))
        {
            await foreach (var s in Opzoeken.Stappen(w.Db, instantie.Id).WithCancellation(ct))
            {
                werkset.Volg(s);
            }
        }

        var status = stappen.ToDictionary(s => s.Id, s => werkset.Stap(instantie.Id, s.Id)!);

        bool gewijzigd;
        do
        {
            gewijzigd = false;
            foreach (var stap in stappen.Where(s => status[s.Id].Toestand == StapToestand.Wachtend))
            {
                var klaar = stap.NaStappen.Count(v => status[v].Toestand == StapToestand.Voltooid);
                var mag = stap is SamenvoegStap samenvoegen ? klaar >= samenvoegen.Nodig : klaar == stap.NaStappen.Count;
                if (!mag)
                {
                    continue;
                }

                status[stap.Id].Toestand = StapToestand.Actief;
                status[stap.Id].GestartOpUtc = w.Nu;
                await ActiveerAsync(instantie, plan, stap, status, werkset, ct);
                gewijzigd = true;
            }
        }
        while (gewijzigd);

        if (instantie.Status == InstantieStatus.Actief && status.Values.All(s => s.Toestand is StapToestand.Voltooid or StapToestand.Geannuleerd))
        {
            instantie.Status = InstantieStatus.Voltooid;
            instantie.VoltooidOpUtc = w.Nu;
            instantie.Versie++;
            w.Historie(instantie.Id, null, null, Handelende.Systeem.Naam, "voltooid", "Alle stappen zijn afgerond.");
            if (instantie.OuderId is { } ouderId)
            {
                await KindVoltooidAsync(ouderId, instantie.OuderStapId!, werkset, ct);
            }
        }
    }

    public async Task VoltooiStapAsync(Instantie instantie, WorkflowDefinitie plan, string stapId, Werkset werkset, CancellationToken ct)
    {
        if (werkset.Stap(instantie.Id, stapId) is null)
        {
            // Advancing the instance reads all its step states anyway: one query for all instead of this one and then the rest.
            await foreach (var s in Opzoeken.Stappen(w.Db, instantie.Id).WithCancellation(ct))
            {
                werkset.Volg(s);
            }
        }

        var status = werkset.Stap(instantie.Id, stapId)
            ?? throw new InvalidOperationException($"Instantie {instantie.Id} heeft geen stap '{stapId}'.");
        // A cancelled step stays cancelled: nothing it left behind may still advance the instance.
        if (status.Toestand is StapToestand.Voltooid or StapToestand.Geannuleerd)
        {
            return;
        }

        w.Voltooi(status);
        await VoortgangAsync(instantie, plan, werkset, ct);
    }

    private async Task ActiveerAsync(
        Instantie instantie, WorkflowDefinitie plan, Stap stap, Dictionary<string, StapStatus> status, Werkset werkset, CancellationToken ct)
    {
        switch (stap)
        {
            case TaakStap taak:
                await MaakTaakAsync(instantie, plan, taak, status, werkset, ct);
                break;
            case MeldingStap melding:
                var ontvangers = await w.Rollen.ResolveAsync(melding.AanRol, melding.Bereik == Bereik.Item ? instantie.ItemBereik : null, w.Vandaag, ct);
                Berichten.Stuur(w.Db, w.Sjablonen, melding.Sjabloon, ontvangers, $"melding:{instantie.Id:N}:{stap.Id}", w.Nu,
                    p => new BerichtGegevens(p.Naam, plan.Naam, stap.Naam, instantie.ItemOmschrijving, null, w.Opties.BasisUrl, 0, null),
                    instantie.Id, null, w.Opties.BasisUrl);
                w.Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "melding",
                    $"{stap.Naam}: bericht aan {ontvangers.Count} ontvanger(s) ({melding.AanRol}).");
                w.Voltooi(status[stap.Id]);
                break;
            case WachtStap wachten:
                var moment = Planning.Vervalmoment(wachten.Tot, await AnkersAsync(instantie, status, werkset, [wachten.Tot], ct), plan.Opties.Werkdagen);
                w.Plan(instantie.Id, null, stap.Id, TimerSoort.Wachten, 0, moment);
                w.Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "wachten", $"{stap.Naam}: wacht tot {Werkplaats.Tekst(moment)}.");
                break;
            case PerItemStap perItem:
                await WaaierUitAsync(instantie, plan, perItem, status, werkset, ct);
                break;
            case SamenvoegStap samenvoegen:
                w.Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "samengevoegd", $"{stap.Naam}: voorgaande stappen afgerond.");
                w.Voltooi(status[stap.Id]);
                if (samenvoegen.AnnuleerRest)
                {
                    await annulering.AnnuleerRestAsync(instantie, plan, samenvoegen, status, ct);
                }

                break;
            default:
                throw new InvalidOperationException($"Onbekende stapsoort '{stap.Soort}'.");
        }
    }

    private async Task MaakTaakAsync(
        Instantie instantie, WorkflowDefinitie plan, TaakStap stap, Dictionary<string, StapStatus> status, Werkset werkset, CancellationToken ct)
    {
        var bereik = stap.Bereik == Bereik.Item ? instantie.ItemBereik : null;
        var kandidaten = await w.Rollen.ResolveAsync(stap.Rol, bereik, w.Vandaag, ct);
        var ankers = await AnkersAsync(instantie, status, werkset, [stap.Deadline, stap.Opvolging], ct);
        var planning = Planning.PlanTaak(stap, ankers, plan.Opties.Werkdagen, w.Klok.GetUtcNow());
        if (werkset.Deadline is { } gekozen && planning.Vervalmoment is not null)
        {
            // The caller chose the due moment; reminders and the ladder count from it exactly as from the definition's.
            planning = planning with
            {
                Vervalmoment = gekozen,
                Herinneringen = Planning.Herinneringen(gekozen, stap.Herinneringen, w.Klok.GetUtcNow()),
                Escalaties = Planning.Escalaties(gekozen, stap.Escalaties),
            };
        }
        var taak = new Taak
        {
            InstantieId = instantie.Id,
            StapId = stap.Id,
            Titel = stap.Naam,
            Omschrijving = stap.Omschrijving,
            Rol = stap.Rol,
            Bereik = bereik,
            BereikOmschrijving = stap.Bereik == Bereik.Item ? instantie.ItemOmschrijving : null,
            Formulier = stap.Formulier,
            Kandidaten = kandidaten.Select(k => k.Id).ToList(),
            ToegewezenAan = kandidaten.Count == 1 ? kandidaten[0].Id : null,
            DeadlineUtc = planning.Vervalmoment?.UtcDateTime,
            OpvolgdatumUtc = planning.Opvolgmoment?.UtcDateTime,
            AangemaaktOpUtc = w.Nu,
        };
        w.Db.Taken.Add(taak);

        if (planning.Vervalmoment is { } deadline)
        {
            w.Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Deadline, 0, deadline);
        }

        foreach (var herinnering in planning.Herinneringen)
        {
            w.Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Herinnering, 0, herinnering.Moment);
        }

        foreach (var escalatie in planning.Escalaties)
        {
            w.Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Escalatie, escalatie.Niveau, escalatie.Moment);
        }

        Berichten.Stuur(w.Db, w.Sjablonen, "taak-toegewezen", kandidaten, $"taak:{taak.Id:N}:toegewezen", w.Nu,
            p => w.Gegevens(p, taak, plan.Naam, 0, null), instantie.Id, taak.Id, w.Link(taak));
        w.Historie(instantie.Id, taak.Id, stap.Id, Handelende.Systeem.Naam, "taak-aangemaakt",
            kandidaten.Count == 0
                ? $"Taak '{stap.Naam}' aangemaakt, maar niemand heeft de rol {stap.Rol}: Bureau moet een behandelaar kiezen. "
                  + $"{DeadlineTekst(planning.Vervalmoment)}."
                : $"Taak '{stap.Naam}' voor {string.Join(", ", kandidaten.Select(k => k.Naam))} ({stap.Rol}), {DeadlineTekst(planning.Vervalmoment)}.");
    }

    private async Task WaaierUitAsync(
        Instantie instantie, WorkflowDefinitie plan, PerItemStap stap, Dictionary<string, StapStatus> status, Werkset werkset, CancellationToken ct)
    {
        var collectie = collecties.SingleOrDefault(c => c.Naam == stap.Collectie)
            ?? throw new InvalidOperationException($"Collectie '{stap.Collectie}' is niet geregistreerd.");
        var voorwaarde = stap.Voorwaarde is null ? null : voorwaarden.SingleOrDefault(v => v.Naam == stap.Voorwaarde)
            ?? throw new InvalidOperationException($"Voorwaarde '{stap.Voorwaarde}' is niet geregistreerd.");
        var peildatum = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(instantie.GestartOpUtc, TimeSpan.Zero), Tijd.Amsterdam).DateTime);
        var items = new List<WorkflowItem>();
        foreach (var item in await collectie.ItemsAsync(peildatum, ct))
        {
            if (voorwaarde is null || await voorwaarde.GeldtAsync(item, peildatum, ct))
            {
                items.Add(item);
            }
        }

        w.Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "per-item",
            $"{stap.Naam}: {items.Count} item(s) uit '{stap.Collectie}'{(voorwaarde is null ? "" : $" met voorwaarde '{stap.Voorwaarde}'")}.");
        if (items.Count == 0)
        {
            w.Voltooi(status[stap.Id]);
            return;
        }

        werkset.KinderenVan(instantie.Id, stap.Id).AllemaalInWerkset = true;
        foreach (var item in items)
        {
            var kind = new Instantie
            {
                DefinitieId = instantie.DefinitieId,
                DefinitieVersie = instantie.DefinitieVersie,
                GestartOpUtc = instantie.GestartOpUtc,
                OuderId = instantie.Id,
                OuderStapId = stap.Id,
                ItemSleutel = item.Sleutel,
                ItemOmschrijving = item.Omschrijving,
                ItemBereik = item.Bereik,
            };
            w.Db.Instanties.Add(kind);
            werkset.Volg(kind);
            w.Historie(kind.Id, null, null, Handelende.Systeem.Naam, "gestart", $"Gestart voor {item.Omschrijving}.");
            MaakStappen(kind, plan, werkset);
            await VoortgangAsync(kind, plan, werkset, ct);
            Crashpunt.Bereikt("waaier-item");
        }
    }

    /// <summary>
    /// Called once for each child instance that has just completed. The fan-out step completes when no child is open:
    /// the ones this operation holds are counted in memory, the rest are asked of the database with one existence query,
    /// so a completion does not load every sibling.
    /// </summary>
    private async Task KindVoltooidAsync(Guid ouderId, string stapId, Werkset werkset, CancellationToken ct)
    {
        var kinderen = werkset.KinderenVan(ouderId, stapId);
        kinderen.Open--;
        var allesKlaar = kinderen.Open == 0;
        if (allesKlaar && !kinderen.AllemaalInWerkset)
        {
            var bekend = kinderen.Ids;
            allesKlaar = !await w.Db.Instanties.AnyAsync(
                i => i.OuderId == ouderId && i.OuderStapId == stapId && i.Status != InstantieStatus.Voltooid && !bekend.Contains(i.Id), ct);
        }

        if (allesKlaar)
        {
            var ouder = werkset.Instantie(ouderId) ?? werkset.Volg(await Opzoeken.InstantieAsync(w.Db, ouderId, ct));
            var plan = await plannen.VanInstantieAsync(ouder, ct);
            await VoltooiStapAsync(ouder, plan, stapId, werkset, ct);
        }
    }

    private async Task<Ankermomenten> AnkersAsync(
        Instantie instantie, Dictionary<string, StapStatus> status, Werkset werkset, Termijn?[] termijnen, CancellationToken ct)
    {
        var voltooid = status.Values.Where(s => s.VoltooidOpUtc is not null)
            .ToDictionary(s => s.StapId, s => new DateTimeOffset(s.VoltooidOpUtc!.Value, TimeSpan.Zero));

        // A step inside a perItem may count from a step before that perItem: the reader allows it, because that step has
        // always completed when the items start. Its completion is recorded on the parent instance, so it is looked up
        // there, and only when a term needs it (fan-outs are one level deep).
        if (instantie.OuderId is { } ouderId)
        {
            foreach (var anker in termijnen.OfType<DuurTermijn>().Select(t => t.Vanaf.StapId).OfType<string>().Where(a => !voltooid.ContainsKey(a)))
            {
                var ouderstap = werkset.Stap(ouderId, anker)
                    ?? await w.Db.Stappen.AsNoTracking().FirstOrDefaultAsync(s => s.InstantieId == ouderId && s.StapId == anker, ct);
                if (ouderstap?.VoltooidOpUtc is { } moment)
                {
                    voltooid[anker] = new DateTimeOffset(moment, TimeSpan.Zero);
                }
            }
        }

        return new Ankermomenten(new DateTimeOffset(instantie.GestartOpUtc, TimeSpan.Zero), voltooid);
    }

    private static string DeadlineTekst(DateTimeOffset? deadline) => deadline is { } d ? $"deadline {Werkplaats.Tekst(d)}" : "geen deadline";
}
