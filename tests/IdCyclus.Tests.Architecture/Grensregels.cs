using System.Text.RegularExpressions;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// The boundary rules as pure functions over names, so that each can be shown to fail on a made-up violation
/// (GrensregelsTests) before it is trusted to pass on the real assemblies (GrensTests).
/// Each returns one readable line per violation; empty means the rule holds.
/// </summary>
internal static partial class Grensregels
{
    /// <summary>A module uses another module only through that module's Contracts assembly.</summary>
    public static IReadOnlyList<string> ModulesKennenElkaarAlleenViaContracts(IReadOnlyDictionary<string, IReadOnlyCollection<string>> referenties) =>
        referenties
            .Where(a => Assemblynamen.IsModuleImplementatie(a.Key))
            .SelectMany(a => a.Value
                .Where(r => Assemblynamen.IsModuleImplementatie(r) && Assemblynamen.Module(r) != Assemblynamen.Module(a.Key))
                .Select(r => $"{a.Key} verwijst naar {r}; gebruik IdCyclus.Modules.{Assemblynamen.Module(r)}.Contracts."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A module's implementation shows nothing public but its XModule class.</summary>
    public static IReadOnlyList<string> ModulesTonenAlleenHunModuleklasse(IReadOnlyDictionary<string, IReadOnlyCollection<string>> publiekeTypen) =>
        publiekeTypen
            .Where(a => Assemblynamen.IsModuleImplementatie(a.Key))
            .SelectMany(a => a.Value
                .Where(t => t != Assemblynamen.Moduleklasse(Assemblynamen.Module(a.Key)))
                .Select(t => $"{a.Key} maakt {t} publiek; alleen {Assemblynamen.Moduleklasse(Assemblynamen.Module(a.Key))} mag dat (maak het internal)."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Contracts hold plain records and interfaces: no module implementation, no EF Core.</summary>
    public static IReadOnlyList<string> ContractsBlijvenKaal(IReadOnlyDictionary<string, IReadOnlyCollection<string>> referenties) =>
        referenties
            .Where(a => Assemblynamen.IsContracts(a.Key))
            .SelectMany(a => a.Value
                .Where(r => Assemblynamen.IsModuleImplementatie(r) || Assemblynamen.IsEfCore(r))
                .Select(r => $"{a.Key} verwijst naar {r}; Contracts verwijzen niet naar modules of EF Core."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Shared sits below every module: it may not know any of them, not even their Contracts.</summary>
    public static IReadOnlyList<string> SharedKentGeenModules(IReadOnlyDictionary<string, IReadOnlyCollection<string>> referenties) =>
        referenties
            .Where(a => Assemblynamen.IsShared(a.Key))
            .SelectMany(a => a.Value
                .Where(Assemblynamen.IsModule)
                .Select(r => $"{a.Key} verwijst naar {r}; Shared kent geen modules."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Time comes from an injected TimeProvider, never from the system clock directly (STYLE.md, habit 5); otherwise a
    /// deadline or "today in Amsterdam" cannot be tested. Whole-line comments are skipped so that a comment may name
    /// what it warns against.
    /// </summary>
    public static IReadOnlyList<string> GeenSysteemklok(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .SelectMany(b => b.Value
                .Split('\n')
                .Select((regel, index) => (Regel: regel, Nummer: index + 1))
                .Where(r => !r.Regel.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(r => Systeemklok().Matches(r.Regel).Select(m => $"{b.Key}:{r.Nummer}: {m.Value}; gebruik een geïnjecteerde TimeProvider.")))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex Systeemklok();
}
