using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>
/// Where a figure is measured: the municipality, a GMT cluster, a report section or a directie. <see cref="Id"/> is
/// "gemeente", the cluster's or section's id, or the directie's guid; <see cref="SectieId"/> is the report section
/// a directie belongs to.
/// </summary>
internal sealed record Eenheid(Niveaus Niveaus, string Id, string Naam, string? Afkorting, string? ClusterId, string? SectieId)
{
    public const string GemeenteId = "gemeente";

    public static readonly Eenheid Gemeente = new(Niveaus.Gemeente, GemeenteId, "Gemeente", null, null, null);

    public bool IsDirectie => Niveaus.HasFlag(Niveaus.Directie);

    public bool IsSectie => Niveaus.HasFlag(Niveaus.Rapportsectie);

    public string Weergavenaam => Afkorting is null || Afkorting == Naam ? Naam : $"{Naam} ({Afkorting})";

    public static string NiveauTekst(Niveaus niveaus)
    {
        var namen = new List<string>();
        if (niveaus.HasFlag(Niveaus.Gemeente)) namen.Add("gemeente");
        if (niveaus.HasFlag(Niveaus.Cluster)) namen.Add("cluster");
        if (niveaus.HasFlag(Niveaus.Rapportsectie)) namen.Add("rapportsectie");
        if (niveaus.HasFlag(Niveaus.Directie)) namen.Add("directie");
        return namen.Count == 1 ? namen[0] : string.Join(", ", namen.Take(namen.Count - 1)) + " of " + namen[^1];
    }

    public string SoortTekst => Niveaus switch
    {
        Niveaus.Gemeente => "de gemeente",
        Niveaus.Directie => "een directie",
        Niveaus.Cluster => "een cluster",
        Niveaus.Rapportsectie => "een rapportsectie",
        _ => "een cluster en rapportsectie",
    };
}

/// <summary>
/// The organisation as the import and the checks see it for a year, from Organisatie's contracts: every unit by name
/// and abbreviation, and which section each directie belongs to.
/// </summary>
internal sealed class Eenhedenregister
{
    private readonly Dictionary<string, List<Eenheid>> _opNaam = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Eenheid> _opId = new(StringComparer.Ordinal);

    public Eenhedenregister(IEnumerable<ClusterGegevens> clusters, IEnumerable<RapportsectieGegevens> secties, IEnumerable<DirectieGegevens> directies)
    {
        Voeg(Eenheid.Gemeente, "Gemeente", "Gemeente Amsterdam", "Amsterdam");
        var sectielijst = secties.ToList();
        Secties = sectielijst.Select(s => new Eenheid(
                s.KokerId is null ? Niveaus.Rapportsectie | Niveaus.Cluster : Niveaus.Rapportsectie, s.Id, s.Naam, s.Afkorting, s.ClusterId, s.Id))
            .ToList();
        foreach (var sectie in Secties)
        {
            Voeg(sectie, sectie.Naam, sectie.Afkorting);
        }

        foreach (var cluster in clusters.Where(c => !_opId.ContainsKey(c.Id)))
        {
            Voeg(new Eenheid(Niveaus.Cluster, cluster.Id, cluster.Naam, cluster.Afkorting, cluster.Id, null), cluster.Naam, cluster.Afkorting);
        }

        foreach (var directie in directies.DistinctBy(d => d.Id))
        {
            var sectie = sectielijst.FirstOrDefault(s => s.Omvat(directie))?.Id;
            Voeg(new Eenheid(Niveaus.Directie, directie.Id.ToString(), directie.Naam ?? directie.Afkorting, directie.Afkorting, directie.ClusterId, sectie),
                directie.Afkorting, directie.Naam, directie.Weergavenaam);
        }
    }

    public IReadOnlyList<Eenheid> Secties { get; }

    public IEnumerable<Eenheid> Alle => _opId.Values;

    public Eenheid? MetId(string id) => _opId.GetValueOrDefault(id);

    /// <summary>Every unit this name or abbreviation may mean (ignoring case and surrounding spaces).</summary>
    public IReadOnlyList<Eenheid> Zoek(string naam) => _opNaam.GetValueOrDefault(naam.Trim()) ?? [];

    public IEnumerable<Eenheid> DirectiesVan(string sectieId) => _opId.Values.Where(e => e.IsDirectie && e.SectieId == sectieId);

    private void Voeg(Eenheid eenheid, params string?[] namen)
    {
        _opId[eenheid.Id] = eenheid;
        foreach (var naam in namen.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!_opNaam.TryGetValue(naam, out var lijst))
            {
                _opNaam[naam] = lijst = [];
            }

            if (!lijst.Contains(eenheid))
            {
                lijst.Add(eenheid);
            }
        }
    }
}
