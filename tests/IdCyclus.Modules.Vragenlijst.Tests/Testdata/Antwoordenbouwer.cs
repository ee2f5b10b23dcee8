using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Testdata;

/// <summary>Builds a directie's answers: start from all items at one score and change or drop what the test is about.</summary>
internal sealed class Antwoordenbouwer
{
    private readonly Dictionary<string, Antwoord> _antwoorden = new(StringComparer.Ordinal);

    public static Vragenlijstinhoud Inhoud2024 => Seed2024.Lees();

    /// <summary>Every scored item at its maximum: 47 in 2024.</summary>
    public static Antwoordenbouwer AllesMaximaal()
    {
        var bouwer = new Antwoordenbouwer();
        foreach (var vraag in Inhoud2024.GescoordeVragen)
        {
            bouwer._antwoorden[vraag.Nummer] = new Antwoord(vraag.Max);
        }

        return bouwer;
    }

    public static Antwoordenbouwer Alles(int score)
    {
        var bouwer = new Antwoordenbouwer();
        foreach (var vraag in Inhoud2024.GescoordeVragen)
        {
            bouwer._antwoorden[vraag.Nummer] = new Antwoord(Math.Min(score, vraag.Max!.Value));
        }

        return bouwer;
    }

    public static Antwoordenbouwer Leeg() => new();

    public Antwoordenbouwer Met(string nummer, int score)
    {
        _antwoorden[nummer] = new Antwoord(score);
        return this;
    }

    public Antwoordenbouwer MetTekst(string nummer, string tekst)
    {
        _antwoorden[nummer] = new Antwoord(Tekst: tekst);
        return this;
    }

    public Antwoordenbouwer Zonder(params string[] nummers)
    {
        foreach (var nummer in nummers)
        {
            _antwoorden.Remove(nummer);
        }

        return this;
    }

    public IReadOnlyDictionary<string, Antwoord> Bouw() => new Dictionary<string, Antwoord>(_antwoorden);
}
