namespace IdCyclus.Shared.Opdrachtregel;

/// <summary>Comma-separated output of the command-line verbs (<c>--format csv</c>), for scripts and spreadsheets.</summary>
public static class Csvuitvoer
{
    /// <summary>One field: quoted when it holds a comma, a quote or a line break, with its quotes doubled.</summary>
    public static string Veld(string veld) =>
        veld.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{veld.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : veld;
}
