using System.Text.Json;

namespace IdCyclus.Shared.Validation;

/// <summary>What an import found where it expected something else, in the Dutch of its error messages.</summary>
public static class JsonWaarde
{
    /// <summary>
    /// "een object", "een lijst", a text or number with its value, true/false or null as written.
    /// </summary>
    /// <param name="lidwoord">"de tekst \"x\"" and "het getal 3" (after "geen"/"niet"); without: "tekst \"x\"" (after "vond").</param>
    public static string Beschrijf(JsonElement waarde, bool lidwoord = true) => waarde.ValueKind switch
    {
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.String => $"{(lidwoord ? "de " : "")}tekst \"{waarde.GetString()}\"",
        JsonValueKind.Number => $"{(lidwoord ? "het " : "")}getal {waarde.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => waarde.GetRawText(),
        _ => "null",
    };
}
