using System.Text.RegularExpressions;

namespace IdCyclus.Tests.Architecture;

/// <summary>
/// The rules that keep the workflow runtime a library (ADR 0019) and the house's files small, as pure functions so
/// each can be shown to fail on a made-up violation (RuntimeregelsTests) before it is trusted on the real code.
/// </summary>
internal static partial class Runtimeregels
{
    /// <summary>The longest a hand-written source file may be (STYLE.md): longer, and it does more than one job.</summary>
    public const int MaxRegels = 400;

    /// <summary>
    /// Every public type of the runtime is on the allow-list, and everything on the list still exists: a new public type
    /// is a decision (add it to the list in the same change, with the ADR in mind), not an accident.
    /// </summary>
    public static IReadOnlyList<string> AlleenToegestaanPubliek(IReadOnlyCollection<string> publiek, IReadOnlyCollection<string> toegestaan) =>
        publiek.Except(toegestaan).Select(t => $"{t} is publiek maar staat niet op de lijst van de runtime; maak het internal of zet het op de lijst.")
            .Concat(toegestaan.Except(publiek).Select(t => $"{t} staat op de lijst maar is niet (meer) publiek; haal het van de lijst."))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The workflow libraries know no module or domain words: they are for any module. A word counts at the start of a
    /// word (so "clusterdirecteur" counts, "IdCyclus" does not), in code, comments and messages alike.
    /// </summary>
    public static IReadOnlyList<string> GeenDomeinwoorden(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .SelectMany(b => b.Value
                .Split('\n')
                .Select((regel, index) => (Regel: regel, Nummer: index + 1))
                .SelectMany(r => Domeinwoord().Matches(r.Regel).Select(m => $"{b.Key}:{r.Nummer}: '{m.Value}' is een woord van een module of het domein.")))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Hand-written files over <see cref="MaxRegels"/> lines; migrations and generated files are not hand-written.</summary>
    public static IReadOnlyList<string> GeenGrootBestand(IReadOnlyDictionary<string, string> bronbestanden) =>
        bronbestanden
            .Where(b => !IsGegenereerd(b.Key))
            .Select(b => (Pad: b.Key, Regels: b.Value.TrimEnd('\n').Split('\n').Length))
            .Where(b => b.Regels > MaxRegels)
            .Select(b => $"{b.Pad} heeft {b.Regels} regels (hooguit {MaxRegels}); splits het naar taak.")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsGegenereerd(string pad) =>
        pad.Replace('\\', '/').Split('/').Contains("Migrations")
        || pad.EndsWith(".Designer.cs", StringComparison.Ordinal)
        || pad.EndsWith(".g.cs", StringComparison.Ordinal);

    [GeneratedRegex(
        @"\b(cluster|directie|directeur|trekker|interview|actieplan|vragenlijst|werkgroep|accounthouder|indicator|rapportage|voortgangscyclus)\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domeinwoord();
}
