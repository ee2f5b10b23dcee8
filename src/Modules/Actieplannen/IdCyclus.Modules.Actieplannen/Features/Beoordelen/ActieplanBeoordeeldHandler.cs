using System.Text.Json;
using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.Beoordelen;

/// <summary>
/// The directeur's decision arrives from the completed cycle task as an integration event (ADR 0009's pattern). The
/// inbox row is written in the same transaction as the change, so a redelivery changes nothing; a decision that no
/// longer fits (another version is pending) throws, which keeps the event as an incident for Bureau instead of losing it.
/// </summary>
internal sealed class ActieplanBeoordeeldHandler(ActieplannenDbContext db, TimeProvider klok) : IIntegratieHandler
{
    public string Type => ActieplanBeoordeeld.Type;

    public async Task VerwerkAsync(string sleutel, string json, CancellationToken cancellationToken)
    {
        if (await db.VerwerkteGebeurtenissen.AnyAsync(v => v.Sleutel == sleutel, cancellationToken))
        {
            return;
        }

        var besluit = JsonSerializer.Deserialize<ActieplanBeoordeeld>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Gebeurtenis {sleutel} is leeg.");
        var (plan, laatste) = await Planopslag.LaadAsync(db, besluit.DirectieId, besluit.Jaar, cancellationToken);
        var fouten = Versieregels.Beoordelen(laatste?.Stand, besluit.Versie, besluit.Goedgekeurd, besluit.Opmerking);
        if (plan is null || laatste is null || fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new InvalidOperationException($"Niet verwerkt: {string.Join("; ", fouten.Select(f => f.Melding).DefaultIfEmpty("geen actieplan"))}");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        Planopslag.Wijzig(db, plan, plan.Versie, nu);
        if (besluit.Goedgekeurd)
        {
            var datum = klok.Vandaag();
            laatste.Status = VersieStatus.Goedgekeurd;
            laatste.GoedgekeurdOp = datum;
            laatste.GoedgekeurdDoor = besluit.DoorNaam;
            laatste.Terugkoppeling = besluit.Opmerking;
            laatste.Inhoud = Versieregels.NaGoedkeuring(laatste.Inhoud, datum);
            Planopslag.Log(db, plan.Id, besluit.DoorNaam, $"Versie {laatste.Nummer} goedgekeurd.{(besluit.Opmerking is null ? "" : $" Opmerking: {besluit.Opmerking}")}", nu);
        }
        else
        {
            laatste.Status = VersieStatus.Concept;
            laatste.Terugkoppeling = besluit.Opmerking;
            Planopslag.Log(db, plan.Id, besluit.DoorNaam, $"Versie {laatste.Nummer} teruggestuurd naar de trekker: {besluit.Opmerking}", nu);
        }

        db.VerwerkteGebeurtenissen.Add(new VerwerkteGebeurtenis { Sleutel = sleutel, VerwerktOpUtc = nu });
        await db.SaveChangesAsync(cancellationToken);
    }
}
