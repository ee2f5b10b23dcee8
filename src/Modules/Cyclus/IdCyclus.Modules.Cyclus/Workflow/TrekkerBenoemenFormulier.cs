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

        // The directie's current trekker named again: Organisatie changes that trekker's hours (TrekkerBenoemdHandler), so the
        // history says so instead of claiming an appointment.
        var huidige = bestaande is null || fouten.Count > 0 ? null
            : (await organisatie.TrekkersAsync(directie.Id, van, cancellationToken)).FirstOrDefault(t => t.Persoon.Id == bestaande.Id);
        if (fouten.Count == 0 && huidige is null)
        {
            fouten.AddRange(await NieuweToewijzingAsync(directie, bestaande, van, cancellationToken));
        }

        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        Getallen.ProbeerDecimaal(urenTekst, out var uren);
        var gebeurtenis = new TrekkerBenoemd(directie.Id, bestaande?.Id, bestaande is null ? naam : null, bestaande is null ? email : null,
            uren!.Value, van, context.Door.Id, context.Door.Naam);
        var nieuweUren = uren.Value.ToString("0.#", Nederlands.Cultuur);
        var samenvatting = huidige is null
            ? $"{naam} benoemd tot trekker van {directie.Afkorting} met {nieuweUren} uur per week, vanaf {Nederlands.Datum(van)}."
            : $"{huidige.Persoon.Naam} blijft trekker van {directie.Afkorting}, nu met {nieuweUren} uur per week"
              + (huidige.UrenPerWeek is { } oud ? $" (was {oud.ToString("0.#", Nederlands.Cultuur)})." : ".");
        return FormulierUitkomst.Gelukt(samenvatting,
            new IntegratieGebeurtenis(TrekkerBenoemd.Type, $"taak:{context.TaakId}", JsonSerializer.Serialize(gebeurtenis, JsonSerializerOptions.Web)));
    }

    /// <summary>
    /// What Organisatie's role rules would refuse for a new assignment from <paramref name="van"/>, asked here: the task is
    /// completed before Organisatie records the trekker, and a refusal there would leave the directeur's answer stuck as an
    /// incident for Bureau instead of a message next to the field.
    /// </summary>
    private async Task<IReadOnlyList<Fout>> NieuweToewijzingAsync(DirectieGegevens directie, PersoonGegevens? bestaande, DateOnly van, CancellationToken ct)
    {
        if (directie.ActiefVanaf is { } begin && van < begin)
        {
            return [new Fout("Van", $"{directie.Afkorting} bestaat pas vanaf {Nederlands.Datum(begin)}; kies als eerste dag die dag of later.")];
        }

        if (directie.ActiefTot is { } einde)
        {
            return [new Fout("Van", $"{directie.Afkorting} bestaat tot en met {Nederlands.Datum(einde)}; een nieuwe trekker kan hier niet meer worden "
                + "benoemd. Bureau I&D legt de rollen van deze directie vast.")];
        }

        var later = bestaande is null ? null
            : (await organisatie.TrekkerhistorieAsync(directie.Id, ct)).Where(t => t.Persoon.Id == bestaande.Id && t.Van > van).MinBy(t => t.Van);
        return later is null ? [] :
        [
            new Fout("Van", $"{bestaande!.Naam} is vanaf {Nederlands.Datum(later.Van)} al trekker van {directie.Afkorting}; kies als eerste dag "
                + $"{Nederlands.Datum(later.Van)} of later, dan krijgt die trekker de uren die u invult."),
        ];
    }
}
