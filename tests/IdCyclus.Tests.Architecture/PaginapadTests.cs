namespace IdCyclus.Tests.Architecture;

/// <summary>
/// Razor Pages run with RootDirectory "/" and every module is its own application part, so two modules with a page at the
/// same relative path (Features/Importeren/Importeren.cshtml) silently hide one of them: its route answers 404.
/// </summary>
public sealed class PaginapadTests
{
    [Fact]
    public void Geen_twee_modules_hebben_een_pagina_op_hetzelfde_pad()
    {
        var modules = Path.Combine(Broncode.Hoofdmap, "src", "Modules");
        var paginas = Directory
            .EnumerateFiles(modules, "*.cshtml", SearchOption.AllDirectories)
            .Where(pad => !pad.Split(Path.DirectorySeparatorChar).Any(deel => deel is "bin" or "obj"))
            .Where(pad => File.ReadLines(pad).FirstOrDefault()?.TrimStart().StartsWith("@page", StringComparison.Ordinal) == true)
            .Select(pad => (Project: ProjectMap(pad), Pad: pad));

        Assert.Empty(DubbelePaden(paginas.Select(p => (p.Project, Path.GetRelativePath(p.Project, p.Pad)))));
    }

    [Fact]
    public void De_regel_vindt_een_verzonnen_botsing()
    {
        var botsingen = DubbelePaden([
            ("Vragenlijst", "Features/Importeren/Importeren.cshtml"),
            ("Actieplannen", "Features/Importeren/Importeren.cshtml"),
            ("Actieplannen", "Features/Overzicht/Overzicht.cshtml"),
        ]);

        Assert.Equal(["Features/Importeren/Importeren.cshtml in Actieplannen, Vragenlijst"], botsingen);
    }

    internal static IReadOnlyList<string> DubbelePaden(IEnumerable<(string Project, string Pad)> paginas) =>
        paginas
            .GroupBy(p => p.Pad.Replace('\\', '/'), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Project).Distinct().Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(p => Path.GetFileName(p.Project)).Order(StringComparer.Ordinal))}")
            .ToList();

    private static string ProjectMap(string pad)
    {
        for (var map = Path.GetDirectoryName(pad); map is not null; map = Path.GetDirectoryName(map))
        {
            if (Directory.EnumerateFiles(map, "*.csproj").Any())
            {
                return map;
            }
        }

        throw new InvalidOperationException($"Geen project gevonden boven {pad}.");
    }
}
