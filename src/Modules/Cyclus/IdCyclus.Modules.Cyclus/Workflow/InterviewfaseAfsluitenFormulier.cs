using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// Bureau closes the interview phase. Directies without a final interview do not stop it, but Bureau must explain why the
/// report goes on without them; the summary names them, so the history shows what was missing.
/// </summary>
internal sealed class InterviewfaseAfsluitenFormulier(IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, ICyclusjaar cyclusjaar) : ITaakFormulier
{
    public const string Formuliernaam = "interviewfase-afsluiten";

    public string Naam => Formuliernaam;

    /// <summary>The directies active on the date whose interview of the year is not final, by name; also shown on the task page.</summary>
    public static async Task<IReadOnlyList<DirectieGegevens>> OntbrekendAsync(
        IVragenlijstQueries vragenlijst, IOrganisatieQueries organisatie, int jaar, DateOnly datum, CancellationToken ct)
    {
        var definitief = (await vragenlijst.InterviewsAsync(jaar, ct)).Where(i => i.Status == InterviewStatus.Definitief).Select(i => i.DirectieId).ToHashSet();
        return (await organisatie.ActieveDirectiesAsync(datum, ct)).Where(d => !definitief.Contains(d.Id))
            .OrderBy(d => d.Weergavenaam, Nederlands.Sortering).ToList();
    }

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        var jaar = cyclusjaar.Van(context);
        var ontbrekend = await OntbrekendAsync(vragenlijst, organisatie, jaar, CyclusFormulieren.Datum(context.Moment), cancellationToken);
        var toelichting = CyclusFormulieren.Tekst(velden, "Toelichting");
        if (ontbrekend.Count == 0)
        {
            return FormulierUitkomst.Gelukt(
                $"Interviewfase {jaar} gesloten; alle interviews zijn definitief.{(toelichting is null ? "" : $" Toelichting: {toelichting}")}");
        }

        var namen = string.Join(", ", ontbrekend.Select(d => d.Afkorting));
        if (toelichting is null)
        {
            return FormulierUitkomst.Fout([new Fout("Toelichting",
                $"Licht toe waarom de interviewfase sluit terwijl {ontbrekend.Count} interview(s) nog niet definitief zijn ({namen}).")]);
        }

        if (toelichting.Length > CyclusFormulieren.MaxTekst)
        {
            return FormulierUitkomst.Fout([new Fout(
                "Toelichting",
                $"De toelichting is {toelichting.Length} tekens lang; het maximum is {CyclusFormulieren.MaxTekst}.")]);
        }

        return FormulierUitkomst.Gelukt(
            $"Interviewfase {jaar} gesloten zonder definitief interview van {ontbrekend.Count} directie(s): {namen}. Toelichting: {toelichting}");
    }
}
