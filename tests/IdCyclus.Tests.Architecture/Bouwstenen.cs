using System.Reflection;
using System.Runtime.CompilerServices;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// The compiled IdCyclus assemblies, found by following references from the host, so a module added to the host is
/// covered without touching these tests.
/// </summary>
internal static class Bouwstenen
{
    private const string GegenereerdeRazorNamespace = "AspNetCoreGeneratedDocument";

    public static Assembly Host { get; } = Assembly.Load(new AssemblyName(Assemblynamen.Host));

    /// <summary>
    /// Every IdCyclus assembly reachable from the host. Transitive on purpose: the compiler leaves out a reference the
    /// code does not use, so the host's own list need not name the Contracts assemblies.
    /// </summary>
    public static IReadOnlyList<Assembly> Alle { get; } = VerzamelVanaf(Host);

    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Referenties { get; } = Alle.ToDictionary(
        a => Naam(a),
        a => (IReadOnlyCollection<string>)a.GetReferencedAssemblies().Select(r => r.Name!).ToList());

    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> PubliekeTypenVanModules { get; } = Alle
        .Where(a => Assemblynamen.IsModuleImplementatie(Naam(a)))
        .ToDictionary(
            a => Naam(a),
            a => (IReadOnlyCollection<string>)a.GetExportedTypes().Where(t => !IsGegenereerd(t)).Select(t => t.FullName!).ToList());

    public static string Naam(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>
    /// Types nobody wrote by hand: compiler-generated ones, and the classes Razor compiles .cshtml files into. With the
    /// .NET 10 SDK the Razor classes are internal (checked on the built module assemblies), so today excluding them
    /// changes nothing; the exclusion stays, narrowly by Razor's namespace rather than by any name pattern, so that a
    /// Razor compiler emitting them public would not fail this test for code the module cannot make internal.
    /// Nested types of an excluded type are excluded with it.
    /// </summary>
    public static bool IsGegenereerd(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || (t.Namespace ?? "").Split('.')[0] == GegenereerdeRazorNamespace)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Assembly> VerzamelVanaf(Assembly begin)
    {
        var gevonden = new Dictionary<string, Assembly> { [Naam(begin)] = begin };
        var teDoen = new Queue<Assembly>([begin]);
        while (teDoen.TryDequeue(out var assembly))
        {
            foreach (var referentie in assembly.GetReferencedAssemblies())
            {
                if (referentie.Name is { } naam && naam.StartsWith("IdCyclus.", StringComparison.Ordinal) && !gevonden.ContainsKey(naam))
                {
                    var geladen = Assembly.Load(referentie);
                    gevonden[naam] = geladen;
                    teDoen.Enqueue(geladen);
                }
            }
        }

        return gevonden.Values.OrderBy(Naam, StringComparer.Ordinal).ToList();
    }
}
