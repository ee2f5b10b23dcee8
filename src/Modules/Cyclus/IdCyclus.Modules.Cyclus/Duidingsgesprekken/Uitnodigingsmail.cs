using System.Globalization;
using System.Text.Json;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// A duidingsgesprek was planned (<see cref="Volgnummer"/> 0) or moved (1, 2, …): its invitation must go out. Raised in
/// the same transaction as the planning (the form's outbox event) or the move (<see cref="Taakherziening"/>), and
/// received by Cyclus itself, so the mails are queued exactly once even when the host stops in between (ADR 0029).
/// </summary>
internal sealed record DuidingsgesprekGepland(Guid GesprekId, int Volgnummer, IReadOnlyList<string> Afgemeld) : IIntegratieGebeurtenis
{
    public static string Type => "cyclus.duidingsgesprek-gepland";

    public IntegratieGebeurtenis AlsGebeurtenis() => new(
        Type, string.Create(CultureInfo.InvariantCulture, $"duidingsgesprek:{GesprekId:N}:gepland:{Volgnummer}"),
        JsonSerializer.Serialize(this, JsonSerializerOptions.Web));
}

/// <summary>
/// Mails the invitation to the clusterdirecteur and every participant, when planned and after every move (the workflow's
/// own message to the clusterdirecteur, <c>duidingsgesprek-gepland</c>, says the section is ready and that this mail
/// follows); who was taken off the list in a move hears that too. The invitation (ICS, same UID, the new SEQUENCE) is
/// attached, so someone without a sign-in adds it to Outlook, and linked, and the text says when and where (ADR 0027).
/// Every mail's key holds the conversation, the sequence and the address: a redelivered event queues nothing twice.
/// </summary>
internal sealed class DuidingsgesprekGeplandHandler(
    Gesprekken gesprekken, Taakherziening runtime, IOrganisatieQueries organisatie, IOptions<WorkflowOpties> opties, TimeProvider klok)
    : IIntegratieHandler<DuidingsgesprekGepland>
{
    public async Task VerwerkAsync(string sleutel, DuidingsgesprekGepland gebeurtenis, CancellationToken cancellationToken)
    {
        // Moved again before this event was delivered: the newer event mails the newer invitation.
        if (await gesprekken.VindAsync(gebeurtenis.GesprekId, cancellationToken) is not { Planning: { } planning } gesprek
            || planning.Volgnummer > gebeurtenis.Volgnummer
            || await gesprekken.AgendapuntAsync(gesprek, opties.Value.BasisUrl, cancellationToken) is not { } punt)
        {
            return;
        }

        var ontvangers = punt.Deelnemers ?? [];
        var personen = (await organisatie.PersonenAsync(cancellationToken)).ToLookup(p => p.Email, StringComparer.OrdinalIgnoreCase);
        var berichten = new List<Losbericht>();
        var ics = Bijlage(gesprek, punt, klok.GetUtcNow());
        foreach (var ontvanger in ontvangers)
        {
            var (onderwerp, tekst) = Uitnodiging(gesprek, planning, punt, ontvanger);
            berichten.Add(Bericht(gesprek, planning.Volgnummer, ontvanger.Email, personen[ontvanger.Email].FirstOrDefault(), ontvanger.Naam, onderwerp, tekst)
                with { Bijlage = ics });
        }

        foreach (var adres in gebeurtenis.Afgemeld.Where(a => !ontvangers.Any(o => string.Equals(o.Email, a, StringComparison.OrdinalIgnoreCase))))
        {
            // For this address alone the appointment is cancelled (RFC 5546: a CANCEL naming only the removed attendee).
            var afmelding = Bijlage(gesprek, punt with { Geannuleerd = true, Deelnemers = [new Agendapersoon(adres, adres)] }, klok.GetUtcNow());
            berichten.Add(Bericht(gesprek, planning.Volgnummer, adres, personen[adres].FirstOrDefault(), adres,
                $"Afgemeld: duidingsgesprek Voortgangsrapportage {gesprek.Jaar} – {gesprek.ClusterNaam}",
                $"Beste collega,\n\nHet duidingsgesprek over de sectie {gesprek.ClusterNaam} is verplaatst en u staat niet meer op de lijst van deelnemers. " +
                "Open de bijlage (ICS-bestand voor Outlook) om de afspraak uit uw agenda te halen." + Groet) with { Bijlage = afmelding });
        }

        await runtime.MailAsync(berichten, cancellationToken);
    }

    internal const string Groet = "\n\nMet vriendelijke groet,\nBureau Inclusie en Diversiteit\n\nDit bericht is verstuurd door IdCyclus.";

    /// <summary>The invitation or cancellation as the mail's attachment, its method in the content type (RFC 6047).</summary>
    internal static Mailbijlage Bijlage(Duidingsgesprek gesprek, Agendapunt punt, DateTimeOffset nu) => new(
        $"duidingsgesprek-{gesprek.Jaar}-{gesprek.ClusterId}.ics",
        $"text/calendar; method={Agendabestand.Methode(punt)}; charset=utf-8",
        Agendabestand.Uitnodiging(punt, nu));

    private static (string Onderwerp, string Tekst) Uitnodiging(Duidingsgesprek gesprek, Gespreksplanning planning, Agendapunt punt, Agendapersoon aan)
    {
        var gewijzigd = planning.Volgnummer > 0;
        var onderwerp = $"{(gewijzigd ? "Gewijzigd" : "Uitnodiging")}: duidingsgesprek Voortgangsrapportage {gesprek.Jaar} – {gesprek.ClusterNaam}";
        var tekst = $"Beste {aan.Naam},\n\n"
                    + (gewijzigd
                        ? $"Het duidingsgesprek over de sectie {gesprek.ClusterNaam} is verplaatst of gewijzigd. Het gesprek is nu op:\n\n"
                        : $"{punt.Organisator?.Naam ?? "Bureau Inclusie en Diversiteit"} nodigt u uit voor het duidingsgesprek over de sectie "
                          + $"{gesprek.ClusterNaam} van de Voortgangsrapportage {gesprek.Jaar}:\n\n")
                    + planning.Omschrijving()
                    + $"\n\nDeelnemers: {string.Join(", ", (punt.Deelnemers ?? []).Select(d => d.Naam))}."
                    + "\n\nDe agenda-uitnodiging zit als bijlage bij deze mail (ICS-bestand voor Outlook)."
                    + $"\nOf download haar in IdCyclus: {punt.Link}/uitnodiging.ics"
                    + (gewijzigd ? "\nDeze uitnodiging vervangt de vorige: uw agenda werkt dezelfde afspraak bij." : "")
                    + $"\nHet gesprek in IdCyclus: {punt.Link}"
                    + Groet;
        return (onderwerp, tekst);
    }

    internal static Losbericht Bericht(
        Duidingsgesprek gesprek, int volgnummer, string adres, PersoonGegevens? persoon, string naam, string onderwerp, string tekst) => new(
        string.Create(CultureInfo.InvariantCulture, $"duidingsgesprek:{gesprek.Id:N}:{volgnummer}:{adres.ToLowerInvariant()}"),
        persoon?.Naam ?? naam, adres, persoon?.Id, onderwerp, tekst, gesprek.Pad, gesprek.Id, gesprek.Plantaak.Id);
}
