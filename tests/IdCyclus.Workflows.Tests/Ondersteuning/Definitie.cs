namespace IdCyclus.Workflows.Tests.Ondersteuning;

/// <summary>Builds small definitions for the tables of cases. Single quotes stand for double quotes to keep them readable.</summary>
internal static class Definitie
{
    public static string Json(string tekst) => tekst.Replace('\'', '"');

    /// <summary>A definition with these steps and otherwise valid top-level fields.</summary>
    public static string Met(params string[] stappen) =>
        Json($"{{ 'id': 'test', 'naam': 'Test', 'versie': 1, 'stappen': [ {string.Join(", ", stappen)} ] }}");

    /// <summary>A step of a kind with its required fields, plus <paramref name="extra"/> fields.</summary>
    public static string Stap(string id, string soort, string extra = "")
    {
        var verplicht = soort switch
        {
            "taak" => "'rol': 'directeur'",
            "melding" => "'sjabloon': 'bericht', 'aanRol': 'bureau'",
            "wachten" => "'tot': { 'datum': '2025-09-01' }",
            "perItem" => $"'collectie': 'directies', 'stappen': [ {Stap(id + "-taak", "taak")} ]",
            "samenvoegen" => "'wacht': 'alle'",
            _ => "",
        };
        var velden = new[] { $"'id': '{id}', 'naam': '{id}', 'soort': '{soort}'", verplicht, extra }.Where(deel => deel != "");
        return $"{{ {string.Join(", ", velden)} }}";
    }

    /// <summary>A task "taak" with a deadline four weeks after the start, plus <paramref name="extra"/> fields.</summary>
    public static string TaakMetDeadline(string extra = "") =>
        Stap("taak", "taak", "'deadline': { 'na': 'P28D', 'vanaf': 'start' }" + (extra == "" ? "" : ", " + extra));

    /// <summary>A fan-out "per" whose nested steps are given (no nested step is added).</summary>
    public static string PerItem(string id, params string[] stappen) =>
        $"{{ 'id': '{id}', 'naam': '{id}', 'soort': 'perItem', 'collectie': 'directies', 'stappen': [ {string.Join(", ", stappen)} ] }}";

    public static string Voorbeeld(string bestand) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Voorbeelden", bestand));
}
