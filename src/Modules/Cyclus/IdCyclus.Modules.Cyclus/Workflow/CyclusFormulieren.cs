using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>What the cycle's forms share: the directie of a task's scope, the date in Amsterdam, the event and the interview link.</summary>
internal static class CyclusFormulieren
{
    public const int MaxTekst = 4000;

    public static Fout GeenDirectie { get; } = new(string.Empty, "Deze taak hoort niet bij een bestaande directie.");

    public static async Task<DirectieGegevens?> DirectieAsync(IOrganisatieQueries organisatie, FormulierContext context, CancellationToken ct) =>
        Guid.TryParse(context.Bereik, out var id) ? await organisatie.DirectieAsync(id, ct) : null;

    public static DateOnly Datum(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam).DateTime);

    public static string InterviewLink(int jaar, Guid directieId, Guid taakId) => $"/interviews/{jaar}/{directieId}?taak={taakId}";

    public static string? Tekst(IReadOnlyDictionary<string, string?> velden, string naam) =>
        velden.GetValueOrDefault(naam)?.Trim() is { Length: > 0 } tekst ? tekst : null;

    /// <summary>The key is the task, so a redelivered or re-run completion can never produce a second event for it.</summary>
    public static IntegratieGebeurtenis Gebeurtenis<T>(string type, FormulierContext context, T inhoud) =>
        new(type, $"taak:{context.TaakId}", JsonSerializer.Serialize(inhoud, JsonSerializerOptions.Web));

    /// <summary>The version the person saw, when posted; "0" or text counts as a version that never matches.</summary>
    public static int? Versie(IReadOnlyDictionary<string, string?> velden) =>
        Tekst(velden, "InterviewVersie") is { } tekst ? int.TryParse(tekst, out var versie) ? versie : -1 : null;

    public const string AntwoordenGewijzigd =
        "De antwoorden zijn gewijzigd sinds u de pagina opende; open de interviewpagina opnieuw, bekijk de actuele antwoorden en probeer het daarna nog eens.";
}

/// <summary>The directie of an interview task, the cycle year of its instance, and the interview's state (null: not started).</summary>
internal sealed record Interviewtaak(DirectieGegevens Directie, int Jaar, InterviewGegevens? Interview);

/// <summary>
/// The three interview forms (plan, submit, confirm) all start from the same facts: the directie the task is for, the
/// cycle year and where the interview stands in Vragenlijst. Reading them is done once, here.
/// </summary>
internal abstract class InterviewFormulier(IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, ICyclusjaar cyclusjaar) : ITaakFormulier
{
    public abstract string Naam { get; }

    protected IVragenlijstQueries Vragenlijst => vragenlijst;

    protected IOrganisatieQueries Organisatie => organisatie;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        if (await CyclusFormulieren.DirectieAsync(organisatie, context, cancellationToken) is not { } directie)
        {
            return FormulierUitkomst.Fout([CyclusFormulieren.GeenDirectie]);
        }

        var jaar = cyclusjaar.Van(context);
        var interview = await vragenlijst.InterviewAsync(jaar, directie.Id, cancellationToken);
        return await VerwerkAsync(new Interviewtaak(directie, jaar, interview), context, velden, cancellationToken);
    }

    protected abstract Task<FormulierUitkomst> VerwerkAsync(
        Interviewtaak taak, FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken);
}

/// <summary>
/// Bureau confirms that the year's questionnaire is published and the organisation data (trekkers, directeuren,
/// accounthouders) is right; only then does the vooraankondiging go out.
/// </summary>
internal sealed class VoorbereidingBevestigenFormulier(IVragenlijstQueries vragenlijst, ICyclusjaar cyclusjaar) : ITaakFormulier
{
    public const string Formuliernaam = "voorbereiding-bevestigen";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        var jaar = cyclusjaar.Van(context);
        var versie = await vragenlijst.GepubliceerdeVersieAsync(jaar, cancellationToken);
        var fouten = new List<Fout>();
        if (versie is null)
        {
            fouten.Add(new Fout(string.Empty, $"Publiceer eerst de vragenlijst voor {jaar} op /vragenlijsten."));
        }

        if (!string.Equals(CyclusFormulieren.Tekst(velden, "OrganisatieGecontroleerd"), "true", StringComparison.OrdinalIgnoreCase))
        {
            fouten.Add(new Fout("OrganisatieGecontroleerd", "Bevestig dat de organisatiegegevens kloppen."));
        }

        return fouten.Count > 0
            ? FormulierUitkomst.Fout(fouten)
            : FormulierUitkomst.Gelukt(
                $"Vragenlijst '{versie!.Naam}' ({versie.AantalVragen} vragen, maximaal {versie.MaxScore} punten) bevestigd voor {jaar}; "
                + "organisatiegegevens gecontroleerd.");
    }
}

/// <summary>A werkgroep member's reaction to the plan van aanpak. It goes into the history, where Bureau collects them.</summary>
internal sealed class WerkgroepReactieFormulier : ITaakFormulier
{
    public const string Formuliernaam = "werkgroep-reactie";

    public string Naam => Formuliernaam;

    public Task<FormulierUitkomst> VerwerkAsync(FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var reactie = CyclusFormulieren.Tekst(velden, "Reactie");
        return Task.FromResult(reactie switch
        {
            null => FormulierUitkomst.Fout([new Fout("Reactie", "Schrijf uw reactie op het plan van aanpak.")]),
            { Length: > CyclusFormulieren.MaxTekst } => FormulierUitkomst.Fout([new Fout("Reactie",
                $"Uw reactie is {reactie.Length} tekens lang; het maximum is {CyclusFormulieren.MaxTekst}. "
                + "Maak haar korter of stuur de rest per mail aan Bureau I&D.")]),
            _ => FormulierUitkomst.Gelukt($"Reactie op het plan van aanpak: {reactie}"),
        });
    }
}

/// <summary>The accounthouder has planned the interview. The date itself lives in Vragenlijst; this form only checks it is there.</summary>
internal sealed class InterviewPlannenFormulier(IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, ICyclusjaar cyclusjaar)
    : InterviewFormulier(vragenlijst, organisatie, cyclusjaar)
{
    public const string Formuliernaam = "interview-plannen";

    public override string Naam => Formuliernaam;

    protected override async Task<FormulierUitkomst> VerwerkAsync(
        Interviewtaak taak, FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var (directie, jaar, interview) = taak;
        if (interview?.GeplandOp is null && CyclusFormulieren.Tekst(velden, "GeplandOp") is { } tekst)
        {
            if (!DateOnly.TryParseExact(
                tekst,
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None,
                out var dag))
            {
                return FormulierUitkomst.Fout([new Fout("GeplandOp", $"'{tekst}' is geen datum; schrijf jjjj-mm-dd.")]);
            }

            var moment = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(new TimeOnly(10, 0)), Tijd.Amsterdam), TimeSpan.Zero);
            return FormulierUitkomst.Gelukt(
                $"Interview van {directie.Afkorting} gepland op {Nederlands.Datum(dag)} om 10:00.",
                CyclusFormulieren.Gebeurtenis(InterviewGepland.Type, context, new InterviewGepland(jaar, directie.Id, moment, context.Door.Naam)));
        }

        return interview?.GeplandOp is { } gepland
            ? FormulierUitkomst.Gelukt($"Interview van {directie.Afkorting} gepland op {Nederlands.DatumTijd(gepland)}.")
            : FormulierUitkomst.Fout([new Fout(string.Empty,
                $"Plan eerst het interview op de interviewpagina: {CyclusFormulieren.InterviewLink(jaar, directie.Id, context.TaakId)}. "
                + "Daarna kunt u deze taak afronden.")]);
    }
}

/// <summary>
/// The accounthouder submits the interview for the respondent's confirmation. Either the concept saved on the interview
/// page (the version the accounthouder saw must still be the current one), or answers posted with the form (item →
/// score or text, as in the import format): the path for API clients and a simulation's scripted actors.
/// </summary>
internal sealed class InterviewIndienenFormulier(IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, ICyclusjaar cyclusjaar)
    : InterviewFormulier(vragenlijst, organisatie, cyclusjaar)
{
    public const string Formuliernaam = "interview-indienen";

    public override string Naam => Formuliernaam;

    protected override async Task<FormulierUitkomst> VerwerkAsync(
        Interviewtaak taak, FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var (directie, jaar, interview) = taak;
        var respondenttype = CyclusFormulieren.Tekst(velden, "Respondenttype");
        if (interview?.Status == InterviewStatus.Ingediend)
        {
            return FormulierUitkomst.Fout([new Fout(
                string.Empty,
                $"Het interview van {directie.Afkorting} is al ingediend; de respondent bevestigt nu de antwoorden.")]);
        }

        if (interview?.Status == InterviewStatus.Definitief)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, $"Het interview van {directie.Afkorting} is al definitief.")]);
        }

        // Submitting the saved concept is a change too (it locks the answers for the respondent): on the interview page
        // only Bureau and the cluster's accounthouder may submit, so the task form asks the same of both paths.
        if (!await InterviewRechten.MagAntwoordenWijzigenAsync(
            Organisatie,
            context.Door.Id,
            directie,
            CyclusFormulieren.Datum(context.Moment),
            cancellationToken))
        {
            return FormulierUitkomst.Fout([InterviewRechten.AntwoordenNietToegestaan]);
        }

        var door = new InterviewIngediend(jaar, directie.Id, null, respondenttype, null, context.Door.Id, context.Door.Naam);
        if (CyclusFormulieren.Tekst(velden, "Antwoorden") is not { } antwoordenJson)
        {
            if (interview is null)
            {
                return FormulierUitkomst.Fout([new Fout(string.Empty,
                    $"Er is nog geen interview van {directie.Afkorting} voor {jaar}. Vul eerst de vragenlijst in op de interviewpagina: "
                    + $"{CyclusFormulieren.InterviewLink(jaar, directie.Id, context.TaakId)}.")]);
            }

            if (CyclusFormulieren.Versie(velden) != interview.Versie)
            {
                return FormulierUitkomst.Fout([new Fout("InterviewVersie", CyclusFormulieren.AntwoordenGewijzigd)]);
            }

            return FormulierUitkomst.Gelukt(
                $"Interview van {directie.Afkorting} ingediend ({interview.Beantwoord} beantwoord, {interview.Ontbreekt} open) ter bevestiging door de "
                + "respondent.",
                CyclusFormulieren.Gebeurtenis(InterviewIngediend.Type, context, door with { Versie = interview.Versie }));
        }

        if (!ProbeerAntwoorden(antwoordenJson, out var antwoorden))
        {
            return FormulierUitkomst.Fout([new Fout(
                "Antwoorden",
                "De antwoorden zijn geen JSON-object van vraagnummer naar score of tekst, bijvoorbeeld {\"1\": \"2\", \"6\": \"ja\"}.")]);
        }

        var fouten = await Vragenlijst.ControleerAntwoordenAsync(jaar, antwoorden, respondenttype, cancellationToken);
        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten.Select(f => new Fout(f.Veld, f.Melding)).ToList());
        }

        return FormulierUitkomst.Gelukt(
            $"Interview van {directie.Afkorting} ingediend met {antwoorden.Count} antwoord(en), respondent: {respondenttype ?? "niet opgegeven"}.",
            CyclusFormulieren.Gebeurtenis(InterviewIngediend.Type, context, door with { Versie = interview?.Versie, Antwoorden = antwoorden }));
    }

    private static bool ProbeerAntwoorden(string json, out Dictionary<string, string> antwoorden)
    {
        antwoorden = [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var eigenschap in document.RootElement.EnumerateObject())
            {
                antwoorden[eigenschap.Name] = eigenschap.Value.ValueKind switch
                {
                    JsonValueKind.String => eigenschap.Value.GetString()!,
                    JsonValueKind.Number => eigenschap.Value.GetRawText(),
                    _ => throw new JsonException(),
                };
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>
/// The respondent confirms the submitted answers; the interview becomes final. Bureau may fix the answers without the
/// respondent (who never confirmed), but then has to say why, so the report can account for it.
/// </summary>
internal sealed class InterviewBevestigenFormulier(IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, ICyclusjaar cyclusjaar)
    : InterviewFormulier(vragenlijst, organisatie, cyclusjaar)
{
    public const string Formuliernaam = "interview-bevestigen";

    public override string Naam => Formuliernaam;

    protected override async Task<FormulierUitkomst> VerwerkAsync(
        Interviewtaak taak, FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var (directie, jaar, interview) = taak;
        if (interview?.Status == InterviewStatus.Definitief)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, $"Het interview van {directie.Afkorting} is al definitief.")]);
        }

        if (interview?.Status != InterviewStatus.Ingediend)
        {
            return FormulierUitkomst.Fout([new Fout(
                string.Empty,
                $"Het interview van {directie.Afkorting} is nog niet ingediend; er valt nog niets te bevestigen.")]);
        }

        var gezien = CyclusFormulieren.Versie(velden);
        var fouten = new List<Fout>();
        if (gezien is not null && gezien != interview.Versie)
        {
            fouten.Add(new Fout("InterviewVersie", CyclusFormulieren.AntwoordenGewijzigd));
        }

        var opmerking = CyclusFormulieren.Tekst(velden, "Opmerking");
        if (opmerking?.Length > CyclusFormulieren.MaxTekst)
        {
            fouten.Add(new Fout("Opmerking", $"Uw opmerking is {opmerking.Length} tekens lang; het maximum is {CyclusFormulieren.MaxTekst}."));
        }

        var datum = CyclusFormulieren.Datum(context.Moment);
        var vanDirectie = new List<RolGegevens>();
        foreach (var rol in new[] { Rol.Trekker, Rol.Directeur, Rol.MtLid })
        {
            vanDirectie.AddRange(await Organisatie.RolhoudersAsync(rol, datum, directie.Id, cancellationToken: cancellationToken));
        }

        var doorBureau = vanDirectie.All(r => r.Persoon.Id != context.Door.Id);
        if (doorBureau && !await InterviewRechten.IsBureauAsync(Organisatie, context.Door.Id, datum, cancellationToken))
        {
            // Before, anyone outside the directie counted as Bureau; now someone who is neither is refused.
            return FormulierUitkomst.Fout([InterviewRechten.BevestigenNietToegestaan]);
        }

        var reden = CyclusFormulieren.Tekst(velden, "Reden");
        if (doorBureau && reden is null)
        {
            fouten.Add(new Fout("Reden", "Geef de reden waarom Bureau de antwoorden zonder bevestiging van de respondent vaststelt."));
        }
        else if (reden?.Length > CyclusFormulieren.MaxTekst)
        {
            fouten.Add(new Fout("Reden", $"De reden is {reden.Length} tekens lang; het maximum is {CyclusFormulieren.MaxTekst}."));
        }

        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        var vastgelegd = doorBureau ? string.Join(" ", new[] { reden, opmerking }.Where(t => t is not null)) : opmerking;
        return FormulierUitkomst.Gelukt(
            doorBureau
                ? $"Antwoorden van {directie.Afkorting} door Bureau vastgesteld zonder bevestiging van de respondent. Reden: {reden}"
                : $"Antwoorden van {directie.Afkorting} bevestigd door de respondent.{(opmerking is null ? "" : $" Opmerking: {opmerking}")}",
            CyclusFormulieren.Gebeurtenis(InterviewBevestigd.Type, context,
                new InterviewBevestigd(jaar, directie.Id, gezien, context.Door.Id, context.Door.Naam, doorBureau, vastgelegd)));
    }
}
