namespace IdCyclus.Modules.Indicatoren.Contracts;

/// <summary>What other modules (the cycle's task for the data-analist, later the report) may ask of the indicators.</summary>
public interface IIndicatorenQueries
{
    /// <summary>Per indicator of the report year: whether its figures are delivered, or their absence explained.</summary>
    Task<Aanleverstatus> AanleverstatusAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>The definitions that apply to a report year. For the report.</summary>
    Task<IReadOnlyList<IndicatordefinitieGegevens>> DefinitiesAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>Every current figure measured in the years <paramref name="vanJaar"/> to <paramref name="totJaar"/>. For the report's snapshot.</summary>
    Task<IReadOnlyList<IndicatorwaardeGegevens>> WaardenAsync(int vanJaar, int totJaar, CancellationToken cancellationToken = default);
}

/// <summary>The delivery of a report year's figures; complete when every indicator has a value or an explained gap.</summary>
public sealed record Aanleverstatus(int Jaar, IReadOnlyList<IndicatorAanlevering> Indicatoren)
{
    public bool IsCompleet => Indicatoren.Count > 0 && Indicatoren.All(i => i.IsAangeleverd);

    public IReadOnlyList<IndicatorAanlevering> Ontbrekend => Indicatoren.Where(i => !i.IsAangeleverd).ToList();
}

/// <param name="Peiljaar">The year the figures are measured in (2023 for the migratieachtergrond in the 2024 report).</param>
/// <param name="AantalWaarden">Figures for the peiljaar (numbers, ja/nee).</param>
/// <param name="AantalVerklaard">CBS symbols x or . for the peiljaar: a gap with its reason.</param>
public sealed record IndicatorAanlevering(string IndicatorId, string Naam, int Peiljaar, int AantalWaarden, int AantalVerklaard)
{
    public bool IsAangeleverd => AantalWaarden + AantalVerklaard > 0;
}
