using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// Every DbContext is pooled (ADR 0039): at the end of a scope EF Core resets what it owns (the change tracker, the
/// transaction, the connection, the SaveChanges events) and hands the same instance to the next scope. A field of the
/// context's own is not reset, so what one request left there the next one would read, perhaps for another person.
/// A pure function over types, so it can be shown to fail on a made-up context (ContextregelsTests).
/// </summary>
internal static class Contextregels
{
    private const BindingFlags EigenVelden =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>One line per instance field of a context other than a <c>DbSet&lt;T&gt;</c> (which EF Core sets itself).</summary>
    public static IReadOnlyList<string> ZonderEigenToestand(IEnumerable<Type> typen) =>
        typen
            .Where(t => typeof(DbContext).IsAssignableFrom(t))
            .SelectMany(t => t.GetFields(EigenVelden)
                .Where(v => !IsDbSet(v.FieldType))
                .Select(v => $"{t.FullName}: veld '{v.Name}' ({v.FieldType.Name}) blijft staan als de gepoolde context "
                    + "naar de volgende scope gaat (ADR 0039); zet het in een dienst met een eigen scope."))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsDbSet(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DbSet<>);
}
