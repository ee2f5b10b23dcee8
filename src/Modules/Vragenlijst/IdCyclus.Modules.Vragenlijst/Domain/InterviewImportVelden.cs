using System.Globalization;
using System.Text.Json;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

internal static partial class InterviewImport
{
    /// <summary>JSON primitives (texts, dates, names, unknown or doubled fields), each with a Dutch error at its place in the file.</summary>
    private sealed partial class Lezer
    {
        private string? LeesTekst(JsonElement? waarde, string plaats, string wat)
        {
            if (waarde is not { } tekst)
            {
                return null;
            }

            if (tekst.ValueKind == JsonValueKind.String)
            {
                return string.IsNullOrWhiteSpace(tekst.GetString()) ? null : tekst.GetString()!.Trim();
            }

            Fout(plaats, $"verwacht {wat} als tekst, maar vond {Soort(tekst)}");
            return null;
        }

        private List<string> LeesAccounthouders(JsonElement? waarde, string pad)
        {
            if (waarde is not { } lijst)
            {
                return [];
            }

            if (lijst.ValueKind != JsonValueKind.Array)
            {
                Fout(pad, $"verwacht een lijst met namen, maar vond {Soort(lijst)}");
                return [];
            }

            var namen = new List<string>();
            var index = 0;
            foreach (var naam in lijst.EnumerateArray())
            {
                if (naam.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(naam.GetString()))
                {
                    namen.Add(naam.GetString()!.Trim());
                }
                else
                {
                    Fout($"{pad}[{index}]", $"verwacht de naam van een accounthouder, maar vond {Soort(naam)}");
                }

                index++;
            }

            return namen;
        }

        private DateOnly? LeesDatum(JsonElement? waarde, string plaats)
        {
            if (waarde is not { } datum)
            {
                return null;
            }

            if (datum.ValueKind == JsonValueKind.String &&
                DateOnly.TryParseExact(datum.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var gelezen))
            {
                return gelezen;
            }

            Fout(plaats, $"verwacht een datum als \"jjjj-mm-dd\", maar vond {Soort(datum)}");
            return null;
        }

        /// <summary>The object's fields by name; unknown and repeated fields are reported, the first occurrence wins.</summary>
        private Dictionary<string, JsonElement> Velden(JsonElement element, string voorvoegsel, string[] bekend)
        {
            var velden = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var veld in UniekeVelden(element, voorvoegsel.TrimEnd('.')))
            {
                if (bekend.Contains(veld.Name))
                {
                    velden[veld.Name] = veld.Value;
                }
                else
                {
                    Fout($"{voorvoegsel}{veld.Name}", $"onbekend veld \"{veld.Name}\"; toegestaan zijn {Opsomming(bekend)}");
                }
            }

            return velden;
        }

        /// <summary>JSON allows a name twice and silently keeps one; in an import that hides a typo, so it is an error.</summary>
        private List<JsonProperty> UniekeVelden(JsonElement element, string pad)
        {
            var gezien = new HashSet<string>(StringComparer.Ordinal);
            var velden = new List<JsonProperty>();
            foreach (var veld in element.EnumerateObject())
            {
                if (gezien.Add(veld.Name))
                {
                    velden.Add(veld);
                }
                else
                {
                    Fout(pad.Length == 0 ? "bestand" : pad, $"veld \"{veld.Name}\" komt twee keer voor");
                }
            }

            return velden;
        }
    }
}
