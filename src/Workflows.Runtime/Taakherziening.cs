using System.Text.Json;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime;

/// <summary>
/// One mail to an address that need not be a role holder (an extra participant of a conversation). The key makes
/// queueing idempotent: a redelivered event or a second click queues nothing twice. <see cref="Bijlage"/> goes with the
/// mail only (an invitation's ICS), not with the in-app notification.
/// </summary>
public sealed record Losbericht(
    string Sleutel, string Naam, string Adres, Guid? OntvangerId, string Onderwerp, string Tekst, string? Link, Guid? InstantieId, Guid? TaakId,
    Mailbijlage? Bijlage = null);

/// <summary>
/// Changes after a task is done that the definition has no step for: revising the recorded fields of a completed task
/// (moving a planned conversation, ADR 0029) and mailing people the runtime does not know by role. The hosting module
/// validates the fields (its form's rules) and decides who may do this; the runtime keeps the version token, the history
/// line and the outbox event in one transaction, as every command.
/// </summary>
public sealed class Taakherziening
{
    private readonly Werkplaats _w;

    internal Taakherziening(Werkplaats werkplaats) => _w = werkplaats;

    /// <summary>
    /// Replaces the completed task's fields when its version is still <paramref name="verwachteVersie"/>; a change by
    /// someone else in between gets the house conflict message and changes nothing. Returns the new version.
    /// </summary>
    public Task<Resultaat<int>> HerzieAsync(
        Guid taakId, int verwachteVersie, IReadOnlyDictionary<string, string?> velden, string omschrijving, Handelende door,
        IReadOnlyList<IntegratieGebeurtenis> gebeurtenissen, CancellationToken ct) =>
        _w.Db.VoerSerieelUitAsync(async () =>
        {
            var taak = await _w.Db.Taken.FirstOrDefaultAsync(t => t.Id == taakId, ct);
            if (taak is null)
            {
                return Resultaat<int>.Mislukt("Taak", "Deze taak bestaat niet.");
            }

            if (taak.Status != TaakStatus.Voltooid)
            {
                return Resultaat<int>.Mislukt("Versie", "Alleen een afgeronde taak kan worden gewijzigd; deze is open of geannuleerd. Er is niets gewijzigd.");
            }

            if (taak.Versie != verwachteVersie)
            {
                return Resultaat<int>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            _w.Db.Entry(taak).Property(t => t.Versie).OriginalValue = verwachteVersie;
            taak.FormulierJson = JsonSerializer.Serialize(velden);
            taak.Versie++;
            _w.Historie(taak.InstantieId, taak.Id, taak.StapId, door.Naam, "taak-herzien", omschrijving);
            foreach (var gebeurtenis in gebeurtenissen)
            {
                _w.Db.Outbox.Add(new OutboxBericht
                {
                    Sleutel = gebeurtenis.Sleutel, Type = gebeurtenis.Type, Json = gebeurtenis.Json, AangemaaktOpUtc = _w.Nu,
                });
            }

            return Resultaat<int>.Gelukt(taak.Versie);
        }, ct);

    /// <summary>Queues the mails whose key is not queued yet (an outbox handler may run twice); returns how many were new.</summary>
    public async Task<int> MailAsync(IReadOnlyList<Losbericht> berichten, CancellationToken ct)
    {
        var sleutels = berichten.Select(b => b.Sleutel).ToList();
        var bestaand = await _w.Db.Berichten.AsNoTracking().Where(b => sleutels.Contains(b.Sleutel)).Select(b => b.Sleutel).ToListAsync(ct);
        var nieuw = berichten.Where(b => !bestaand.Contains(b.Sleutel)).DistinctBy(b => b.Sleutel).ToList();
        foreach (var b in nieuw)
        {
            // A person IdCyclus knows also sees it under "Recente meldingen"; an outside address only gets the mail.
            foreach (var kanaal in b.OntvangerId is null ? [BerichtKanaal.Mail] : new[] { BerichtKanaal.Mail, BerichtKanaal.InApp })
            {
                var bijlage = kanaal == BerichtKanaal.Mail ? b.Bijlage : null;
                _w.Db.Berichten.Add(new Bericht
                {
                    Sleutel = kanaal == BerichtKanaal.Mail ? b.Sleutel : b.Sleutel + ":InApp", Kanaal = kanaal, OntvangerId = b.OntvangerId,
                    OntvangerNaam = b.Naam, OntvangerAdres = b.Adres, Onderwerp = b.Onderwerp, Tekst = b.Tekst, Link = b.Link,
                    InstantieId = b.InstantieId, TaakId = b.TaakId,
                    BijlageNaam = bijlage?.Naam, BijlageType = bijlage?.Inhoudstype, BijlageInhoud = bijlage?.Inhoud,
                    Status = kanaal == BerichtKanaal.Mail ? BerichtStatus.Wachtrij : BerichtStatus.Verzonden,
                    VerzondenOpUtc = kanaal == BerichtKanaal.Mail ? null : _w.Nu, VolgendePogingUtc = _w.Nu, AangemaaktOpUtc = _w.Nu,
                });
            }
        }

        await _w.Db.SaveChangesAsync(ct);
        return nieuw.Count;
    }
}
