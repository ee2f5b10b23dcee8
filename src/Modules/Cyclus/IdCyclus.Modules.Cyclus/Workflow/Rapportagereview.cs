using System.Globalization;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// The werkgroep review of the draft report (the cycle's second werkgroep session) as a workflow: one definition
/// <c>rapportage-review-{jaar}</c> per year, one version per review round (the round's concept number), so the round's
/// deadline is a fixed date in it (as the cycle's milestones are; ADR 0017). The task's step id names the year and the
/// concept version, so the form knows which round it completes without reading the runtime's tables.
/// </summary>
internal static class Rapportagereview
{
    public const string IdPrefix = "rapportage-review-";

    private const string StapPrefix = "review-";

    public static string DefinitieId(int jaar) => IdPrefix + jaar.ToString(CultureInfo.InvariantCulture);

    public static string StapId(int jaar, int conceptnummer) => string.Create(CultureInfo.InvariantCulture, $"{StapPrefix}{jaar}-concept-{conceptnummer}");

    /// <summary>The year and concept version of a review task's step id, or null for any other step.</summary>
    public static (int Jaar, int Conceptnummer)? Lees(string stapId)
    {
        var delen = stapId.StartsWith(StapPrefix, StringComparison.Ordinal) ? stapId[StapPrefix.Length..].Split("-concept-") : [];
        return delen.Length == 2
               && int.TryParse(delen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
               && int.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nummer)
            ? (jaar, nummer)
            : null;
    }

    /// <summary>
    /// A task per werkgroep member, due at the round's deadline; reminders three days and one day before; the day after
    /// the deadline (the round has then closed for comments) Bureau hears who did not finish. No working-day shift:
    /// the deadline is the date Bureau chose for the round.
    /// </summary>
    public static string Maak(ReviewrondeGegevens ronde)
    {
        var datum = Nederlands.Datum(ronde.Deadline);
        var definitie = new WorkflowDefinitie
        {
            Id = DefinitieId(ronde.Jaar),
            Naam = $"Review Voortgangsrapportage {ronde.Jaar}",
            Versie = ronde.Conceptnummer,
            Omschrijving = $"De werkgroep leest conceptversie {ronde.Conceptnummer} van de Voortgangsrapportage {ronde.Jaar} en plaatst opmerkingen per "
                + $"tekstblok, tot en met {datum}. Bureau handelt elke opmerking af.",
            Stappen =
            [
                new PerItemStap
                {
                    Id = "werkgroep", Naam = "Werkgroep: concept van de rapportage", Collectie = Werkgroepleden.Collectienaam,
                    Stappen =
                    [
                        new TaakStap
                        {
                            Id = StapId(ronde.Jaar, ronde.Conceptnummer), Naam = "Lees het concept van de Voortgangsrapportage",
                            Omschrijving =
                                $"Als lid van de werkgroep voortgangsrapportage leest u conceptversie {ronde.Conceptnummer} van de Voortgangsrapportage "
                                + $"{ronde.Jaar} op {ronde.Pad} en plaatst u uw opmerkingen bij het tekstblok waar ze over gaan, tot en met {datum}. "
                                + "Rond deze taak af als u het concept hebt gelezen en uw opmerkingen hebt geplaatst. Bureau I&D handelt elke opmerking af.",
                            Rol = OrganisatieRollen.Persoon, Bereik = Bereik.Item, Formulier = RapportageReviewFormulier.Formuliernaam,
                            Deadline = new DatumTermijn(ronde.Deadline),
                            Herinneringen = [IsoDuur.Parse("P3D"), IsoDuur.Parse("P1D")],
                            Escalaties = [new Escalatie(IsoDuur.Parse("P1D"), OrganisatieRollen.Bureau, "escalatie")],
                        },
                    ],
                },
            ],
        };
        return WorkflowDefinitieSchrijver.Schrijf(definitie);
    }
}

/// <summary>
/// Starts the review tasks of a round (Rapportage knows only <see cref="IWerkgroepreview"/>): publishes the round's
/// version of the definition and starts it once, under a unique key per round, so a second call changes nothing.
/// </summary>
internal sealed class WerkgroepreviewStarter(WorkflowMotor motor, TimeProvider klok) : IWerkgroepreview
{
    public async Task StartAsync(ReviewrondeGegevens ronde, string doorNaam, CancellationToken cancellationToken = default)
    {
        var gepubliceerd = await motor.PubliceerAsync(Rapportagereview.Maak(ronde), doorNaam, cancellationToken);
        if (!gepubliceerd.IsGelukt)
        {
            throw new InvalidOperationException(string.Join("; ", gepubliceerd.Fouten.Select(f => f.Melding)));
        }

        var sleutel = string.Create(CultureInfo.InvariantCulture, $"rapportage-review:{ronde.Jaar}:{ronde.Conceptnummer}");
        var gestart = await motor.StartAsync(
            Rapportagereview.DefinitieId(ronde.Jaar), ronde.Conceptnummer, klok.GetUtcNow(), new Handelende(null, doorNaam), cancellationToken, sleutel);
        // The runtime refuses a second start of the same key with a message on "Workflow": that round has its tasks.
        if (!gestart.IsGelukt && gestart.Fouten.Any(f => f.Veld != "Workflow"))
        {
            throw new InvalidOperationException(string.Join("; ", gestart.Fouten.Select(f => f.Melding)));
        }
    }
}

/// <summary>
/// "Lees het concept van de Voortgangsrapportage": completing says "I have read the concept text and placed my
/// comments". The comments themselves are placed on the review page (anchored to a block); this form only records that
/// the member is done, as an integration event to Rapportage.
/// </summary>
internal sealed class RapportageReviewFormulier(IRapportageQueries rapportage) : ITaakFormulier
{
    public const string Formuliernaam = "rapportage-review";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        var ronde = Rapportagereview.Lees(context.StapId) is { } r ? await rapportage.ReviewrondeAsync(r.Jaar, r.Conceptnummer, cancellationToken) : null;
        if (ronde is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij een review van de Voortgangsrapportage.")]);
        }

        if (!string.Equals(CyclusFormulieren.Tekst(velden, "Gelezen"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return FormulierUitkomst.Fout([new Fout("Gelezen", "Bevestig dat u het concept hebt gelezen en uw opmerkingen hebt geplaatst.")]);
        }

        // The scope of the task is the member (collection "werkgroepleden"); only they can say they have read it.
        if (!Guid.TryParse(context.Bereik, out var persoon) || persoon != context.Door.Id)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Alleen het werkgroeplid van deze taak kan zeggen dat het concept gelezen is.")]);
        }

        return FormulierUitkomst.Gelukt(
            $"Conceptversie {ronde.Conceptnummer} van de Voortgangsrapportage {ronde.Jaar} gelezen; opmerkingen geplaatst op {ronde.Pad}.",
            CyclusFormulieren.Gebeurtenis(
                ReviewAfgerond.Type,
                context,
                new ReviewAfgerond(ronde.Jaar, ronde.Conceptnummer, persoon, context.Door.Naam, context.Moment)));
    }
}
