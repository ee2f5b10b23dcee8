using IdCyclus.Shared.Validation;

namespace IdCyclus.Shared.Opdrachtregel;

/// <summary>
/// The options of a module's command-line verb (<c>vragenlijst scores --jaar 2024 --format csv</c>), read one way for
/// every verb. A mistake gets a Dutch message that names the option, and nothing runs: an option the verb does not know
/// (a typo would otherwise be ignored, and the verb would do something else than asked), an option without its value,
/// an option given twice, a word that is not an option.
/// </summary>
public static class Opdrachtopties
{
    /// <summary>
    /// The subcommand (<c>args[0]</c>) and its options, or null when either is wrong: then every problem and the verb's
    /// usage are on <paramref name="fout"/>, and the verb exits with code 2 without doing anything.
    /// </summary>
    public static async Task<(string Subopdracht, IReadOnlyDictionary<string, string> Opties)?> LeesAsync(
        string werkwoord, IReadOnlyList<string> args, IReadOnlyDictionary<string, string[]> subopdrachten, string gebruik, TextWriter fout)
    {
        IReadOnlyList<string> meldingen;
        if (args.Count == 0 || !subopdrachten.TryGetValue(args[0], out var bekend))
        {
            meldingen = [args.Count == 0
                ? $"Geef een opdracht: {string.Join(" of ", subopdrachten.Keys)}."
                : $"Onbekende opdracht '{werkwoord} {args[0]}'."];
        }
        else
        {
            var gelezen = Lees(args.Skip(1).ToList(), bekend);
            if (gelezen.IsGelukt)
            {
                return (args[0], gelezen.Waarde!);
            }

            meldingen = gelezen.Fouten.Select(f => f.Melding).ToList();
        }

        foreach (var melding in meldingen)
        {
            await fout.WriteLineAsync(melding);
        }

        await fout.WriteLineAsync(gebruik);
        return null;
    }

    /// <summary>
    /// Reads <c>--naam waarde</c> pairs (<paramref name="args"/> without the verb and its subcommand) into a dictionary
    /// keyed by the name without dashes. Host settings are one word each with a colon or an equals sign
    /// (<c>--Database:Provider=Sqlite</c>, <c>--environment=Development</c>): the host has taken them, so they are skipped.
    /// </summary>
    public static Resultaat<IReadOnlyDictionary<string, string>> Lees(IReadOnlyList<string> args, IReadOnlyCollection<string> bekend)
    {
        var opties = new Dictionary<string, string>(StringComparer.Ordinal);
        var fouten = new List<Fout>();
        for (var i = 0; i < args.Count; i++)
        {
            var woord = args[i];
            if (!woord.StartsWith("--", StringComparison.Ordinal))
            {
                fouten.Add(new Fout(woord, $"Onverwacht argument '{woord}': een optie begint met --, gevolgd door haar waarde."));
                continue;
            }

            var naam = woord[2..];
            if (naam.Contains(':', StringComparison.Ordinal) || naam.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            var heeftWaarde = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            if (!bekend.Contains(naam))
            {
                fouten.Add(new Fout(woord, $"Onbekende optie '{woord}'. Deze opdracht kent: {string.Join(", ", bekend.Select(b => "--" + b))}."));
                if (heeftWaarde)
                {
                    i++; // Its value belongs to it: one mistake, one message.
                }

                continue;
            }

            if (!heeftWaarde)
            {
                fouten.Add(new Fout(woord, $"Bij {woord} ontbreekt de waarde."));
                continue;
            }

            if (!opties.TryAdd(naam, args[++i]))
            {
                fouten.Add(new Fout(woord, $"{woord} staat er twee keer in; geef elke optie één keer."));
            }
        }

        return fouten.Count == 0
            ? Resultaat<IReadOnlyDictionary<string, string>>.Gelukt(opties)
            : Resultaat<IReadOnlyDictionary<string, string>>.Mislukt(fouten);
    }
}
