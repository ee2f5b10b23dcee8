using System.Text.RegularExpressions;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// One way to read configuration (ADR 0022): a section is bound to a class named <c>XOpties</c> that states its section
/// in <c>public const string Sectie</c>, and code reads the options, never a raw key. As a pure function over source
/// text, so it can be shown to fail on a made-up violation (OptieregelsTests). Whole-line comments are skipped.
/// </summary>
internal static partial class Optieregels
{
    public static IReadOnlyList<string> OptiesEenduidig(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .SelectMany(b => Meldingen(b.Key, b.Value))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Meldingen(string pad, string bron)
    {
        var regels = bron.Split('\n');
        for (var i = 0; i < regels.Length; i++)
        {
            var regel = regels[i];
            if (regel.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var plaats = $"{pad}:{i + 1}";
            foreach (Match m in Sectie().Matches(regel))
            {
                if (!OptiesSectie().IsMatch(m.Groups["arg"].Value.Trim()))
                {
                    yield return $"{plaats}: sectie '{m.Groups["arg"].Value.Trim()}' rechtstreeks; gebruik XOpties.Sectie.";
                }
            }

            foreach (Match m in Gebonden().Matches(regel))
            {
                if (!m.Groups["type"].Value.EndsWith("Opties", StringComparison.Ordinal))
                {
                    yield return $"{plaats}: {m.Groups["type"].Value} is aan configuratie gebonden maar heet niet ...Opties.";
                }
            }

            foreach (Match m in RuweSleutel().Matches(regel))
            {
                yield return $"{plaats}: '{m.Value}' leest een configuratiesleutel rechtstreeks; lees haar via een XOpties-klasse.";
            }

            foreach (Match m in AndereNaam().Matches(regel))
            {
                yield return $"{plaats}: klasse {m.Groups["naam"].Value} hoort {m.Groups["stam"].Value}Opties te heten.";
            }

            foreach (Match m in OptiesKlasse().Matches(regel))
            {
                if (!bron.Contains("public const string Sectie", StringComparison.Ordinal))
                {
                    yield return $"{plaats}: {m.Groups["naam"].Value} noemt zijn sectie niet in 'public const string Sectie'.";
                }
            }
        }
    }

    /// <summary>The argument of GetSection(...) or BindConfiguration(...).</summary>
    [GeneratedRegex(@"\b(GetSection|BindConfiguration)\((?<arg>[^()]*)\)")]
    private static partial Regex Sectie();

    [GeneratedRegex(@"^\w+Opties\.Sectie$")]
    private static partial Regex OptiesSectie();

    /// <summary>
    /// The type a section is bound to: Configure&lt;T&gt;(….GetSection, GetSection(…).Get&lt;T&gt;,
    /// AddOptions&lt;T&gt;().BindConfiguration.
    /// </summary>
    [GeneratedRegex(
        @"Configure<(?<type>\w+)>\(\s*[\w.]+\.GetSection\b"
        + @"|GetSection\([^()]*\)\s*\.Get<(?<type>\w+)>"
        + @"|AddOptions<(?<type>\w+)>\(\)\s*\.BindConfiguration\b")]
    private static partial Regex Gebonden();

    /// <summary>An indexer on a configuration object, or GetValue with a key written out.</summary>
    [GeneratedRegex(@"\b\w*[Cc]onfigurati(on|e)\s*\[|\bGetValue(<[\w?]+>)?\(\s*\$?""")]
    private static partial Regex RuweSleutel();

    /// <summary>A class of our own named the other ways (a static class of extension methods is not an options class).</summary>
    [GeneratedRegex(@"(?<!static\s+)\bclass\s+(?<naam>(?<stam>\w+?)(Options|Settings|Instellingen))\b")]
    private static partial Regex AndereNaam();

    [GeneratedRegex(@"\bclass\s+(?<naam>\w+Opties)\b")]
    private static partial Regex OptiesKlasse();
}
