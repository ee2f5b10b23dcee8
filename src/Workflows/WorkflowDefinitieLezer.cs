using System.Text;
using System.Text.Json;
using IdCyclus.Workflows.Lezen;

namespace IdCyclus.Workflows;

/// <summary>
/// Reads and validates a workflow definition written in the JSON format of docs/workflows-schema.json.
/// </summary>
/// <remarks>
/// Every problem is reported, not only the first, each with the JSON path it is about and a Dutch message meant for
/// the person who wrote the definition. Unknown fields are refused (a typo must not pass silently). Names of roles,
/// collections, conditions, templates and forms are checked only against an <see cref="IWorkflowCatalogus"/>, when
/// one is given.
/// </remarks>
public static class WorkflowDefinitieLezer
{
    /// <summary>Reads <paramref name="json"/>; the result holds the definition, or every problem found.</summary>
    /// <param name="json">The definition's JSON text.</param>
    /// <param name="catalogus">The names the host knows; null to leave names unchecked.</param>
    public static LeesResultaat Lees(string json, IWorkflowCatalogus? catalogus = null) => LeesIntern(json, catalogus, sjabloon: false);

    /// <summary>Reads a definition, or with <paramref name="sjabloon"/> a template whose parameters may lack values (<see cref="WorkflowSjabloon"/>).</summary>
    internal static LeesResultaat LeesIntern(string json, IWorkflowCatalogus? catalogus, bool sjabloon)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return new(null, [new("$", "De definitie is leeg; verwacht wordt een JSON-object met id, naam, versie en stappen.")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException fout)
        {
            return new(null, [new("$", SyntaxMelding(json, fout))]);
        }

        using (document)
        {
            var lezing = new DefinitieLezing(catalogus, sjabloon);
            var definitie = lezing.Lees(document.RootElement);
            return lezing.Fouten.Count == 0 && definitie is not null ? new(definitie, []) : new(null, lezing.Fouten);
        }
    }

    /// <summary>
    /// A JSON syntax error in Dutch, with line and position counted in characters as an editor shows them. Public for the
    /// other JSON files people write by hand (the simulation's behaviour file), so each says it the same way.
    /// </summary>
    public static string SyntaxMelding(string json, JsonException fout)
    {
        var regel = (int)(fout.LineNumber ?? 0);
        var bytes = (int)(fout.BytePositionInLine ?? 0);
        var regels = json.Split('\n');
        var tekstRegel = regel < regels.Length ? regels[regel] : "";
        var utf8 = Encoding.UTF8.GetBytes(tekstRegel);
        var positie = Encoding.UTF8.GetCharCount(utf8, 0, Math.Min(bytes, utf8.Length)) + 1;
        return $"De tekst is geen geldige JSON: {Reden(fout.Message)} (regel {regel + 1}, positie {positie}).";
    }

    // System.Text.Json reports in English; the people who write definitions read Dutch. Unrecognised cases fall back to a
    // general message: the line and position are what matter most.
    private static string Reden(string bericht) => bericht switch
    {
        _ when bericht.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) => "er staat een komma vóór een sluitend haakje",
        _ when bericht.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || bericht.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase) => "de tekst houdt op voordat alle haakjes gesloten zijn",
        _ when bericht.Contains("start of a property name", StringComparison.OrdinalIgnoreCase) => "een veldnaam moet tussen dubbele aanhalingstekens staan",
        _ when bericht.Contains("after a single JSON value", StringComparison.OrdinalIgnoreCase) => "na het einde van de definitie staat nog tekst",
        _ when bericht.Contains("after a property name", StringComparison.OrdinalIgnoreCase) => "na een veldnaam hoort een dubbele punt (:)",
        _ when bericht.Contains("after a value", StringComparison.OrdinalIgnoreCase) => "tussen twee waarden hoort een komma",
        _ when bericht.Contains("comment", StringComparison.OrdinalIgnoreCase) => "commentaar is in JSON niet toegestaan",
        _ when bericht.Contains("start of a value", StringComparison.OrdinalIgnoreCase) =>
            "hier hoort een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, een object of een lijst)",
        _ when bericht.Contains("depth", StringComparison.OrdinalIgnoreCase) => "de definitie is te diep genest",
        _ => "de tekst kan hier niet gelezen worden",
    };
}
