namespace IdCyclus.Tests.Architecture;

/// <summary>What an assembly is, read from its name: IdCyclus.Modules.&lt;Module&gt;[.Contracts], IdCyclus.Shared.</summary>
internal static class Assemblynamen
{
    private const string ModulePrefix = "IdCyclus.Modules.";
    private const string ContractsSuffix = ".Contracts";

    public const string Shared = "IdCyclus.Shared";

    public const string Host = "IdCyclus.Host";

    public static bool IsModule(string naam) => naam.StartsWith(ModulePrefix, StringComparison.Ordinal);

    public static bool IsContracts(string naam) => IsModule(naam) && naam.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsModuleImplementatie(string naam) => IsModule(naam) && !IsContracts(naam);

    public static bool IsShared(string naam) => naam == Shared || naam.StartsWith(Shared + ".", StringComparison.Ordinal);

    public static bool IsEfCore(string naam) => naam.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

    /// <summary>"IdCyclus.Modules.Toegang" and "IdCyclus.Modules.Toegang.Contracts" both belong to "Toegang".</summary>
    public static string Module(string naam) => naam[ModulePrefix.Length..].Split('.')[0];

    /// <summary>The one public type a module may show: its static registration class, e.g. ToegangModule.</summary>
    public static string Moduleklasse(string module) => $"{ModulePrefix}{module}.{module}Module";
}
