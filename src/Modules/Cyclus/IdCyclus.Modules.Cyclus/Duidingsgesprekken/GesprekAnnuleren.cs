using System.Globalization;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>Cancel a planned conversation: the reason and the planning task's version the person saw.</summary>
internal sealed record GesprekAnnuleren(Guid GesprekId, int Versie, string? Reden, Guid? DoorId, string DoorNaam, bool IsBureau);

/// <summary>
/// The accounthouder (or Bureau) cancels a planned duidingsgesprek that has no outcome yet (ADR 0027). The planning
/// stays in the planning task's fields with the reason added and the SEQUENCE one up, under the task's version token;
/// in the same transaction the event that mails the cancellation (same UID, METHOD:CANCEL) to the clusterdirecteur and
/// every participant. Planning it again is a move of the cancelled conversation (<see cref="GesprekVerplaatsenHandler"/>).
/// </summary>
internal sealed class GesprekAnnulerenHandler(Gesprekken gesprekken, Taakherziening runtime)
{
    public async Task<Resultaat<int>> VoerUitAsync(GesprekAnnuleren opdracht, CancellationToken ct)
    {
        if (await gesprekken.VindAsync(opdracht.GesprekId, ct) is not { } gesprek)
        {
            return Resultaat<int>.Mislukt("", "Dit duidingsgesprek bestaat niet.");
        }

        if (!gesprek.IsVanAccounthouder(opdracht.DoorId, opdracht.IsBureau))
        {
            return Resultaat<int>.Mislukt("", "Alleen de accounthouder van deze sectie of Bureau Inclusie en Diversiteit annuleert dit gesprek.");
        }

        if (gesprek.Planning is not { } planning)
        {
            return Resultaat<int>.Mislukt("", "Dit gesprek is nog niet gepland; er is niets te annuleren.");
        }

        if (planning.IsGeannuleerd)
        {
            return Resultaat<int>.Mislukt("", "Dit gesprek is al geannuleerd. Plan het opnieuw met ‘Opnieuw plannen’ als het toch doorgaat.");
        }

        if (!gesprek.KanAnnuleren)
        {
            return Resultaat<int>.Mislukt("",
                "De uitkomst van dit gesprek is al vastgelegd (of het gesprek is beëindigd); het kan niet meer worden geannuleerd.");
        }

        var reden = opdracht.Reden?.Trim();
        if (string.IsNullOrEmpty(reden))
        {
            return Resultaat<int>.Mislukt("Reden", "Vul de reden van de annulering in; de deelnemers lezen die in de afzegging.");
        }

        if (reden.Length > Gespreksplanningregels.MaxReden)
        {
            return Resultaat<int>.Mislukt("Reden", $"De reden is {reden.Length} tekens lang; het maximum is {Gespreksplanningregels.MaxReden}.");
        }

        var geannuleerd = planning with { Volgnummer = planning.Volgnummer + 1, Annulering = reden };
        return await runtime.HerzieAsync(
            gesprek.Plantaak.Id, opdracht.Versie, geannuleerd.Velden(),
            $"Duidingsgesprek van {planning.Omschrijving()} geannuleerd: {reden}; afzegging {geannuleerd.Volgnummer}.",
            new Handelende(opdracht.DoorId, opdracht.DoorNaam, opdracht.IsBureau),
            [new DuidingsgesprekGeannuleerd(gesprek.Id, geannuleerd.Volgnummer).AlsGebeurtenis()], ct);
    }
}

/// <summary>A duidingsgesprek was cancelled at this SEQUENCE; the cancellation must go out (ADR 0027), exactly once.</summary>
internal sealed record DuidingsgesprekGeannuleerd(Guid GesprekId, int Volgnummer) : IIntegratieGebeurtenis
{
    public static string Type => "cyclus.duidingsgesprek-geannuleerd";

    public IntegratieGebeurtenis AlsGebeurtenis() => new(
        Type, string.Create(CultureInfo.InvariantCulture, $"duidingsgesprek:{GesprekId:N}:geannuleerd:{Volgnummer}"),
        JsonSerializer.Serialize(this, JsonSerializerOptions.Web));
}

/// <summary>
/// Mails "Geannuleerd" to the clusterdirecteur and every participant of the cancelled invitation, under the same key
/// scheme as the invitations (conversation, sequence, address), so a redelivered event queues nothing twice. Planned
/// again before delivery (a higher sequence): the newer invitation replaces it, so nothing is sent.
/// </summary>
internal sealed class DuidingsgesprekGeannuleerdHandler(
    Gesprekken gesprekken, Taakherziening runtime, IOrganisatieQueries organisatie, IOptions<WorkflowOpties> opties, TimeProvider klok)
    : IIntegratieHandler<DuidingsgesprekGeannuleerd>
{
    public async Task VerwerkAsync(string sleutel, DuidingsgesprekGeannuleerd gebeurtenis, CancellationToken cancellationToken)
    {
        if (await gesprekken.VindAsync(gebeurtenis.GesprekId, cancellationToken) is not { Planning: { IsGeannuleerd: true } planning } gesprek
            || planning.Volgnummer != gebeurtenis.Volgnummer
            || await gesprekken.AgendapuntAsync(gesprek, opties.Value.BasisUrl, cancellationToken) is not { } punt)
        {
            return;
        }

        var personen = (await organisatie.PersonenAsync(cancellationToken)).ToLookup(p => p.Email, StringComparer.OrdinalIgnoreCase);
        var ics = DuidingsgesprekGeplandHandler.Bijlage(gesprek, punt, klok.GetUtcNow());
        var berichten = (punt.Deelnemers ?? []).Select(aan => DuidingsgesprekGeplandHandler.Bericht(
            gesprek, planning.Volgnummer, aan.Email, personen[aan.Email].FirstOrDefault(), aan.Naam,
            $"Geannuleerd: duidingsgesprek Voortgangsrapportage {gesprek.Jaar} – {gesprek.ClusterNaam}",
            $"Beste {aan.Naam},\n\nHet duidingsgesprek over de sectie {gesprek.ClusterNaam} van de Voortgangsrapportage {gesprek.Jaar} "
            + $"op {planning.Omschrijving()} gaat niet door.\n\nReden: {planning.Annulering}"
            + "\n\nDe afzegging zit als bijlage bij deze mail (ICS-bestand voor Outlook)."
            + $"\nOf download haar in IdCyclus: {punt.Link}/uitnodiging.ics"
            + "\nOpent u de afzegging, dan haalt uw agenda de afspraak weg. Wordt het gesprek opnieuw gepland, dan krijgt u een nieuwe uitnodiging."
            + $"\nHet gesprek in IdCyclus: {punt.Link}"
            + DuidingsgesprekGeplandHandler.Groet) with { Bijlage = ics }).ToList();
        await runtime.MailAsync(berichten, cancellationToken);
    }
}
