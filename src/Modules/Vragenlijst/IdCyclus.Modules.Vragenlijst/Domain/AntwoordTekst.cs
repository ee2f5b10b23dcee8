using System.Globalization;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// Answers as text (item number → "3" or a free text), as forms and task fields post them. A scored item needs a
/// whole number; an empty value means "no answer" (ontbreekt), never 0.
/// </summary>
internal static class AntwoordTekst
{
    public static (Dictionary<string, Antwoord> Antwoorden, IReadOnlyList<Fout> Fouten) Lees(
        Vragenlijstinhoud inhoud, IReadOnlyDictionary<string, string> tekst, IReadOnlyDictionary<string, string>? notities = null)
    {
        var antwoorden = new Dictionary<string, Antwoord>(StringComparer.Ordinal);
        var fouten = new List<Fout>();
        foreach (var (nummer, waarde) in tekst)
        {
            var vraag = inhoud.Zoek(nummer);
            var notitie = notities?.GetValueOrDefault(nummer) is { Length: > 0 } n ? n.Trim() : null;
            if (vraag is null)
            {
                fouten.Add(new Fout($"Antwoorden[{nummer}]", $"Vraag '{nummer}' bestaat niet in deze vragenlijst."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(waarde))
            {
                if (notitie is not null)
                {
                    antwoorden[nummer] = new Antwoord(Notitie: notitie);
                }

                continue;
            }

            if (vraag.IsGescoord)
            {
                if (!int.TryParse(waarde.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score))
                {
                    fouten.Add(new Fout($"Antwoorden[{nummer}]", $"Vraag {nummer}: '{waarde}' is geen score; kies 0 tot en met {vraag.Max}."));
                    continue;
                }

                antwoorden[nummer] = new Antwoord(Score: score, Notitie: notitie);
            }
            else
            {
                antwoorden[nummer] = new Antwoord(Tekst: waarde.Trim(), Notitie: notitie);
            }
        }

        return (antwoorden, fouten);
    }
}
