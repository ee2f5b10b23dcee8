using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>A report section (a cluster, or one koker of a cluster with two) in the report's order.</summary>
internal sealed record Sectie(string Id, string Naam, string? Afkorting, string ClusterId);

/// <summary>A directie as the report places it: in the section of its koker or cluster at the snapshot.</summary>
internal sealed record Directie(Guid Id, string Afkorting, string? Naam, string SectieId)
{
    public string Weergavenaam => Naam is null || Naam == Afkorting ? Afkorting : $"{Naam} ({Afkorting})";
}

/// <summary>
/// Everything a report year is computed from, copied out of Vragenlijst, Indicatoren, Actieplannen and Organisatie at
/// one moment. Every concept and the definitive report of a snapshot show the same numbers: a later correction in a
/// module changes nothing here until Bureau takes a new snapshot.
/// </summary>
/// <param name="Fictief">The data is demo data: the title page says so.</param>
internal sealed record Momentopname(
    int Jaar,
    bool Fictief,
    IReadOnlyList<Sectie> Secties,
    IReadOnlyList<Directie> Directies,
    VragenlijstGegevens? Vragenlijst,
    VragenlijstGegevens? VorigeVragenlijst,
    IReadOnlyList<InterviewscoresGegevens> Interviews,
    IReadOnlyList<InterviewscoresGegevens> VorigeInterviews,
    IReadOnlyList<IndicatordefinitieGegevens> Indicatoren,
    IReadOnlyList<IndicatorwaardeGegevens> Waarden,
    IReadOnlyList<ActieplanSamenvatting> Plannen)
{
    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    public string NaarJson() => JsonSerializer.Serialize(this, Opties);

    public static Momentopname VanJson(string json) => JsonSerializer.Deserialize<Momentopname>(json, Opties)
        ?? throw new InvalidOperationException("Lege momentopname.");

    /// <summary>
    /// SHA-256 over the JSON. The lists are put in a fixed order when the snapshot is taken, so the same data gives the
    /// same hash, and a changed figure a different one.
    /// </summary>
    public string Hash() => Inhoudshash.Van(NaarJson());

    public IEnumerable<Directie> DirectiesVan(string sectieId) =>
        Directies.Where(d => d.SectieId == sectieId).OrderBy(d => d.Afkorting, IdCyclus.Shared.Nederlands.Sortering);
}

internal static class Inhoudshash
{
    public static string Van(string tekst) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)));

    public static string Van(byte[] inhoud) => Convert.ToHexStringLower(SHA256.HashData(inhoud));
}
