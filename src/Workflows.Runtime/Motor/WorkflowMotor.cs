using System.Collections.Concurrent;
using System.Text.Json;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>Who acts on the runtime (a person, or the system for timers).</summary>
public sealed record Handelende(Guid? Id, string Naam, bool IsBeheerder = false)
{
    public static readonly Handelende Systeem = new(null, "IdCyclus (automatisch)");
}

/// <summary>
/// Advances workflow instances. Every public operation is one database transaction: the state change, the tasks it
/// creates, their timers, the queued messages and outbox events commit together or not at all.
/// </summary>
public sealed class WorkflowMotor(
    WorkflowDbContext db,
    TimeProvider klok,
    IRolResolver rollen,
    IEnumerable<IWorkflowCollectie> collecties,
    IEnumerable<IWorkflowVoorwaarde> voorwaarden,
    IEnumerable<ITaakFormulier> formulieren,
    IBerichtSjablonen sjablonen,
    IOptions<WorkflowOpties> opties,
    Taakrechten rechten)
{
    private static readonly ConcurrentDictionary<(string, int), WorkflowDefinitie> Plannen = new();

    /// <summary>The longest comment or reason for passing on a task (the form states it).</summary>
    public const int MaxTekst = 4000;

    private const string GeenBehandelaarMelding =
        "U bent geen behandelaar van deze taak (meer): daarvoor moet u vandaag de rol van de taak hebben. Er is niets gewijzigd.";

    private DateTime Nu => klok.GetUtcNow().UtcDateTime;

    private DateOnly Vandaag => klok.Vandaag();

    /// <summary>
    /// Starts an instance. With <paramref name="uniekeSleutel"/>, at most one top-level instance ever carries that key: a
    /// second start gets a Dutch error instead of a second instance, also when both starts run at the same moment on
    /// different hosts (the unique index on the key refuses the later insert).
    /// </summary>
    public async Task<Resultaat<Guid>> StartAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, CancellationToken ct, string? uniekeSleutel = null)
    {
        try
        {
            return await StartSerieelAsync(definitieId, versie, start, door, uniekeSleutel, ct);
        }
        catch (DbUpdateException) when (uniekeSleutel is not null)
        {
            // Another request committed the same key between our check and our insert. Only if the key really exists now
            // was that the cause; any other write failure stays an exception.
            db.ChangeTracker.Clear();
            if (await AlGestartAsync(uniekeSleutel, ct) is { } fout)
            {
                return fout;
            }

            throw;
        }
    }

    private async Task<Resultaat<Guid>?> AlGestartAsync(string uniekeSleutel, CancellationToken ct)
    {
        var bestaande = await db.Instanties.AsNoTracking().Where(i => i.UniekeSleutel == uniekeSleutel)
            .Select(i => new { i.DefinitieId, i.DefinitieVersie, i.GestartOpUtc }).FirstOrDefaultAsync(ct);
        return bestaande is null
            ? null
            : Resultaat<Guid>.Mislukt("Workflow",
                $"Deze workflow is al gestart ({bestaande.DefinitieId} versie {bestaande.DefinitieVersie}, startmoment {Tekst(bestaande.GestartOpUtc)}, sleutel '{uniekeSleutel}'). Er is niets gewijzigd.");
    }

    private async Task<Resultaat<Guid>> StartSerieelAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, string? uniekeSleutel, CancellationToken ct) =>
        await db.VoerSerieelUitAsync(async () =>
        {
            if (uniekeSleutel is not null && await AlGestartAsync(uniekeSleutel, ct) is { } alGestart)
            {
                return alGestart;
            }

            var definitie = await db.Definities.AsNoTracking()
                .Where(d => d.DefinitieId == definitieId && (versie == null || d.Versie == versie))
                .OrderByDescending(d => d.Versie).FirstOrDefaultAsync(ct);
            if (definitie is null)
            {
                return Resultaat<Guid>.Mislukt("Definitie", $"Er is geen gepubliceerde definitie '{definitieId}'{(versie is null ? "" : $" versie {versie}")}.");
            }

            var plan = PlanVan(definitie);
            var werkset = new Werkset();
            var instantie = new Instantie
            {
                DefinitieId = definitie.DefinitieId, DefinitieVersie = definitie.Versie, GestartOpUtc = start.UtcDateTime, UniekeSleutel = uniekeSleutel,
            };
            db.Instanties.Add(instantie);
            werkset.Volg(instantie);
            Historie(instantie.Id, null, null, door.Naam, "gestart", $"{plan.Naam} (versie {plan.Versie}) gestart, startmoment {Tekst(start)}.");
            MaakStappen(instantie, plan, werkset);
            await VoortgangAsync(instantie, plan, werkset, ct);
            return Resultaat<Guid>.Gelukt(instantie.Id);
        }, ct);

    public Task<Resultaat<Guid>> VoltooiAsync(
        Guid taakId, Handelende door, string? uitkomst, IReadOnlyDictionary<string, string?> velden, int verwachteVersie, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var taak = await db.Taken.FirstOrDefaultAsync(t => t.Id == taakId, ct);
            if (taak is null)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.Status == TaakStatus.Geannuleerd)
            {
                return Resultaat<Guid>.Mislukt("Versie", GeannuleerdMelding(taak));
            }

            if (taak.IsAfgerond)
            {
                return Resultaat<Guid>.Mislukt("Versie",
                    $"Deze taak is al afgerond{(taak.VoltooidOpUtc is { } op ? $" op {Tekst(op)}" : "")}. Er is niets gewijzigd.");
            }

            if (taak.Versie != verwachteVersie)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (door.Id is not { } persoonId || !(await rechten.VoorAsync(taak, door, ct)).MagAfronden)
            {
                return Resultaat<Guid>.Mislukt("Taak", GeenBehandelaarMelding);
            }

            var werkset = new Werkset();
            var instantie = werkset.Volg(await db.Instanties.FirstAsync(i => i.Id == taak.InstantieId, ct));
            var plan = await PlanAsync(instantie, ct);
            var stap = (TaakStap)plan.ZoekStap(taak.StapId);
            if (stap.Uitkomsten is { Count: > 0 } toegestaan && (uitkomst is null || !toegestaan.Contains(uitkomst)))
            {
                return Resultaat<Guid>.Mislukt("Uitkomst", $"Kies een uitkomst: {string.Join(", ", toegestaan)}.");
            }

            string? samenvatting = null;
            if (taak.Formulier is { } naam)
            {
                var formulier = formulieren.SingleOrDefault(f => f.Naam == naam)
                    ?? throw new InvalidOperationException($"Formulier '{naam}' is niet geregistreerd.");
                var uitkomstFormulier = await formulier.VerwerkAsync(
                    new FormulierContext(taak.Id, taak.InstantieId, taak.StapId, instantie.ItemSleutel, taak.Bereik,
                        new WorkflowPersoon(persoonId, door.Naam, ""), klok.GetUtcNow()),
                    velden, ct);
                if (uitkomstFormulier.Fouten.Count > 0)
                {
                    return Resultaat<Guid>.Mislukt(uitkomstFormulier.Fouten);
                }

                samenvatting = uitkomstFormulier.Samenvatting;
                foreach (var gebeurtenis in uitkomstFormulier.Gebeurtenissen)
                {
                    db.Outbox.Add(new OutboxBericht { Sleutel = gebeurtenis.Sleutel, Type = gebeurtenis.Type, Json = gebeurtenis.Json, AangemaaktOpUtc = Nu });
                }
            }

            db.Entry(taak).Property(t => t.Versie).OriginalValue = verwachteVersie;
            taak.Status = TaakStatus.Voltooid;
            taak.Uitkomst = uitkomst;
            taak.FormulierJson = velden.Count == 0 ? null : JsonSerializer.Serialize(velden);
            taak.VoltooidDoor = persoonId;
            taak.VoltooidOpUtc = Nu;
            taak.Versie++;
            await VervalTimersAsync(taak.Id, ct);
            Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-voltooid",
                $"{taak.Titel} afgerond{(uitkomst is null ? "" : $" met uitkomst '{uitkomst}'")}.{(samenvatting is null ? "" : " " + samenvatting)}");
            await VoltooiStapAsync(instantie, plan, taak.StapId, werkset, ct);
            return Resultaat<Guid>.Gelukt(taak.Id);
        }, ct);

    /// <summary>What this person may do with the task today (see <see cref="Taakrechten"/>).</summary>
    public Task<TaakRechten> RechtenAsync(Taak taak, Handelende door, CancellationToken ct) => rechten.VoorAsync(taak, door, ct);

    /// <summary>The people a task may be passed on to: those holding its role in its scope today.</summary>
    public Task<IReadOnlyList<WorkflowPersoon>> DoorgeefbaarAanAsync(Taak taak, CancellationToken ct) => rechten.TaakrolhoudersAsync(taak, ct);

    public Task<Resultaat<Guid>> ClaimAsync(Guid taakId, Handelende door, int verwachteVersie, CancellationToken ct) =>
        WijzigTaakAsync(taakId, door, verwachteVersie, async taak =>
        {
            if (door.Id is not { } id || !(await rechten.VoorAsync(taak, door, ct)).MagAfronden)
            {
                return new Fout("Taak", "U kunt alleen een taak oppakken die u zelf mag afronden.");
            }

            taak.ToegewezenAan = id;
            Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-opgepakt", $"{door.Naam} heeft de taak opgepakt.");
            return null;
        }, ct);

    public async Task<Resultaat<Guid>> DelegeerAsync(Guid taakId, Handelende door, WorkflowPersoon naar, string? reden, int verwachteVersie, CancellationToken ct)
    {
        var workflowNaam = await WorkflowNaamAsync(taakId, ct);
        return await WijzigTaakAsync(taakId, door, verwachteVersie, async taak =>
        {
            if (string.IsNullOrWhiteSpace(reden))
            {
                return new Fout("Reden", "Geef aan waarom u de taak doorgeeft; de nieuwe behandelaar ziet deze reden.");
            }

            if (reden.Length > MaxTekst)
            {
                return new Fout("Reden", $"Een reden is hooguit {MaxTekst} tekens.");
            }

            if (door.Id is null || !(await rechten.VoorAsync(taak, door, ct)).MagAfronden)
            {
                return new Fout("Taak", "U kunt alleen een taak doorgeven die u zelf mag afronden.");
            }

            // Passing on is no way around the roles: only to someone who holds the task's role in its scope today.
            if (!await rechten.HoudtTaakrolAsync(taak, naar.Id, ct))
            {
                return new Fout("Naar", $"{naar.Naam} heeft vandaag niet de rol van deze taak ({taak.Rol}{(taak.BereikOmschrijving is { } b ? $", {b}" : "")}). Kies iemand met die rol.");
            }

            taak.ToegewezenAan = naar.Id;
            if (!taak.Kandidaten.Contains(naar.Id))
            {
                taak.Kandidaten = [.. taak.Kandidaten, naar.Id];
            }

            Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-gedelegeerd", $"Doorgegeven aan {naar.Naam}. Reden: {reden.Trim()}");
            Berichten.Stuur(db, sjablonen, "taak-toegewezen", [naar], $"taak:{taak.Id:N}:delegatie:{taak.Versie}", Nu,
                p => Gegevens(p, taak, workflowNaam, 0, door.Naam), taak.InstantieId, taak.Id, Link(taak));
            return null;
        }, ct);
    }

    public async Task<Resultaat<Guid>> OpmerkingAsync(Guid taakId, Handelende door, string? tekst, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return Resultaat<Guid>.Mislukt("Tekst", "Vul een opmerking in.");
        }

        if (tekst.Length > MaxTekst)
        {
            return Resultaat<Guid>.Mislukt("Tekst", $"Een opmerking is hooguit {MaxTekst} tekens.");
        }

        var taak = await db.Taken.FirstOrDefaultAsync(t => t.Id == taakId, ct);
        if (taak is null)
        {
            return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
        }

        if (!(await rechten.VoorAsync(taak, door, ct)).MagZien)
        {
            return Resultaat<Guid>.Mislukt("Taak", GeenBehandelaarMelding);
        }

        db.Opmerkingen.Add(new TaakOpmerking { TaakId = taakId, DoorId = door.Id, DoorNaam = door.Naam, MomentUtc = Nu, Tekst = tekst.Trim() });
        Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "opmerking", "Opmerking geplaatst.");
        await db.SaveChangesAsync(ct);
        return Resultaat<Guid>.Gelukt(taakId);
    }

    /// <summary>
    /// Fires one due timer. The timer row is claimed with a conditional update inside the transaction: a second host,
    /// or a retry after a crash, finds it already fired and does nothing.
    /// </summary>
    public async Task<bool> VuurAsync(Guid timerId, CancellationToken ct)
    {
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var nu = Nu;
        var geclaimd = await db.Timers
            .Where(t => t.Id == timerId && t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Uitgevoerd).SetProperty(t => t.UitgevoerdOpUtc, nu), ct);
        if (geclaimd == 0)
        {
            return false;
        }

        var timer = await db.Timers.AsNoTracking().FirstAsync(t => t.Id == timerId, ct);
        var werkset = new Werkset();
        var instantie = werkset.Volg(await db.Instanties.FirstAsync(i => i.Id == timer.InstantieId, ct));
        var plan = await PlanAsync(instantie, ct);
        var taak = timer.TaakId is { } taakId ? await db.Taken.FirstAsync(t => t.Id == taakId, ct) : null;
        switch (timer.Soort)
        {
            case TimerSoort.Herinnering when taak is { IsAfgerond: false }:
                Berichten.Stuur(db, sjablonen, "herinnering", await BehandelaarsAsync(taak, ct), timer.Sleutel, nu,
                    p => Gegevens(p, taak, plan.Naam, 0, null), taak.InstantieId, taak.Id, Link(taak));
                Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "herinnering", $"Herinnering verstuurd (de deadline is {Tekst(taak.DeadlineUtc!.Value)}).");
                break;
            case TimerSoort.Deadline when taak is { IsAfgerond: false }:
                if (taak.Status == TaakStatus.Open)
                {
                    taak.Status = TaakStatus.Verlopen;
                    taak.Versie++;
                }

                Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "deadline-verstreken", "De deadline is verstreken.");
                break;
            case TimerSoort.Escalatie when taak is { IsAfgerond: false }:
                await EscaleerAsync(taak, instantie, plan, timer, ct);
                break;
            case TimerSoort.Wachten:
                Historie(instantie.Id, null, timer.StapId, Handelende.Systeem.Naam, "wachten-voorbij", $"Wachtmoment bereikt ({Tekst(timer.MomentUtc)}).");
                await VoltooiStapAsync(instantie, plan, timer.StapId, werkset, ct);
                break;
        }

        await db.SaveChangesAsync(ct);
        Crashpunt.Bereikt("timer-voor-commit");
        await transactie.CommitAsync(ct);
        Crashpunt.Bereikt("timer-vastgelegd");
        return true;
    }

    public async Task<int> VuurAlleAsync(int maximum, CancellationToken ct)
    {
        var nu = Nu;
        var ids = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
            .OrderBy(t => t.MomentUtc).ThenBy(t => t.Sleutel).Select(t => t.Id).Take(maximum).ToListAsync(ct);
        var gevuurd = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            gevuurd += await VuurAsync(id, ct) ? 1 : 0;
        }

        return gevuurd;
    }

    private async Task EscaleerAsync(Taak taak, Instantie instantie, WorkflowDefinitie plan, Persistence.Timer timer, CancellationToken ct)
    {
        var trede = ((TaakStap)plan.ZoekStap(taak.StapId)).Escalaties[timer.Niveau - 1];
        var naar = await rollen.ResolveAsync(trede.NaarRol, taak.Bereik, Vandaag, ct);
        var oorspronkelijk = string.Join(", ", (await BehandelaarsAsync(taak, ct)).Select(p => p.Naam));
        taak.Status = TaakStatus.Geescaleerd;
        taak.EscalatieNiveau = timer.Niveau;
        if (trede.Herverdelen && naar.Count > 0)
        {
            taak.ToegewezenAan = naar[0].Id;
        }

        taak.Kandidaten = [.. taak.Kandidaten.Union(naar.Select(p => p.Id))];
        taak.Versie++;
        Berichten.Stuur(db, sjablonen, trede.Melding, naar, timer.Sleutel, Nu,
            p => Gegevens(p, taak, plan.Naam, timer.Niveau, oorspronkelijk), taak.InstantieId, taak.Id, Link(taak));
        Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "escalatie",
            naar.Count == 0
                ? $"Escalatie niveau {timer.Niveau} naar {trede.NaarRol}: niemand heeft die rol op {Vandaag:d MMMM yyyy}."
                : $"Escalatie niveau {timer.Niveau} naar {trede.NaarRol}: {string.Join(", ", naar.Select(p => p.Naam))}{(trede.Herverdelen ? " (taak overgedragen)" : "")}.");
    }

    private void MaakStappen(Instantie instantie, WorkflowDefinitie plan, Werkset werkset)
    {
        foreach (var stap in plan.StappenVoor(instantie.OuderStapId))
        {
            var status = new StapStatus { InstantieId = instantie.Id, StapId = stap.Id };
            db.Stappen.Add(status);
            werkset.Volg(status);
        }
    }

    /// <summary>Starts every step whose predecessors allow it, until nothing changes; completes the instance when all are done.</summary>
    private async Task VoortgangAsync(Instantie instantie, WorkflowDefinitie plan, Werkset werkset, CancellationToken ct)
    {
        var stappen = plan.StappenVoor(instantie.OuderStapId);
        if (stappen.Any(s => werkset.Stap(instantie.Id, s.Id) is null))
        {
            foreach (var s in await db.Stappen.Where(s => s.InstantieId == instantie.Id).ToListAsync(ct))
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
                status[stap.Id].GestartOpUtc = Nu;
                await ActiveerAsync(instantie, plan, stap, status, werkset, ct);
                gewijzigd = true;
            }
        }
        while (gewijzigd);

        if (instantie.Status == InstantieStatus.Actief && status.Values.All(s => s.Toestand is StapToestand.Voltooid or StapToestand.Geannuleerd))
        {
            instantie.Status = InstantieStatus.Voltooid;
            instantie.VoltooidOpUtc = Nu;
            instantie.Versie++;
            Historie(instantie.Id, null, null, Handelende.Systeem.Naam, "voltooid", "Alle stappen zijn afgerond.");
            if (instantie.OuderId is { } ouderId)
            {
                await KindVoltooidAsync(ouderId, instantie.OuderStapId!, werkset, ct);
            }
        }
    }

    private async Task ActiveerAsync(
        Instantie instantie, WorkflowDefinitie plan, Stap stap, Dictionary<string, StapStatus> status, Werkset werkset, CancellationToken ct)
    {
        switch (stap)
        {
            case TaakStap taak:
                await MaakTaakAsync(instantie, plan, taak, status, ct);
                break;
            case MeldingStap melding:
                var ontvangers = await rollen.ResolveAsync(melding.AanRol, melding.Bereik == Bereik.Item ? instantie.ItemBereik : null, Vandaag, ct);
                Berichten.Stuur(db, sjablonen, melding.Sjabloon, ontvangers, $"melding:{instantie.Id:N}:{stap.Id}", Nu,
                    p => new BerichtGegevens(p.Naam, plan.Naam, stap.Naam, instantie.ItemOmschrijving, null, opties.Value.BasisUrl, 0, null),
                    instantie.Id, null, opties.Value.BasisUrl);
                Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "melding", $"{stap.Naam}: bericht aan {ontvangers.Count} ontvanger(s) ({melding.AanRol}).");
                Voltooi(status[stap.Id]);
                break;
            case WachtStap wachten:
                var moment = Planning.Vervalmoment(wachten.Tot, Ankers(instantie, status), plan.Opties.Werkdagen);
                Plan(instantie.Id, null, stap.Id, TimerSoort.Wachten, 0, moment);
                Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "wachten", $"{stap.Naam}: wacht tot {Tekst(moment)}.");
                break;
            case PerItemStap perItem:
                await WaaierUitAsync(instantie, plan, perItem, status, werkset, ct);
                break;
            case SamenvoegStap samenvoegen:
                Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "samengevoegd", $"{stap.Naam}: voorgaande stappen afgerond.");
                Voltooi(status[stap.Id]);
                if (samenvoegen.AnnuleerRest)
                {
                    await AnnuleerRestAsync(instantie, plan, samenvoegen, status, ct);
                }

                break;
            default:
                throw new InvalidOperationException($"Onbekende stapsoort '{stap.Soort}'.");
        }
    }

    private async Task MaakTaakAsync(Instantie instantie, WorkflowDefinitie plan, TaakStap stap, Dictionary<string, StapStatus> status, CancellationToken ct)
    {
        var bereik = stap.Bereik == Bereik.Item ? instantie.ItemBereik : null;
        var kandidaten = await rollen.ResolveAsync(stap.Rol, bereik, Vandaag, ct);
        var planning = Planning.PlanTaak(stap, Ankers(instantie, status), plan.Opties.Werkdagen, klok.GetUtcNow());
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
            AangemaaktOpUtc = Nu,
        };
        db.Taken.Add(taak);

        if (planning.Vervalmoment is { } deadline)
        {
            Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Deadline, 0, deadline);
        }

        foreach (var herinnering in planning.Herinneringen)
        {
            Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Herinnering, 0, herinnering.Moment);
        }

        foreach (var escalatie in planning.Escalaties)
        {
            Plan(instantie.Id, taak.Id, stap.Id, TimerSoort.Escalatie, escalatie.Niveau, escalatie.Moment);
        }

        Berichten.Stuur(db, sjablonen, "taak-toegewezen", kandidaten, $"taak:{taak.Id:N}:toegewezen", Nu,
            p => Gegevens(p, taak, plan.Naam, 0, null), instantie.Id, taak.Id, Link(taak));
        Historie(instantie.Id, taak.Id, stap.Id, Handelende.Systeem.Naam, "taak-aangemaakt",
            kandidaten.Count == 0
                ? $"Taak '{stap.Naam}' aangemaakt, maar niemand heeft de rol {stap.Rol}: Bureau moet een behandelaar kiezen. {DeadlineTekst(planning.Vervalmoment)}."
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

        Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "per-item",
            $"{stap.Naam}: {items.Count} item(s) uit '{stap.Collectie}'{(voorwaarde is null ? "" : $" met voorwaarde '{stap.Voorwaarde}'")}.");
        if (items.Count == 0)
        {
            Voltooi(status[stap.Id]);
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
            db.Instanties.Add(kind);
            werkset.Volg(kind);
            Historie(kind.Id, null, null, Handelende.Systeem.Naam, "gestart", $"Gestart voor {item.Omschrijving}.");
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
            allesKlaar = !await db.Instanties.AnyAsync(
                i => i.OuderId == ouderId && i.OuderStapId == stapId && i.Status != InstantieStatus.Voltooid && !bekend.Contains(i.Id), ct);
        }

        if (allesKlaar)
        {
            var ouder = werkset.Instantie(ouderId) ?? werkset.Volg(await db.Instanties.FirstAsync(i => i.Id == ouderId, ct));
            var plan = await PlanAsync(ouder, ct);
            await VoltooiStapAsync(ouder, plan, stapId, werkset, ct);
        }
    }

    private async Task VoltooiStapAsync(Instantie instantie, WorkflowDefinitie plan, string stapId, Werkset werkset, CancellationToken ct)
    {
        var status = werkset.Stap(instantie.Id, stapId)
            ?? werkset.Volg(await db.Stappen.FirstAsync(s => s.InstantieId == instantie.Id && s.StapId == stapId, ct));
        // A cancelled step stays cancelled: nothing it left behind may still advance the instance.
        if (status.Toestand is StapToestand.Voltooid or StapToestand.Geannuleerd)
        {
            return;
        }

        Voltooi(status);
        await VoortgangAsync(instantie, plan, werkset, ct);
    }

    /// <summary>
    /// A join with <c>annuleerRest</c> has fired: its predecessors that are not complete are no longer needed, so their
    /// open tasks, planned timers and open item runs are cancelled in this same transaction. Left running, they would
    /// keep mailing people about work nobody needs any more (the reason this option exists).
    /// </summary>
    private async Task AnnuleerRestAsync(
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
            Historie(instantie.Id, null, stap.Id, Handelende.Systeem.Naam, "geannuleerd", $"Geannuleerd: {stap.Naam} is niet meer nodig omdat {reden}.");
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
                foreach (var taak in (await db.Taken.Where(t => t.InstantieId == instantie.Id && t.StapId == stap.Id).ToListAsync(ct)).Where(t => !t.IsAfgerond))
                {
                    await AnnuleerTaakAsync(taak, reden, ct);
                }

                break;
            case WachtStap:
                foreach (var timer in await db.Timers.Where(t => t.InstantieId == instantie.Id && t.StapId == stap.Id && t.Status == TimerStatus.Gepland).ToListAsync(ct))
                {
                    timer.Status = TimerStatus.Vervallen;
                }

                break;
            case PerItemStap perItem:
                var kinderen = (await db.Instanties.Where(i => i.OuderId == instantie.Id && i.OuderStapId == stap.Id).ToListAsync(ct))
                    .Where(k => k.Status == InstantieStatus.Actief).ToList();
                var ids = kinderen.Select(k => k.Id).ToList();
                var stappen = await db.Stappen.Where(s => ids.Contains(s.InstantieId)).ToListAsync(ct);
                foreach (var kind in kinderen)
                {
                    kind.Status = InstantieStatus.Geannuleerd;
                    kind.VoltooidOpUtc = Nu;
                    kind.Versie++;
                    foreach (var genest in perItem.Stappen)
                    {
                        if (stappen.FirstOrDefault(s => s.InstantieId == kind.Id && s.StapId == genest.Id) is { Toestand: StapToestand.Wachtend or StapToestand.Actief } s)
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
        taak.VoltooidOpUtc = Nu;
        taak.Versie++;
        await VervalTimersAsync(taak.Id, ct);
        Historie(taak.InstantieId, taak.Id, taak.StapId, Handelende.Systeem.Naam, "taak-geannuleerd",
            $"Geannuleerd: {taak.Titel}{(taak.BereikOmschrijving is { } bereik ? $" ({bereik})" : "")} is niet meer nodig omdat {reden}.");
    }

    private static string GeannuleerdMelding(Taak taak) =>
        $"Deze taak is geannuleerd{(taak.VoltooidOpUtc is { } op ? $" op {Tekst(op)}" : "")}: de workflow heeft haar niet meer nodig. Er is niets gewijzigd.";

    private void Voltooi(StapStatus status)
    {
        status.Toestand = StapToestand.Voltooid;
        status.VoltooidOpUtc = Nu;
    }

    private static Ankermomenten Ankers(Instantie instantie, Dictionary<string, StapStatus> status) =>
        new(new DateTimeOffset(instantie.GestartOpUtc, TimeSpan.Zero),
            status.Values.Where(s => s.VoltooidOpUtc is not null).ToDictionary(s => s.StapId, s => new DateTimeOffset(s.VoltooidOpUtc!.Value, TimeSpan.Zero)));

    private static string DeadlineTekst(DateTimeOffset? deadline) => deadline is { } d ? $"deadline {Tekst(d)}" : "geen deadline";

    private void Plan(Guid instantieId, Guid? taakId, string stapId, TimerSoort soort, int niveau, DateTimeOffset moment) =>
        db.Timers.Add(new Persistence.Timer
        {
            Sleutel = $"{instantieId:N}:{stapId}:{taakId:N}:{soort}:{niveau}:{moment.UtcDateTime:yyyyMMddHHmm}",
            Soort = soort,
            InstantieId = instantieId,
            TaakId = taakId,
            StapId = stapId,
            Niveau = niveau,
            MomentUtc = moment.UtcDateTime,
        });

    private async Task VervalTimersAsync(Guid taakId, CancellationToken ct)
    {
        foreach (var timer in await db.Timers.Where(t => t.TaakId == taakId && t.Status == TimerStatus.Gepland).ToListAsync(ct))
        {
            timer.Status = TimerStatus.Vervallen;
        }
    }

    private async Task<IReadOnlyList<WorkflowPersoon>> BehandelaarsAsync(Taak taak, CancellationToken ct)
    {
        var ids = taak.ToegewezenAan is { } id ? [id] : taak.Kandidaten;
        var mensen = await rollen.ResolveAsync(taak.Rol, taak.Bereik, Vandaag, ct);
        var bekend = mensen.Where(m => ids.Contains(m.Id)).ToList();
        // Someone delegated to or escalated to may no longer hold the role; the runtime still knows them by earlier messages.
        foreach (var ontbrekend in ids.Where(i => bekend.All(b => b.Id != i)))
        {
            var eerder = await db.Berichten.AsNoTracking().Where(b => b.OntvangerId == ontbrekend).Select(b => new { b.OntvangerNaam, b.OntvangerAdres }).FirstOrDefaultAsync(ct);
            if (eerder is not null)
            {
                bekend.Add(new WorkflowPersoon(ontbrekend, eerder.OntvangerNaam, eerder.OntvangerAdres));
            }
        }

        return bekend;
    }

    private async Task<Resultaat<Guid>> WijzigTaakAsync(Guid taakId, Handelende door, int verwachteVersie, Func<Taak, Task<Fout?>> wijziging, CancellationToken ct) =>
        await db.VoerSerieelUitAsync(async () =>
        {
            var taak = await db.Taken.FirstOrDefaultAsync(t => t.Id == taakId, ct);
            if (taak is null)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.IsAfgerond)
            {
                return Resultaat<Guid>.Mislukt("Versie", taak.Status == TaakStatus.Geannuleerd ? GeannuleerdMelding(taak) : "Deze taak is al afgerond. Er is niets gewijzigd.");
            }

            if (taak.Versie != verwachteVersie)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (await wijziging(taak) is { } fout)
            {
                return Resultaat<Guid>.Mislukt([fout]);
            }

            db.Entry(taak).Property(t => t.Versie).OriginalValue = verwachteVersie;
            taak.Versie++;
            return Resultaat<Guid>.Gelukt(taak.Id);
        }, ct);

    /// <summary>A mail names the workflow as people know it (the definition's name), never by its technical id.</summary>
    private BerichtGegevens Gegevens(WorkflowPersoon p, Taak taak, string workflowNaam, int niveau, string? oorspronkelijk) =>
        new(p.Naam, workflowNaam, taak.Titel, taak.BereikOmschrijving,
            taak.DeadlineUtc is { } deadline ? new DateTimeOffset(deadline, TimeSpan.Zero) : null, Link(taak), niveau, oorspronkelijk);

    private async Task<string> WorkflowNaamAsync(Guid taakId, CancellationToken ct)
    {
        var instantie = await db.Taken.AsNoTracking().Where(t => t.Id == taakId)
            .Join(db.Instanties.AsNoTracking(), t => t.InstantieId, i => i.Id, (_, i) => i).FirstOrDefaultAsync(ct);
        return instantie is null ? "" : (await PlanAsync(instantie, ct)).Naam;
    }

    private string Link(Taak taak) => $"{opties.Value.BasisUrl.TrimEnd('/')}/taken/{taak.Id}";

    private void Historie(Guid instantieId, Guid? taakId, string? stapId, string door, string soort, string omschrijving) =>
        db.Gebeurtenissen.Add(new Gebeurtenis
        {
            InstantieId = instantieId, TaakId = taakId, StapId = stapId, MomentUtc = Nu, Door = door, Soort = soort, Omschrijving = omschrijving,
        });

    private async Task<WorkflowDefinitie> PlanAsync(Instantie instantie, CancellationToken ct) =>
        await DefinitieAsync(instantie.DefinitieId, instantie.DefinitieVersie, ct)
        ?? throw new InvalidOperationException($"Definitie {instantie.DefinitieId} versie {instantie.DefinitieVersie} is niet gepubliceerd.");

    /// <summary>A published version, read once per process; null when it was never published.</summary>
    public async Task<WorkflowDefinitie?> DefinitieAsync(string definitieId, int versie, CancellationToken ct)
    {
        if (Plannen.TryGetValue((definitieId, versie), out var plan))
        {
            return plan;
        }

        var definitie = await db.Definities.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitieId == definitieId && d.Versie == versie, ct);
        return definitie is null ? null : PlanVan(definitie);
    }

    /// <summary>Published definitions were validated when published; reading one again fails only if the table was edited by hand.</summary>
    internal static WorkflowDefinitie PlanVan(GepubliceerdeDefinitie definitie) =>
        Plannen.GetOrAdd((definitie.DefinitieId, definitie.Versie), _ =>
            WorkflowDefinitieLezer.Lees(definitie.Json) is { IsGeldig: true, Definitie: { } gelezen }
                ? gelezen
                : throw new InvalidOperationException($"Gepubliceerde definitie {definitie.DefinitieId} versie {definitie.Versie} is niet (meer) geldig."));

    private static string Tekst(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam).ToString("d MMMM yyyy HH:mm", Nederlands.Cultuur);

    private static string Tekst(DateTime utc) => Tekst(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
