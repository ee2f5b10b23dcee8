using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdCyclus.Workflows.Lezen;

namespace IdCyclus.Workflows;

/// <summary>
/// A definition kept as a template: the same JSON format, with <c>parameters</c> whose values are filled in per run
/// (a year, a round) instead of edited into the steps. <see cref="Lees"/> checks a template and lists its parameters;
/// <see cref="Invullen"/> gives it values and reads the result as an ordinary definition, which binds them: a published
/// version keeps the values it was published with.
/// </summary>
public static class WorkflowSjabloon
{
    /// <summary>Reads a template: every check of <see cref="WorkflowDefinitieLezer.Lees"/>, except that a parameter may lack a value.</summary>
    /// <param name="json">The template's JSON text.</param>
    /// <param name="catalogus">The names the host knows; null to leave names unchecked.</param>
    public static SjabloonResultaat Lees(string json, IWorkflowCatalogus? catalogus = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var gelezen = WorkflowDefinitieLezer.LeesIntern(json, catalogus, sjabloon: true);
        return new(gelezen.Definitie?.Parameters, gelezen.Fouten);
    }

    /// <summary>
    /// The template with these values (replacing any it holds) and, when given, another id, name and version; read as
    /// a definition, so every problem comes back as a <see cref="DefinitieFout"/>: a value for an unknown parameter at
    /// <c>$.waarden.&lt;naam&gt;</c>, and a parameter without a value (null or left out) at the same path.
    /// </summary>
    public static LeesResultaat Invullen(
        string json, IReadOnlyDictionary<string, DateOnly?> waarden, IWorkflowCatalogus? catalogus = null, string? id = null, string? naam = null,
        int? versie = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(waarden);
        JsonObject sjabloon;
        try
        {
            if (JsonNode.Parse(json) is not JsonObject wortel)
            {
                return WorkflowDefinitieLezer.Lees(json, catalogus);
            }

            sjabloon = wortel;
        }
        catch (JsonException)
        {
            // The reader says what is wrong with the text, with line and position.
            return WorkflowDefinitieLezer.Lees(json, catalogus);
        }

        var gegeven = new JsonObject();
        foreach (var (parameter, waarde) in waarden.Where(w => w.Value is not null).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            gegeven[parameter] = waarde!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        sjabloon["waarden"] = gegeven;
        if (id is not null)
        {
            sjabloon["id"] = id;
        }

        if (naam is not null)
        {
            sjabloon["naam"] = naam;
        }

        if (versie is not null)
        {
            sjabloon["versie"] = versie.Value;
        }

        return WorkflowDefinitieLezer.Lees(sjabloon.ToJsonString(), catalogus);
    }

    /// <summary>The value of each parameter of <paramref name="definitie"/>, by name.</summary>
    public static IReadOnlyDictionary<string, DateOnly> WaardenVan(WorkflowDefinitie definitie)
    {
        ArgumentNullException.ThrowIfNull(definitie);
        return definitie.Waarden.ToDictionary(w => w.Naam, w => w.Datum, StringComparer.Ordinal);
    }
}

/// <summary>The result of reading a template: its parameters in declaration order, or every problem found.</summary>
/// <param name="Parameters">The declared parameters; null when there are problems.</param>
/// <param name="Fouten">Every problem, each with its JSON path and a Dutch message; empty when the template is valid.</param>
public sealed record SjabloonResultaat(WaardeLijst<WorkflowParameter>? Parameters, IReadOnlyList<DefinitieFout> Fouten)
{
    /// <summary>True when the template is valid.</summary>
    public bool IsGeldig => Fouten.Count == 0 && Parameters is not null;
}
