namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>
/// Every definition of every year, and the rule which one applies: for report year Y the latest definition from Y or
/// before; a figure measured in peiljaar P belongs to report year P + the peiljaar difference. Figures from before the
/// first defined year use the first definition, so older figures (2023's, for the trend) can still be loaded.
/// </summary>
internal sealed class Definitieset(IEnumerable<Indicatordefinitie> definities)
{
    private readonly IReadOnlyList<Indicatordefinitie> _alle = definities.OrderBy(d => d.Jaar).ToList();

    public IReadOnlyList<string> IndicatorIds => _alle.Select(d => d.IndicatorId).Distinct().ToList();

    public bool Bestaat(string indicatorId) => _alle.Any(d => string.Equals(d.IndicatorId, indicatorId.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The definitions that apply to a report year, in the order they were defined.</summary>
    public IReadOnlyList<Indicatordefinitie> VoorRapportjaar(int jaar) =>
        IndicatorIds.Select(id => VanRapportjaar(id, jaar)).ToList();

    public Indicatordefinitie VanRapportjaar(string indicatorId, int jaar)
    {
        var eigen = _alle.Where(d => string.Equals(d.IndicatorId, indicatorId.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return eigen.LastOrDefault(d => d.Jaar <= jaar) ?? eigen[0];
    }

    /// <summary>The definition a figure of this peiljaar is measured under.</summary>
    public Indicatordefinitie Voor(string indicatorId, int peiljaar)
    {
        var laatste = VanRapportjaar(indicatorId, int.MaxValue);
        return VanRapportjaar(indicatorId, peiljaar + laatste.Peiljaarverschil);
    }
}
