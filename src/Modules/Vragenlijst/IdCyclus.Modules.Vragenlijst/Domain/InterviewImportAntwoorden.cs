using System.Globalization;
using System.Text.Json;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

internal static partial class InterviewImport
{
    /// <summary>The answers and notes of one interview, checked against the questionnaire version's items and options.</summary>
    private sealed partial class Lezer
    {
        private Dictionary<string, Antwoord>? LeesAntwoorden(JsonElement? waarde, string pad, Vragenlijstinhoud? inhoud)
        {
            if (waarde is not { } antwoorden)
            {
                Fout(pad, "antwoorden ontbreekt; gebruik {} als er nog niets is beantwoord");
                return null;
            }

            if (antwoorden.ValueKind != JsonValueKind.Object)
            {
                Fout($"{pad}.antwoorden", $"verwacht een object met per vraagnummer het antwoord, maar vond {Soort(antwoorden)}");
                return null;
            }

            var resultaat = new Dictionary<string, Antwoord>(StringComparer.Ordinal);
            foreach (var veld in UniekeVelden(antwoorden, $"{pad}.antwoorden"))
            {
                var plaats = $"{pad}.antwoorden[\"{veld.Name}\"]";
                if (inhoud is null)
                {
                    continue;
                }

                if (inhoud.Zoek(veld.Name) is not { } vraag)
                {
                    Fout(plaats, $"onbekende vraag \"{veld.Name}\" in vragenlijst {_versiecode}");
                    continue;
                }

                if (LeesAntwoord(veld.Value, vraag, plaats) is { } antwoord)
                {
                    resultaat[vraag.Nummer] = antwoord;
                }
            }

            return resultaat;
        }

        private Antwoord? LeesAntwoord(JsonElement waarde, Vraag vraag, string plaats)
        {
            if (!vraag.IsGescoord)
            {
                if (waarde.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(waarde.GetString()))
                {
                    return new Antwoord(Tekst: waarde.GetString()!.Trim());
                }

                Fout(plaats, waarde.ValueKind == JsonValueKind.String
                    ? "lege tekst; laat de vraag weg als er geen antwoord is"
                    : $"vraag {vraag.Nummer} is een open vraag; verwacht tekst, maar vond {Soort(waarde)}");
                return null;
            }

            switch (waarde.ValueKind)
            {
                case JsonValueKind.Number when waarde.TryGetInt32(out var score):
                    if (score >= 0 && score <= vraag.Max)
                    {
                        return new Antwoord(score);
                    }

                    Fout(plaats, $"score {score} valt buiten 0 tot en met {vraag.Max}");
                    return null;
                case JsonValueKind.Number when waarde.TryGetDecimal(out var getal) && getal == decimal.Truncate(getal) && !waarde.GetRawText().Contains('.'):
                    Fout(plaats, $"score {waarde.GetRawText()} valt buiten 0 tot en met {vraag.Max}");
                    return null;
                case JsonValueKind.Number:
                    Fout(plaats, $"score {waarde.GetRawText()} is geen geheel getal; kies 0 tot en met {vraag.Max}");
                    return null;
                case JsonValueKind.Null:
                    Fout(plaats, $"null is geen score; laat de vraag weg als het antwoord ontbreekt, of kies 0 tot en met {vraag.Max}");
                    return null;
                default:
                    Fout(plaats, $"vraag {vraag.Nummer} vraagt om een score 0 tot en met {vraag.Max}, maar vond {Soort(waarde)}");
                    return null;
            }
        }

        private void LeesNotities(JsonElement? waarde, string pad, Vragenlijstinhoud? inhoud, Dictionary<string, Antwoord>? antwoorden)
        {
            if (waarde is not { } notities)
            {
                return;
            }

            if (notities.ValueKind != JsonValueKind.Object)
            {
                Fout(pad, $"verwacht een object met per vraagnummer een notitie, maar vond {Soort(notities)}");
                return;
            }

            foreach (var veld in UniekeVelden(notities, pad))
            {
                var plaats = $"{pad}[\"{veld.Name}\"]";
                if (inhoud is not null && inhoud.Zoek(veld.Name) is null)
                {
                    Fout(plaats, $"onbekende vraag \"{veld.Name}\" in vragenlijst {_versiecode}");
                }
                else if (veld.Value.ValueKind != JsonValueKind.String)
                {
                    Fout(plaats, $"verwacht een notitie als tekst, maar vond {Soort(veld.Value)}");
                }
                else if (antwoorden is not null && !string.IsNullOrWhiteSpace(veld.Value.GetString()))
                {
                    // A note on an unanswered item is kept: it often says why the answer is missing.
                    var notitie = veld.Value.GetString()!.Trim();
                    antwoorden[veld.Name] = antwoorden.TryGetValue(veld.Name, out var antwoord)
                        ? antwoord with { Notitie = notitie }
                        : new Antwoord(Notitie: notitie);
                }
            }
        }
    }
}
