using System.Text.Json;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// What people do with a task: complete it (with its form), take it on, pass it on, comment on it. Each is one
/// transaction that checks the version token the person saw, so a change by someone else in between is refused.
/// </summary>
internal sealed class Taakacties(Werkplaats w, Plannen plannen, Voortgang voortgang, Taakrechten rechten, Formulieren formulieren)
{
    /// <summary>The longest comment or reason for passing on a task (the form states it).</summary>
    public const int MaxTekst = 4000;

    private const string GeenBehandelaarMelding =
        "U bent geen behandelaar van deze taak (meer): daarvoor moet u vandaag de rol van de taak hebben. Er is niets gewijzigd.";

    public Task<Resultaat<Guid>> VoltooiAsync(
        Guid taakId, Handelende door, string? uitkomst, IReadOnlyDictionary<string, string?> velden, int verwachteVersie, CancellationToken ct) =>
        w.Db.VoerSerieelUitAsync(async () =>
        {
            var taak = await Opzoeken.TaakAsync(w.Db, taakId, ct);
            if (taak is null)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.Status == TaakStatus.Geannuleerd)
            {
                return Resultaat<Guid>.Mislukt("Versie", Annulering.GeannuleerdMelding(taak));
            }

            if (taak.IsAfgerond)
            {
                return Resultaat<Guid>.Mislukt("Versie",
                    $"Deze taak is al afgerond{(taak.VoltooidOpUtc is { } op ? $" op {Werkplaats.Tekst(op)}" : "")}. Er is niets gewijzigd.");
            }

            if (taak.Versie != verwachteVersie)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (door.Id is not { } persoonId || !(await rechten.VoorAsync(Taakrol.Van(taak), door, ct)).MagAfronden)
            {
                return Resultaat<Guid>.Mislukt("Taak", GeenBehandelaarMelding);
            }

            var werkset = new Werkset();
            var instantie = werkset.Volg(await Opzoeken.InstantieAsync(w.Db, taak.InstantieId, ct));
            var plan = await plannen.VanInstantieAsync(instantie, ct);
            var stap = (TaakStap)plan.ZoekStap(taak.StapId);
            if (stap.Uitkomsten is { Count: > 0 } toegestaan && (uitkomst is null || !toegestaan.Contains(uitkomst)))
            {
                return Resultaat<Guid>.Mislukt("Uitkomst", $"Kies een uitkomst: {string.Join(", ", toegestaan)}.");
            }

            string? samenvatting = null;
            if (taak.Formulier is { } naam)
            {
                var formulier = formulieren.Zoek(naam)
                    ?? throw new InvalidOperationException($"Formulier '{naam}' is niet geregistreerd.");
                var uitkomstFormulier = await formulier.VerwerkAsync(
                    new FormulierContext(taak.Id, taak.InstantieId, taak.StapId, instantie.ItemSleutel, taak.Bereik,
                        new WorkflowPersoon(persoonId, door.Naam, ""), w.Klok.GetUtcNow(),
                        new DateTimeOffset(DateTime.SpecifyKind(instantie.GestartOpUtc, DateTimeKind.Utc))),
                    velden, ct);
                if (uitkomstFormulier.Fouten.Count > 0)
                {
                    return Resultaat<Guid>.Mislukt(uitkomstFormulier.Fouten);
                }

                samenvatting = uitkomstFormulier.Samenvatting;
                foreach (var gebeurtenis in uitkomstFormulier.Gebeurtenissen)
                {
                    w.Db.Outbox.Add(new OutboxBericht
                    {
                        Sleutel = gebeurtenis.Sleutel, Type = gebeurtenis.Type, Json = gebeurtenis.Json, AangemaaktOpUtc = w.Nu,
                    });
                }
            }

            w.Db.Entry(taak).Property(t => t.Versie).OriginalValue = verwachteVersie;
            taak.Status = TaakStatus.Voltooid;
            taak.Uitkomst = uitkomst;
            taak.FormulierJson = velden.Count == 0 ? null : JsonSerializer.Serialize(velden);
            taak.VoltooidDoor = persoonId;
            taak.VoltooidOpUtc = w.Nu;
            taak.Versie++;
            await w.VervalTimersAsync(taak.Id, ct);
            w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-voltooid",
                $"{taak.Titel} afgerond{(uitkomst is null ? "" : $" met uitkomst '{uitkomst}'")}.{(samenvatting is null ? "" : " " + samenvatting)}");
            await voortgang.VoltooiStapAsync(instantie, plan, taak.StapId, werkset, ct);
            return Resultaat<Guid>.Gelukt(taak.Id);
        }, ct);

    public Task<Resultaat<Guid>> ClaimAsync(Guid taakId, Handelende door, int verwachteVersie, CancellationToken ct) =>
        WijzigTaakAsync(taakId, door, verwachteVersie, async taak =>
        {
            if (door.Id is not { } id || !(await rechten.VoorAsync(Taakrol.Van(taak), door, ct)).MagAfronden)
            {
                return new Fout("Taak", "U kunt alleen een taak oppakken die u zelf mag afronden.");
            }

            taak.ToegewezenAan = id;
            w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-opgepakt", $"{door.Naam} heeft de taak opgepakt.");
            return null;
        }, ct);

    public async Task<Resultaat<Guid>> DelegeerAsync(
        Guid taakId, Handelende door, WorkflowPersoon naar, string? reden, int verwachteVersie, CancellationToken ct)
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

            if (door.Id is null || !(await rechten.VoorAsync(Taakrol.Van(taak), door, ct)).MagAfronden)
            {
                return new Fout("Taak", "U kunt alleen een taak doorgeven die u zelf mag afronden.");
            }

            // Passing a task to the one who has it would only add a history line and mail them their own task.
            if (taak.ToegewezenAan == naar.Id)
            {
                return new Fout("Naar", $"{naar.Naam} behandelt deze taak al. Kies iemand anders met de rol van deze taak.");
            }

            if (door.Id == naar.Id)
            {
                return new Fout("Naar", "U kunt een taak niet aan uzelf doorgeven. Wilt u hem zelf behandelen, kies dan 'Ik pak deze taak op'.");
            }

            // Passing on is no way around the roles: only to someone who holds the task's role in its scope today.
            if (!await rechten.HoudtTaakrolAsync(Taakrol.Van(taak), naar.Id, ct))
            {
                return new Fout("Naar",
                    $"{naar.Naam} heeft vandaag niet de rol van deze taak ({taak.Rol}{(taak.BereikOmschrijving is { } b ? $", {b}" : "")}). "
                    + "Kies iemand met die rol.");
            }

            taak.ToegewezenAan = naar.Id;
            if (!taak.Kandidaten.Contains(naar.Id))
            {
                taak.Kandidaten = [.. taak.Kandidaten, naar.Id];
            }

            w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-gedelegeerd", $"Doorgegeven aan {naar.Naam}. Reden: {reden.Trim()}");
            Berichten.Stuur(w.Db, w.Sjablonen, "taak-toegewezen", [naar], $"taak:{taak.Id:N}:delegatie:{taak.Versie}", w.Nu,
                p => w.Gegevens(p, taak, workflowNaam, 0, door.Naam), taak.InstantieId, taak.Id, w.Link(taak));
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

        var taak = await Opzoeken.TaakAsync(w.Db, taakId, ct);
        if (taak is null)
        {
            return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
        }

        if (!(await rechten.VoorAsync(Taakrol.Van(taak), door, ct)).MagZien)
        {
            return Resultaat<Guid>.Mislukt("Taak", GeenBehandelaarMelding);
        }

        w.Db.Opmerkingen.Add(new TaakOpmerking { TaakId = taakId, DoorId = door.Id, DoorNaam = door.Naam, MomentUtc = w.Nu, Tekst = tekst.Trim() });
        w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "opmerking", "Opmerking geplaatst.");
        await w.Db.SaveChangesAsync(ct);
        return Resultaat<Guid>.Gelukt(taakId);
    }

    private async Task<Resultaat<Guid>> WijzigTaakAsync(
        Guid taakId, Handelende door, int verwachteVersie, Func<Taak, Task<Fout?>> wijziging, CancellationToken ct) =>
        await w.Db.VoerSerieelUitAsync(async () =>
        {
            var taak = await Opzoeken.TaakAsync(w.Db, taakId, ct);
            if (taak is null)
            {
                return Resultaat<Guid>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.IsAfgerond)
            {
                return Resultaat<Guid>.Mislukt("Versie",
                    taak.Status == TaakStatus.Geannuleerd ? Annulering.GeannuleerdMelding(taak) : "Deze taak is al afgerond. Er is niets gewijzigd.");
            }

            if (taak.Versie != verwachteVersie)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (await wijziging(taak) is { } fout)
            {
                return Resultaat<Guid>.Mislukt([fout]);
            }

            w.Db.Entry(taak).Property(t => t.Versie).OriginalValue = verwachteVersie;
            taak.Versie++;
            return Resultaat<Guid>.Gelukt(taak.Id);
        }, ct);

    private async Task<string> WorkflowNaamAsync(Guid taakId, CancellationToken ct)
    {
        var instantie = await w.Db.Taken.AsNoTracking().Where(t => t.Id == taakId)
            .Join(w.Db.Instanties.AsNoTracking(), t => t.InstantieId, i => i.Id, (_, i) => i).FirstOrDefaultAsync(ct);
        return instantie is null ? "" : (await plannen.VanInstantieAsync(instantie, ct)).Naam;
    }
}
