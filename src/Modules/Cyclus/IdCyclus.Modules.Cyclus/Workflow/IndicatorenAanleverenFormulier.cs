using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// The data-analist's "Lever de indicatoren van {jaar} aan": done when every indicator of the report year has a figure
/// for its peiljaar or an explained gap (a CBS symbol . or x), as Indicatoren reports it. Until then it is refused,
/// naming what is missing.
/// </summary>
internal sealed class IndicatorenAanleverenFormulier(IIndicatorenQueries indicatoren, ICyclusjaar cyclusjaar) : ITaakFormulier
{
    public const string Formuliernaam = "indicatoren-aanleveren";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        var jaar = cyclusjaar.Van(context);
        var status = await indicatoren.AanleverstatusAsync(jaar, cancellationToken);
        if (status.Indicatoren.Count == 0)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, $"Er zijn geen indicatoren gedefinieerd voor {jaar}.")]);
        }

        if (!status.IsCompleet)
        {
            var ontbrekend = string.Join(", ", status.Ontbrekend.Select(i => $"{i.Naam} ({i.Peiljaar})"));
            return FormulierUitkomst.Fout([new Fout(string.Empty,
                $"Nog niet alle indicatoren van {jaar} zijn aangeleverd. Ontbreekt: {ontbrekend}. "
                + "Importeer ze op /indicatoren/importeren, of lever '.' (gegevens ontbreken) met een toelichting aan.")]);
        }

        return FormulierUitkomst.Gelukt(
            $"Indicatoren van {jaar} aangeleverd: {status.Indicatoren.Sum(i => i.AantalWaarden)} cijfers, {status.Indicatoren.Sum(i => i.AantalVerklaard)} "
            + "verklaard ontbrekend.");
    }
}

/// <summary>Used only when the host has not registered Indicatoren: the task is then refused instead of the runtime failing.</summary>
internal sealed class IndicatorenNietBeschikbaar : IIndicatorenQueries
{
    public Task<Aanleverstatus> AanleverstatusAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Aanleverstatus(jaar, []));

    public Task<IReadOnlyList<IndicatordefinitieGegevens>> DefinitiesAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IndicatordefinitieGegevens>>([]);

    public Task<IReadOnlyList<IndicatorwaardeGegevens>> WaardenAsync(int vanJaar, int totJaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IndicatorwaardeGegevens>>([]);
}
