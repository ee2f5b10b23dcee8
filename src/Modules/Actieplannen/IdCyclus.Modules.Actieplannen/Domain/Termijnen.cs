using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Actieplannen.Domain;

internal enum Eenheid
{
    Dag,
    Week,
    Maand,
    Jaar,
}

/// <summary>
/// A due date as the plan writes it: a calendar date, or a term relative to an anchor ("binnen 3 maanden na goedkeuring").
/// Without an anchor ("binnen 2 maanden") the term counts from the start of the action's planned quarter.
/// </summary>
internal sealed record Termijn(string Tekst, DateOnly? Datum, int Aantal, Eenheid Eenheid, string? Anker)
{
    public bool IsRelatief => Datum is null;
}

/// <summary>A term resolved to a date when its anchor is known; otherwise <see cref="Datum"/> is null and the reason says which anchor is missing.</summary>
internal sealed record OpgelosteTermijn(DateOnly? Datum, string Uitleg);

internal static partial class Termijnen
{
    public const string Goedkeuring = "goedkeuring";

    public const string Formaten =
        "een datum (2024-06-30 of 30-06-2024) of een termijn als 'binnen 3 maanden', "
        + "'binnen zes maanden na aanvang van het project' of 'binnen 1 maand na goedkeuring'";

    private static readonly Dictionary<string, int> Telwoorden = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12,
    };

    public static bool ProbeerLees(string? tekst, out Termijn termijn)
    {
        termijn = null!;
        var schoon = tekst?.Trim().TrimEnd('.').Trim();
        if (string.IsNullOrEmpty(schoon))
        {
            return false;
        }

        if (DateOnly.TryParseExact(schoon, ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            termijn = new Termijn(schoon, datum, 0, Eenheid.Dag, null);
            return true;
        }

        var m = Relatief().Match(schoon);
        if (!m.Success)
        {
            return false;
        }

        var getal = m.Groups["aantal"].Value;
        var aantal = int.TryParse(getal, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Telwoorden.GetValueOrDefault(getal);
        if (aantal is < 1 or > 120)
        {
            return false;
        }

        var eenheid = m.Groups["eenheid"].Value.ToLowerInvariant() switch
        {
            "dag" or "dagen" => Eenheid.Dag,
            "week" or "weken" => Eenheid.Week,
            "maand" or "maanden" => Eenheid.Maand,
            _ => Eenheid.Jaar,
        };
        var anker = m.Groups["anker"].Success ? Normaliseer(m.Groups["anker"].Value) : null;
        termijn = new Termijn(schoon, null, aantal, eenheid, anker);
        return true;
    }

    /// <summary>
    /// "goedkeuring van het plan" and "goedkeuring" are the plan's approval; any other anchor ("aanvang van het project",
    /// "goedkeuring van de communicatiestrategie") is looked up by its name in the plan's anchors.
    /// </summary>
    public static OpgelosteTermijn Los(Termijn termijn, IReadOnlyDictionary<string, DateOnly> ankers, DateOnly? kwartaalBegin)
    {
        if (termijn.Datum is { } vast)
        {
            return new OpgelosteTermijn(vast, "vaste datum");
        }

        DateOnly begin;
        string vanaf;
        if (termijn.Anker is null)
        {
            if (kwartaalBegin is not { } k)
            {
                return new OpgelosteTermijn(null, "nog niet te bepalen: de termijn heeft geen anker en de actie geen gepland kwartaal");
            }

            (begin, vanaf) = (k, "het begin van het geplande kwartaal");
        }
        else
        {
            var naam = termijn.Anker is "goedkeuring van het plan" or "goedkeuring van het actieplan" ? Goedkeuring : termijn.Anker;
            var gevonden = ankers.FirstOrDefault(a => string.Equals(a.Key, naam, StringComparison.OrdinalIgnoreCase));
            if (gevonden.Key is null)
            {
                return new OpgelosteTermijn(null, $"nog niet te bepalen: de datum van '{termijn.Anker}' is nog niet bekend");
            }

            (begin, vanaf) = (gevonden.Value, $"{termijn.Anker} ({Nederlands.Datum(gevonden.Value)})");
        }

        var datum = termijn.Eenheid switch
        {
            Eenheid.Dag => begin.AddDays(termijn.Aantal),
            Eenheid.Week => begin.AddDays(7 * termijn.Aantal),
            Eenheid.Maand => begin.AddMonths(termijn.Aantal),
            _ => begin.AddYears(termijn.Aantal),
        };
        return new OpgelosteTermijn(datum, $"{termijn.Aantal} {Naam(termijn)} na {vanaf}");
    }

    /// <summary>"2024-Q2" → 1 April 2024; null for anything else.</summary>
    public static DateOnly? KwartaalBegin(string? kwartaal) =>
        ProbeerKwartaal(kwartaal, out var jaar, out var nummer) ? new DateOnly(jaar, (nummer - 1) * 3 + 1, 1) : null;

    public static DateOnly? KwartaalEinde(string? kwartaal) => KwartaalBegin(kwartaal)?.AddMonths(3).AddDays(-1);

    public static bool ProbeerKwartaal(string? tekst, out int jaar, out int nummer)
    {
        (jaar, nummer) = (0, 0);
        var m = tekst is null ? Match.Empty : Kwartaal().Match(tekst.Trim());
        if (!m.Success)
        {
            return false;
        }

        jaar = int.Parse(m.Groups["jaar"].Value, CultureInfo.InvariantCulture);
        nummer = m.Groups["q"].Value[0] - '0';
        return jaar is >= 2000 and <= 2100;
    }

    public static string KwartaalVan(DateOnly datum) => $"{datum.Year}-Q{(datum.Month - 1) / 3 + 1}";

    private static string Naam(Termijn t) => (t.Eenheid, t.Aantal == 1) switch
    {
        (Eenheid.Dag, true) => "dag",
        (Eenheid.Dag, false) => "dagen",
        (Eenheid.Week, true) => "week",
        (Eenheid.Week, false) => "weken",
        (Eenheid.Maand, true) => "maand",
        (Eenheid.Maand, false) => "maanden",
        (_, true) => "jaar",
        _ => "jaar",
    };

    private static string Normaliseer(string anker) => MeerdereSpaties().Replace(anker.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(
        @"^binnen\s+(de\s+komende\s+)?(?<aantal>\d+|[a-zé]+)\s+(?<eenheid>dagen|dag|weken|week|maanden|maand|jaren|jaar)(\s+na\s+(?<anker>.+))?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Relatief();

    [GeneratedRegex(@"^(?<jaar>\d{4})-Q(?<q>[1-4])$")]
    private static partial Regex Kwartaal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MeerdereSpaties();
}
