using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// The directeur names the new trekker and the hours. The minimum is the report's 8 hours per week, or in a follow-up
/// agreement's task the agreement's own N (<see cref="Trekkerminimum"/>); fewer is refused here, before anything is
/// written. The role itself is recorded by Organisatie, through an integration event.
/// </summary>
internal sealed class TrekkerBenoemenFormulier(IOrganisatieQueries organisatie, ITrekkerminimum minimum) : ITaakFormulier
{
    public string Naam => "trekker-benoemen";

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        var fouten = new List<Fout>();
        if (!Guid.TryParse(context.Bereik, out var directieId) || await organisatie.DirectieAsync(directieId, cancellationToken) is not { } directie)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij een bestaande directie.")]);
        }

        var naam = velden.GetValueOrDefault("Naam")?.Trim();
        var email = velden.GetValueOrDefault("Email")?.Trim().ToLowerInvariant();
        var bestaande = string.IsNullOrEmpty(email) ? null : await organisatie.PersoonMetEmailAsync(email, cancellationToken);
        if (string.IsNullOrEmpty(naam))
        {
            fouten.Add(new Fout("Naam", "Vul de naam van de nieuwe trekker in."));
        }
        else
        {
            // Organisatie stores the name; longer would fail there, after the task was completed.
            Tekstlengte.Controleer(fouten, "Naam", "De naam van de nieuwe trekker", naam, Persoonsvelden.MaxNaam);
        }

        if (string.IsNullOrEmpty(email))
        {
            fouten.Add(new Fout("Email", "Vul het e-mailadres van de nieuwe trekker in."));
        }
        else if (Tekstlengte.Controleer("Email", "Het e-mailadres van de nieuwe trekker", email, Persoonsvelden.MaxEmail) is { } teLang)
        {
            fouten.Add(teLang);
        }
        else if (!MailAddress.TryCreate(email, out var adres) || adres.Address != email)
        {
            fouten.Add(new Fout("Email", $"'{email}' is geen geldig e-mailadres, bijvoorbeeld naam@amsterdam.nl."));
        }

        var urenTekst = velden.GetValueOrDefault("UrenPerWeek");
        var (minimumUren, uitAfspraak) = await minimum.VoorInstantieAsync(context.InstantieId, cancellationToken);
        if (Trekkeruren.Controleer(urenTekst, minimumUren, uitAfspraak) is { } urenFout)
        {
            fouten.Add(urenFout);
        }

        var vanTekst = velden.GetValueOrDefault("Van");
        var van = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Moment, Tijd.Amsterdam).DateTime);
        if (!string.IsNullOrWhiteSpace(vanTekst) && !DateOnly.TryParseExact(vanTekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out van))
        {
            fouten.Add(new Fout("Van", $"'{vanTekst}' is geen datum; kies de eerste dag van de trekker."));
        }

        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        Getallen.ProbeerDecimaal(urenTekst, out var uren);
        var gebeurtenis = new TrekkerBenoemd(directie.Id, bestaande?.Id, bestaande is null ? naam : null, bestaande is null ? email : null,
            uren!.Value, van, context.Door.Id, context.Door.Naam);
        // The directie's current trekker named again: Organisatie changes that trekker's hours (TrekkerBenoemdHandler), so the
        // history says so instead of claiming an appointment.
        var huidige = bestaande is null ? null
            : (await organisatie.TrekkersAsync(directie.Id, van, cancellationToken)).FirstOrDefault(t => t.Persoon.Id == bestaande.Id);
        var nieuweUren = uren.Value.ToString("0.#", Nederlands.Cultuur);
        var samenvatting = huidige is null
            ? $"{naam} benoemd tot trekker van {directie.Afkorting} met {nieuweUren} uur per week, vanaf {Nederlands.Datum(van)}."
            : $"{huidige.Persoon.Naam} blijft trekker van {directie.Afkorting}, nu met {nieuweUren} uur per week"
              + (huidige.UrenPerWeek is { } oud ? $" (was {oud.ToString("0.#", Nederlands.Cultuur)})." : ".");
        return FormulierUitkomst.Gelukt(samenvatting,
            new IntegratieGebeurtenis(TrekkerBenoemd.Type, $"taak:{context.TaakId}", JsonSerializer.Serialize(gebeurtenis, JsonSerializerOptions.Web)));
    }
}
