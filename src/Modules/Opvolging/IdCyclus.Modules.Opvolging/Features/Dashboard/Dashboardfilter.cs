namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// The filters, as GET parameters so a filtered view can be bookmarked, printed and exported with the same address.
/// <see cref="Trekker"/> is <see cref="GeenTrekker"/> or <see cref="OnderNorm"/> (no trekker, or none with the norm's hours).
/// </summary>
internal sealed record Dashboardfilter(string? Sectie, string? Trekker, bool AlleenTeLaat, bool AlleenVerschoven)
{
    public const string GeenTrekker = "geen";

    public const string OnderNorm = "onder-norm";

    public bool Past(Dashboardregel regel) =>
        (Sectie is null || regel.SectieId == Sectie)
        && (Trekker != GeenTrekker || regel.Trekkerstand == Trekkerstand.Geen)
        && (Trekker != OnderNorm || regel.Trekkerstand != Trekkerstand.Voldoende)
        && (!AlleenTeLaat || regel.Afspraken.TeLaat > 0)
        && (!AlleenVerschoven || regel.Verschuivingen.Count > 0);

    /// <summary>The sections with only the directies that pass; a section with none left is not shown at all.</summary>
    public IReadOnlyList<Dashboardsectie> Pas(IEnumerable<Dashboardsectie> secties) =>
        secties
            .Select(s => s with { Regels = s.Regels.Where(Past).ToList() })
            .Where(s => s.Regels.Count > 0)
            .ToList();
}
