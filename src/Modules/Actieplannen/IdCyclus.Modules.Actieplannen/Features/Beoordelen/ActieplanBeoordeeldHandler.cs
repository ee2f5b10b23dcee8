using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Features.Beoordelen;

/// <summary>
/// The directeur's decision arrives from the completed cycle task as an integration event (ADR 0009's pattern),
/// received through the shared inbox: a redelivery changes nothing, and a decision that no longer fits (another version
/// is pending) is refused, which keeps the event as an incident for Bureau instead of losing it.
/// </summary>
internal sealed class ActieplanBeoordeeldHandler(ActieplannenDbContext db, TimeProvider klok)
    : InboxHandler<ActieplanBeoordeeld, ActieplannenDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, ActieplanBeoordeeld besluit, CancellationToken cancellationToken)
    {
        var (plan, laatste) = await Planopslag.LaadAsync(Db, besluit.DirectieId, besluit.Jaar, cancellationToken);
        var fouten = Versieregels.Beoordelen(laatste?.Stand, besluit.Versie, besluit.Goedgekeurd, besluit.Opmerking);
        if (plan is null || laatste is null || fouten.Count > 0)
        {
            return fouten.Count > 0 ? fouten : [new Fout(nameof(besluit.DirectieId), "geen actieplan")];
        }

        var nu = Klok.GetUtcNow().UtcDateTime;
        Planopslag.Wijzig(Db, plan, plan.Versie, nu);
        if (besluit.Goedgekeurd)
        {
            var datum = Klok.Vandaag();
            laatste.Status = VersieStatus.Goedgekeurd;
            laatste.GoedgekeurdOp = datum;
            laatste.GoedgekeurdDoor = besluit.DoorNaam;
            laatste.Terugkoppeling = besluit.Opmerking;
            laatste.Inhoud = Versieregels.NaGoedkeuring(laatste.Inhoud, datum);
            var opmerking = besluit.Opmerking is null ? "" : $" Opmerking: {besluit.Opmerking}";
            Planopslag.Log(Db, plan.Id, besluit.DoorNaam, $"Versie {laatste.Nummer} goedgekeurd.{opmerking}", nu);
            Db.Meld(
                $"actieplan:{plan.Id}:versie:{laatste.Nummer}:goedgekeurd",
                new ActieplanversieGoedgekeurd(plan.DirectieId, plan.Jaar, laatste.Nummer, datum),
                nu);
        }
        else
        {
            laatste.Status = VersieStatus.Concept;
            laatste.Terugkoppeling = besluit.Opmerking;
            Planopslag.Log(Db, plan.Id, besluit.DoorNaam, $"Versie {laatste.Nummer} teruggestuurd naar de trekker: {besluit.Opmerking}", nu);
        }

        return [];
    }
}
