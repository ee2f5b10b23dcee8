using System.Text.Json;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Host.Cli;

/// <summary>A scripted actor: who completes which step, after how many days, for which items — or never.</summary>
internal sealed record Actie(
    string Stap, int? NaDagen, bool Nooit, IReadOnlyList<string>? Voor, string? Door, string? Uitkomst, IReadOnlyDictionary<string, string?>? Velden)
{
    /// <summary>The actor <c>door</c> names when the task's own handler acts (the default).</summary>
    public const string Behandelaar = "behandelaar";

    /// <summary>Null when the action is not for this task; otherwise the <c>voor</c> entry it matched ("" without a list).</summary>
    public string? Raakt(WorkflowTaak taak) =>
        taak.StapId != Stap ? null
        : Voor is null || Voor.Count == 0 ? ""
        : Voor.FirstOrDefault(v => Onderdeel.Naam(taak.BereikOmschrijving) is { } o && (o == v || o.EndsWith($"({v})", StringComparison.Ordinal)));
}

/// <summary>
/// Whom or what an item is about, as its description names it: "Naam (AFK)" for a directie, a section's name, or, for an
/// agreement of Opvolging ("SIS: Trekker met minimaal 8 uur per week benoemd"), the part before the colon.
/// </summary>
internal static class Onderdeel
{
    public static string? Naam(string? omschrijving) =>
        omschrijving?.IndexOf(": ", StringComparison.Ordinal) is > 0 and var i ? omschrijving[..i] : omschrijving;

    /// <summary>The abbreviation of "Naam (AFK)", or the name itself; "—" for the top-level instance.</summary>
    public static string Kort(string? omschrijving) =>
        Naam(omschrijving) is not { } naam ? "—"
        : naam.EndsWith(')') && naam.LastIndexOf('(') is var i and >= 0 ? naam[(i + 1)..^1] : naam;
}

internal sealed record Gedrag(IReadOnlyList<Actie> Acties)
{
    public static readonly Gedrag Geen = new([]);

    public static Gedrag? Lees(string json, out string? fout)
    {
        fout = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            fout = "leeg bestand; verwacht wordt een JSON-object met 'acties'.";
            return null;
        }

        List<string> fouten;
        try
        {
            using var document = JsonDocument.Parse(json);
            fouten = Gedragsvorm.Controleer(document.RootElement);
        }
        catch (JsonException ex)
        {
            fout = Workflows.WorkflowDefinitieLezer.SyntaxMelding(json, ex);
            return null;
        }

        // Only a file of the right shape is deserialised, so no English message of the serialiser reaches the reader.
        var gedrag = fouten.Count == 0 ? JsonSerializer.Deserialize<Gedrag>(json, JsonSerializerOptions.Web)! : null;
        fouten.AddRange((gedrag?.Acties ?? []).Select((a, i) =>
                string.IsNullOrEmpty(a.Stap) ? $"acties[{i}]: 'stap' ontbreekt."
                : !a.Nooit && a.NaDagen is null ? $"acties[{i}]: geef 'naDagen' of 'nooit': true."
                : a.NaDagen < 0 ? $"acties[{i}]: 'naDagen' kan niet negatief zijn."
                : null)
            .OfType<string>());
        if (fouten.Count > 0)
        {
            fout = string.Join(Environment.NewLine + "  ", fouten);
            return null;
        }

        return gedrag;
    }

    /// <summary>
    /// What reading alone cannot see: a <c>stap</c> that is no task step of any published definition (the simulated one, or
    /// one the modules start during the year, such as the clusterdirecteur's conversation with each directeur) and a
    /// <c>door</c> that is no role. Either would pass silently otherwise: an action that fits no task does nothing, and the
    /// timeline would show a year in which nobody acted, or the run would stop halfway on an unknown role.
    /// </summary>
    public IReadOnlyList<string> Controleer(
        IReadOnlyCollection<string> taakstappen, IReadOnlyCollection<string> rollen, IReadOnlyCollection<string> directies)
    {
        var fouten = new List<string>();
        var actoren = rollen.Prepend(Actie.Behandelaar).ToList();
        for (var i = 0; i < Acties.Count; i++)
        {
            var actie = Acties[i];
            if (!taakstappen.Contains(actie.Stap))
            {
                fouten.Add($"acties[{i}].stap: '{actie.Stap}' is geen taakstap van de definities. "
                    + Bedoeld(actie.Stap, taakstappen, "Taakstappen"));
            }

            if (actie.Door is { } door && !actoren.Contains(door))
            {
                fouten.Add($"acties[{i}].door: '{door}' is geen rol. " + Bedoeld(door, actoren, "Rollen"));
            }

            foreach (var (veld, waarde) in actie.Velden ?? new Dictionary<string, string?>())
            {
                fouten.AddRange(Veldwaarde.Directies(waarde).Where(a => !directies.Contains(a)).Select(a =>
                    $"acties[{i}].velden.{veld}: '{{directie:{a}}}' noemt geen directie. " + Bedoeld(a, directies, "Directies")));
            }
        }

        return fouten;
    }

    private static string Bedoeld(string naam, IEnumerable<string> bekend, string soort) =>
        Workflows.Lezen.Suggesties.Voor(naam, bekend) is { } suggestie
            ? $"Bedoelt u '{suggestie}'?"
            : $"{soort}: {string.Join(", ", bekend.Order(StringComparer.Ordinal))}.";
}

/// <summary>
/// The shape of a behaviour file, checked on the parsed document before it is deserialised: every field in the wrong
/// place or of the wrong kind is named with its path, in Dutch, all at once. Field names match without regard to case,
/// as the deserialiser's web defaults do.
/// </summary>
internal static class Gedragsvorm
{
    private enum Soort
    {
        Tekst,
        Getal,
        Waarheid,
        Lijst,
        Velden,
    }

    private static readonly IReadOnlyDictionary<string, Soort> Actievelden = new Dictionary<string, Soort>(StringComparer.OrdinalIgnoreCase)
    {
        ["stap"] = Soort.Tekst, ["naDagen"] = Soort.Getal, ["nooit"] = Soort.Waarheid, ["voor"] = Soort.Lijst,
        ["door"] = Soort.Tekst, ["uitkomst"] = Soort.Tekst, ["velden"] = Soort.Velden,
    };

    public static List<string> Controleer(JsonElement wortel)
    {
        var fouten = new List<string>();
        if (wortel.ValueKind != JsonValueKind.Object)
        {
            return ["het bestand hoort een JSON-object te zijn: { \"acties\": [ … ] }."];
        }

        foreach (var veld in wortel.EnumerateObject().Where(v => !string.Equals(v.Name, "acties", StringComparison.OrdinalIgnoreCase)))
        {
            fouten.Add($"{veld.Name}: onbekend veld; het bestand kent alleen 'acties'.");
        }

        if (!Probeer(wortel, "acties", out var acties) || acties.ValueKind != JsonValueKind.Array)
        {
            fouten.Add("acties: ontbreekt of is geen lijst ([ … ]).");
            return fouten;
        }

        var i = 0;
        foreach (var actie in acties.EnumerateArray())
        {
            var pad = $"acties[{i++}]";
            if (actie.ValueKind != JsonValueKind.Object)
            {
                fouten.Add($"{pad}: hoort een object te zijn ({{ \"stap\": …, \"naDagen\": … }}).");
                continue;
            }

            foreach (var veld in actie.EnumerateObject())
            {
                fouten.AddRange(Actievelden.TryGetValue(veld.Name, out var soort)
                    ? Waarde($"{pad}.{veld.Name}", veld.Value, soort)
                    : [$"{pad}.{veld.Name}: onbekend veld. Velden: {string.Join(", ", Actievelden.Keys)}."]);
            }
        }

        return fouten;
    }

    private static IEnumerable<string> Waarde(string pad, JsonElement waarde, Soort soort) => soort switch
    {
        Soort.Tekst when waarde.ValueKind != JsonValueKind.String => [$"{pad}: hoort tekst te zijn, tussen dubbele aanhalingstekens."],
        Soort.Getal when waarde.ValueKind != JsonValueKind.Number || !waarde.TryGetInt32(out _) =>
            [$"{pad}: hoort een geheel getal te zijn, zonder aanhalingstekens."],
        Soort.Waarheid when waarde.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => [$"{pad}: hoort true of false te zijn."],
        Soort.Lijst when waarde.ValueKind != JsonValueKind.Array || waarde.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String) =>
            [$"{pad}: hoort een lijst van teksten te zijn, zoals [\"P&O\", \"UI&E\"]."],
        Soort.Velden when waarde.ValueKind != JsonValueKind.Object =>
            [$"{pad}: hoort een object te zijn met per formulierveld een tekst, zoals {{ \"UrenPerWeek\": \"8\" }}."],
        Soort.Velden => waarde.EnumerateObject()
            .Where(v => v.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            .Select(v => $"{pad}.{v.Name}: hoort tekst te zijn (ook een getal of datum tussen aanhalingstekens), of null."),
        _ => [],
    };

    private static bool Probeer(JsonElement wortel, string naam, out JsonElement waarde)
    {
        foreach (var veld in wortel.EnumerateObject().Where(v => string.Equals(v.Name, naam, StringComparison.OrdinalIgnoreCase)))
        {
            waarde = veld.Value;
            return true;
        }

        waarde = default;
        return false;
    }
}

/// <summary>
/// The placeholders of a behaviour file's <c>velden</c>: <c>{item}</c> is the task's item in lower-case letters and
/// digits ("uie" for UI&amp;E, for a made-up e-mail address), <c>{directie:SIS}</c> the id of the directie with that
/// abbreviation, for a form field that asks for a directie (such as an agreement row of a duidingsgesprek's outcome):
/// its id is made when the demo organisation is, so a file cannot name it.
/// </summary>
internal static partial class Veldwaarde
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\{directie:([^{}]+)\}")]
    private static partial System.Text.RegularExpressions.Regex DirectiePlek();

    /// <summary>The abbreviations a value names with <c>{directie:…}</c>.</summary>
    public static IEnumerable<string> Directies(string? waarde) =>
        waarde is null ? [] : DirectiePlek().Matches(waarde).Select(m => m.Groups[1].Value);

    public static string? Vul(string? waarde, string item, IReadOnlyDictionary<string, Guid> directies) =>
        waarde is null ? null
        : DirectiePlek().Replace(waarde.Replace("{item}", item, StringComparison.Ordinal), m => directies[m.Groups[1].Value].ToString());
}

/// <summary>
/// Which actions and <c>voor</c> names met a task during the run. One that never did is most likely a typo in a name
/// ("P&amp;0" for "P&amp;O") or an action shadowed by an earlier one for the same step: the run says so at the end.
/// </summary>
internal sealed class Gedragsgebruik(Gedrag gedrag)
{
    private readonly HashSet<(int Actie, string Voor)> _geraakt = [];

    /// <summary>The first action for this task (the file's order decides), noted as used.</summary>
    public Actie? Kies(WorkflowTaak taak)
    {
        for (var i = 0; i < gedrag.Acties.Count; i++)
        {
            if (gedrag.Acties[i].Raakt(taak) is { } voor)
            {
                _geraakt.Add((i, voor));
                return gedrag.Acties[i];
            }
        }

        return null;
    }

    public IReadOnlyList<string> Ongebruikt()
    {
        var meldingen = new List<string>();
        for (var i = 0; i < gedrag.Acties.Count; i++)
        {
            var actie = gedrag.Acties[i];
            if (!_geraakt.Any(g => g.Actie == i))
            {
                meldingen.Add($"acties[{i}] (stap '{actie.Stap}') paste in deze periode op geen enkele taak.");
                continue;
            }

            meldingen.AddRange((actie.Voor ?? []).Where(v => !_geraakt.Contains((i, v)))
                .Select(v => $"acties[{i}].voor: '{v}' paste in deze periode op geen enkele taak van stap '{actie.Stap}'."));
        }

        return meldingen;
    }
}
