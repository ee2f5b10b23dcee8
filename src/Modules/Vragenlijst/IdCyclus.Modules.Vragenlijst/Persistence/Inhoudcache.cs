using System.Collections.Concurrent;
using System.Text.Json;
using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>
/// A questionnaire's content parsed once per text, for the whole process: every interview step and score reads its
/// version again, and parsing its 20 kB of JSON was 3 % of a simulated year (ADR 0039). Keyed by the text itself, not
/// by the version, so nothing can go stale: a concept edited since is another text, and a published one never changes.
/// The content is an immutable record, so every reader may share the instance.
/// </summary>
internal static class Inhoudcache
{
    /// <summary>A year has one published version and a few concepts; more texts than this and the cache starts again empty.</summary>
    public const int MaximumTeksten = 32;

    private static readonly ConcurrentDictionary<string, Vragenlijstinhoud> Gelezen = new(StringComparer.Ordinal);

    public static Vragenlijstinhoud Lees(string json)
    {
        if (Gelezen.TryGetValue(json, out var inhoud))
        {
            return inhoud;
        }

        inhoud = JsonSerializer.Deserialize<Vragenlijstinhoud>(json, Opslag.Json)!;
        if (Gelezen.Count >= MaximumTeksten)
        {
            Gelezen.Clear();
        }

        Gelezen[json] = inhoud;
        return inhoud;
    }
}
