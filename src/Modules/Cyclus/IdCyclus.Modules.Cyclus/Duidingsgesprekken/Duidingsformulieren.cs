using System.Globalization;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// "Plan het duidingsgesprek": date, times, place or link and other participants. The definitive report must exist (the
/// section is then readable for the clusterdirecteur, ADR 0025). The planning is kept as the task's completed fields;
/// the invitation (ICS) is made from them on the conversation page. Writes nothing itself.
/// </summary>
internal sealed class DuidingsgesprekPlannenFormulier(IWorkflowLezer lezer, IRapportageQueries rapportage) : ITaakFormulier
{
    public string Naam => Duidingsgesprekken.PlannenFormulier;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var jaar = await Duidingsformulier.JaarAsync(lezer, context, cancellationToken);
        if (jaar is null || context.Bereik is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij de duidingsgesprekken van een rapportjaar.")]);
        }

        if (await rapportage.GepubliceerdAsync(jaar.Value, cancellationToken) is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, $"Het definitieve rapport {jaar} is nog niet gepubliceerd; plan het gesprek daarna.")]);
        }

        var (planning, fouten) = Gespreksplanningregels.Controleer(velden, context.Moment);
        if (planning is null)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        var sectie = (await rapportage.SectiesVoorClusterdirecteurAsync(jaar.Value, [context.Bereik], cancellationToken))
            .FirstOrDefault(s => s.ClusterId == context.Bereik);
        var gedeeld = sectie is null ? "" : $" De clusterdirecteur leest de sectie {sectie.Naam} ({sectie.Bron}) op {sectie.Pad}.";
        // The invitation with its ICS attached goes to the clusterdirecteur and the extra participants (no role holders,
        // so the workflow's own message does not reach them) through this event (ADR 0029, 0027).
        return FormulierUitkomst.Gelukt($"Duidingsgesprek gepland op {planning.Omschrijving()}.{gedeeld}",
            [new DuidingsgesprekGepland(context.InstantieId, 0, []).AlsGebeurtenis()]);
    }
}

/// <summary>
/// "Leg de uitkomst vast": the summary and the agreements per directie of the section. Each agreement is an event for
/// Opvolging (source duidingsgesprek) under its own key, so a redelivery or one refusal never doubles or drops another;
/// one more event starts the clusterdirecteur's tasks per directeur of this section (<see cref="NabesprekenStartenHandler"/>).
/// </summary>
internal sealed class DuidingsgesprekUitkomstFormulier(IWorkflowLezer lezer, IOrganisatieQueries organisatie, Gesprekken gesprekken) : ITaakFormulier
{
    public string Naam => Duidingsgesprekken.UitkomstFormulier;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var jaar = await Duidingsformulier.JaarAsync(lezer, context, cancellationToken);
        if (jaar is null || context.Bereik is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij de duidingsgesprekken van een rapportjaar.")]);
        }

        // A cancelled conversation was not held (ADR 0027): plan it again first, then record what came out of it.
        if (await gesprekken.VindAsync(context.InstantieId, cancellationToken) is { IsGeannuleerd: true } geannuleerd)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty,
                $"Het duidingsgesprek is geannuleerd. Plan het opnieuw op {geannuleerd.Pad}/verplaatsen en leg daarna de uitkomst vast.")]);
        }

        var vandaag = CyclusFormulieren.Datum(context.Moment);
        var directies = await Duidingsformulier.DirectiesVanClusterAsync(organisatie, context.Bereik, vandaag, cancellationToken);
        var (uitkomst, afspraken, fouten) = Uitkomstregels.Controleer(velden, directies, vandaag);
        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        var gebeurtenissen = afspraken.Select(a => new IntegratieGebeurtenis(
            DuidingsafspraakGemaakt.Type,
            string.Create(CultureInfo.InvariantCulture, $"taak:{context.TaakId}:afspraak:{a.Regel}"),
            System.Text.Json.JsonSerializer.Serialize(
                // Only what the accounthouder typed: Opvolging's title already names the kind, and repeating its label as the
                // description made every task title and mail say it twice.
                new DuidingsafspraakGemaakt(jaar.Value, context.Bereik, a.Directie.Id, a.Soort, a.Omschrijving ?? "", a.Deadline,
                    a.Soort == Duidingsafspraaksoort.TrekkerBenoemd ? Uitkomstregels.TrekkerUren : null, context.Door.Id, context.Door.Naam),
                System.Text.Json.JsonSerializerOptions.Web)))
            .Append(new DuidingsuitkomstVastgelegd(context.InstantieId, context.Bereik, context.Moment).AlsGebeurtenis()).ToArray();
        var lijst = afspraken.Count == 0
            ? " Geen afspraken."
            : " Afspraken: " + string.Join("; ", afspraken.Select(a =>
                $"{a.Directie.Weergavenaam}: {a.Tekst} (deadline {Nederlands.Datum(a.Deadline)})")) + ".";
        return FormulierUitkomst.Gelukt($"Uitkomst: {uitkomst}{lijst}", gebeurtenissen);
    }
}

/// <summary>"Bespreek de uitkomst met de directeur": the day of that conversation (not in the future) and a short note.</summary>
internal sealed class DuidingNabesprekenFormulier : ITaakFormulier
{
    public const int MaxNotitie = 1000;

    public string Naam => Duidingsgesprekken.NabesprekenFormulier;

    public Task<FormulierUitkomst> VerwerkAsync(FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var fouten = new List<Fout>();
        var vandaag = CyclusFormulieren.Datum(context.Moment);
        var datumTekst = CyclusFormulieren.Tekst(velden, "Datum");
        DateOnly datum = default;
        if (datumTekst is null)
        {
            fouten.Add(new Fout("Datum", "Vul in op welke dag u het gesprek met de directeur voerde."));
        }
        else if (!DateOnly.TryParseExact(datumTekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out datum))
        {
            fouten.Add(new Fout("Datum", $"‘{datumTekst}’ is geen datum; schrijf jjjj-mm-dd."));
        }
        else if (datum > vandaag)
        {
            fouten.Add(new Fout("Datum", $"{Nederlands.Datum(datum)} ligt in de toekomst; rond de taak af nadat het gesprek is gevoerd."));
        }

        var notitie = CyclusFormulieren.Tekst(velden, "Notitie");
        if (notitie is null)
        {
            fouten.Add(new Fout("Notitie", "Schrijf in het kort wat u met de directeur besprak."));
        }
        else if (notitie.Length > MaxNotitie)
        {
            fouten.Add(new Fout("Notitie", $"De notitie is {notitie.Length} tekens lang; het maximum is {MaxNotitie}."));
        }

        return Task.FromResult(fouten.Count > 0
            ? FormulierUitkomst.Fout(fouten)
            : FormulierUitkomst.Gelukt($"Besproken met de directeur op {Nederlands.Datum(datum)}: {notitie}"));
    }
}

internal static class Duidingsformulier
{
    /// <summary>The report year from the task's workflow (a child instance's definition id is its parent's).</summary>
    public static async Task<int?> JaarAsync(IWorkflowLezer lezer, FormulierContext context, CancellationToken ct) =>
        await lezer.InstantieAsync(context.InstantieId, ct) is { } instantie ? Duidingsgesprekken.Jaar(instantie.DefinitieId) : null;

    public static async Task<IReadOnlyList<DirectieGegevens>> DirectiesVanClusterAsync(
        IOrganisatieQueries organisatie, string clusterId, DateOnly datum, CancellationToken ct) =>
        (await organisatie.ActieveDirectiesAsync(datum, ct)).Where(d => d.ClusterId == clusterId).OrderBy(d => d.Weergavenaam, Nederlands.Sortering).ToList();
}
