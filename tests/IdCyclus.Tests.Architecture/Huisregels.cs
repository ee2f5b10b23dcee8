using System.Text.RegularExpressions;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// House rules over source text (ADR 0022), as pure functions so each can be shown to fail on a made-up violation
/// (HuisregelsTests) before it is trusted on the real code. Each returns one readable line per violation.
/// </summary>
internal static partial class Huisregels
{
    /// <summary>The longest line a person should have to read (.editorconfig's max_line_length, enforced here).</summary>
    public const int MaxRegellengte = 160;

    /// <summary>
    /// A date is written for a reader in one place, <c>IdCyclus.Shared.Nederlands</c>: a format with the month or weekday
    /// as a word (MMM, MMMM, ddd, dddd) anywhere else is a second house style waiting to drift. ISO dates
    /// (yyyy-MM-dd) are a data format for date inputs, files and the command line, not a text, and are not meant here.
    /// Whole-line comments are skipped, so a comment may show a format.
    /// </summary>
    public static IReadOnlyList<string> DatumsAlleenViaNederlands(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .Where(b => !b.Key.StartsWith("src/Shared/", StringComparison.Ordinal))
            .SelectMany(b => Regels(b.Value)
                .Where(r => !IsCommentaar(r.Regel) && Datumformaat().IsMatch(r.Regel))
                .Select(r => $"{b.Key}:{r.Nummer}: eigen datumformaat '{Datumformaat().Match(r.Regel).Value}'; gebruik Nederlands.Datum, "
                    + "DagDatum, Moment, DagMoment, DatumTijd of DagDatumTijd."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// One way to change state (issue 9): a page model reads and calls a use case's handler; it never saves a DbContext
    /// itself. Reading through a DbContext is allowed, so the rule looks for the write, <c>SaveChanges</c>, in the
    /// page models (<c>*.cshtml.cs</c>) and in the Razor files themselves.
    /// </summary>
    public static IReadOnlyList<string> PaginasSchrijvenNietZelf(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .Where(b => b.Key.EndsWith(".cshtml.cs", StringComparison.Ordinal) || b.Key.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(b => Regels(b.Value)
                .Where(r => !IsCommentaar(r.Regel) && r.Regel.Contains("SaveChanges", StringComparison.Ordinal))
                .Select(r => $"{b.Key}:{r.Nummer}: een pagina slaat zelf op; laat de handler van de use case dat doen."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// No hand-written line longer than <see cref="MaxRegellengte"/> characters; migrations and generated files are
    /// not hand-written.
    /// </summary>
    public static IReadOnlyList<string> RegelsNietTeLang(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .Where(b => !IsGegenereerd(b.Key))
            .SelectMany(b => Regels(b.Value)
                .Where(r => r.Regel.Length > MaxRegellengte)
                .Select(r => $"{b.Key}:{r.Nummer}: {r.Regel.Length} tekens (hooguit {MaxRegellengte}); breek de regel af."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A row's id is time-ordered (<c>Guid.CreateVersion7()</c>, ADR 0033): a random id (<c>Guid.NewGuid()</c>) lands on
    /// a random page of the primary-key index, so every insert into a large table dirties a page of its own, where
    /// time-ordered ids fill the last page. The rule looks for an entity's <c>Id</c> given a random value, in its
    /// property initialiser or in an object initialiser; other random values (a job's id, a form's key) are not rows.
    /// </summary>
    public static IReadOnlyList<string> RijIdsOpTijd(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .Where(b => !IsGegenereerd(b.Key))
            .SelectMany(b => Regels(b.Value)
                .Where(r => !IsCommentaar(r.Regel) && WillekeurigRijId().IsMatch(r.Regel))
                .Select(r => $"{b.Key}:{r.Nummer}: een rij-id uit Guid.NewGuid(); gebruik Guid.CreateVersion7() (ADR 0033)."))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<(string Regel, int Nummer)> Regels(string bron) =>
        bron.Split('\n').Select((regel, index) => (regel.TrimEnd('\r'), index + 1));

    private static bool IsCommentaar(string regel) =>
        regel.TrimStart() is var r && (r.StartsWith("//", StringComparison.Ordinal) || r.StartsWith("@*", StringComparison.Ordinal));

    private static bool IsGegenereerd(string pad) =>
        pad.Split('/').Contains("Migrations") || pad.EndsWith(".Designer.cs", StringComparison.Ordinal) || pad.EndsWith(".g.cs", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![A-Za-z])(d{3,4}|M{3,4})(?![A-Za-z])")]
    private static partial Regex Datumformaat();

    /// <summary><c>Guid Id { get; init; } = Guid.NewGuid()</c> or <c>Id = Guid.NewGuid()</c> (not <c>TaakId = …</c>).</summary>
    [GeneratedRegex(@"(\bGuid\s+Id\s*\{[^}]*\}\s*=|(?<![\w.])Id\s*=)\s*Guid\.NewGuid\(\)")]
    private static partial Regex WillekeurigRijId();
}
