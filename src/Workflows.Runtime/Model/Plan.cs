using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace IdCyclus.Workflows.Runtime.Model;

/// <summary>
/// The runtime's reading of a published definition. Definitions are validated by IdCyclus.Workflows before they are
/// published; this is only the shape the engine walks, deserialized from the same JSON.
/// </summary>
internal sealed record Plan(string Id, string Naam, int Versie, PlanOpties? Opties, IReadOnlyList<PlanStap> Stappen)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    public static Plan Lees(string json) => JsonSerializer.Deserialize<Plan>(json, Json) ?? throw new InvalidOperationException("Lege definitie.");

    public bool Werkdagen => Opties?.Werkdagen == true;

    /// <summary>The steps an instance runs: the top level, or the nested steps of the fan-out it was created for.</summary>
    public IReadOnlyList<PlanStap> StappenVoor(string? ouderStapId) =>
        ouderStapId is null ? Stappen : Alle().Single(s => s.Id == ouderStapId).Stappen ?? [];

    public PlanStap Stap(string id) => Alle().Single(s => s.Id == id);

    public IEnumerable<PlanStap> Alle() => Stappen.SelectMany(s => new[] { s }.Concat(s.Stappen ?? []));
}

internal sealed record PlanOpties(bool Werkdagen);

internal sealed record PlanStap(
    string Id,
    string Naam,
    string Soort,
    IReadOnlyList<string>? NaStappen,
    string? Rol,
    string? Bereik,
    string? Formulier,
    IReadOnlyList<string>? Uitkomsten,
    string? Omschrijving,
    PlanMoment? Deadline,
    IReadOnlyList<string>? Herinneringen,
    PlanMoment? Opvolging,
    IReadOnlyList<PlanEscalatie>? Escalaties,
    string? Sjabloon,
    string? AanRol,
    PlanMoment? Tot,
    string? Collectie,
    string? Voorwaarde,
    IReadOnlyList<PlanStap>? Stappen,
    string? Wacht,
    int? Aantal)
{
    public IReadOnlyList<string> Voorgangers => NaStappen ?? [];

    public bool OpItem => Bereik == "item";
}

internal sealed record PlanEscalatie(string Na, string NaarRol, string? Melding, bool Herverdelen);

/// <summary>A moment: an absolute date, or a duration after the start or after another step's completion.</summary>
internal sealed record PlanMoment(string? Datum, string? Na, string? Vanaf)
{
    public static TimeSpan Duur(string iso) => XmlConvert.ToTimeSpan(iso);
}
