namespace IdCyclus.Tests.Architecture;

internal static class Broncode
{
    public static string Hoofdmap { get; } = ZoekHoofdmap();

    /// <summary>Every hand-written C# file under src/, keyed by its path from the repository root.</summary>
    public static IReadOnlyDictionary<string, string> CSharpBestandenOnderSrc() => Bestanden("src", "*.cs");

    /// <summary>Every C# file and Razor view under src/, keyed by its path from the repository root.</summary>
    public static IReadOnlyDictionary<string, string> CSharpEnRazorOnderSrc() =>
        Bestanden("src", "*.cs").Concat(Bestanden("src", "*.cshtml")).ToDictionary();

    /// <summary>Every C# file under src/ and tests/, keyed by its path from the repository root (with '/').</summary>
    public static IReadOnlyDictionary<string, string> CSharpBestandenOnderSrcEnTests() =>
        Bestanden("src", "*.cs").Concat(Bestanden("tests", "*.cs")).ToDictionary();

    private static Dictionary<string, string> Bestanden(string map, string patroon)
    {
        var onder = Path.Combine(Hoofdmap, map);
        return Directory
            .EnumerateFiles(onder, patroon, SearchOption.AllDirectories)
            .Where(pad => !Path.GetRelativePath(onder, pad).Split(Path.DirectorySeparatorChar).Any(deel => deel is "bin" or "obj"))
            .ToDictionary(pad => Path.GetRelativePath(Hoofdmap, pad).Replace('\\', '/'), File.ReadAllText);
    }

    private static string ZoekHoofdmap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "IdCyclus.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException($"Geen map met IdCyclus.sln gevonden boven {AppContext.BaseDirectory}.");
    }
}
