namespace IdCyclus.Tests.Architecture;

internal static class Broncode
{
    public static string Hoofdmap { get; } = ZoekHoofdmap();

    /// <summary>Every hand-written C# file under src/, keyed by its path from the repository root.</summary>
    public static IReadOnlyDictionary<string, string> CSharpBestandenOnderSrc()
    {
        var src = Path.Combine(Hoofdmap, "src");
        return Directory
            .EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(pad => !Path.GetRelativePath(src, pad).Split(Path.DirectorySeparatorChar).Any(deel => deel is "bin" or "obj"))
            .ToDictionary(pad => Path.GetRelativePath(Hoofdmap, pad), File.ReadAllText);
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
