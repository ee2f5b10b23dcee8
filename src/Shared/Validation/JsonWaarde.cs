using System.Text;
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

    /// <summary>
    /// "(regel 3, positie 12)" for a syntax error, as an editor counts: the reader reports the position in UTF-8 bytes, so
    /// a line with "Güler" or "Şahin" before the error would otherwise point one or two characters too far.
    /// </summary>
    public static string Plaats(string json, JsonException fout)
    {
        var regel = (int)(fout.LineNumber ?? 0);
        var regels = json.Split('\n');
        var bytes = Encoding.UTF8.GetBytes(regel < regels.Length ? regels[regel] : "");
        var tekens = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(fout.BytePositionInLine ?? 0, bytes.Length));
        return $"(regel {regel + 1}, positie {tekens + 1})";
    }
}
