using System.Text.Json;

namespace IdCyclus.Workflows.Lezen;

// JSON primitives with Dutch errors: every read names its JSON path and says what was found instead.
internal sealed partial class DefinitieLezing
{
    private string? Naam(
        Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, IReadOnlySet<string>? bekend, string onbekend, string meervoud,
        string? uitleg = null)
    {
        var naam = Tekst(velden, pad, veld, verplicht, uitleg);
        if (naam is null || bekend is null || bekend.Contains(naam))
        {
            return naam;
        }

        var suggestie = Suggesties.Voor(naam, bekend);
        var lijst = bekend.Count == 0 ? $"Er zijn geen {meervoud} bekend." : $"Bekende {meervoud}: {string.Join(", ", bekend.Order(StringComparer.Ordinal))}.";
        Fout(Pad(pad, veld), $"{onbekend} '{naam}'.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} {lijst}");
        return null;
    }

    private T? Keuze<T>(
        Dictionary<string, JsonElement> velden, string pad, string veld, IReadOnlyDictionary<string, T> keuzes, bool verplicht, string wat, string onbekend)
        where T : struct
    {
        if (Tekst(velden, pad, veld, verplicht) is not { } tekst)
        {
            return null;
        }

        if (keuzes.TryGetValue(tekst, out var keuze))
        {
            return keuze;
        }

        var suggestie = Suggesties.Voor(tekst, keuzes.Keys);
        Fout(Pad(pad, veld),
            $"{onbekend} '{tekst}'.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} Kies een {wat} uit: {string.Join(", ", keuzes.Keys)}.");
        return null;
    }

    private string? Slug(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, string voorbeeld)
    {
        var tekst = Tekst(velden, pad, veld, verplicht);
        if (tekst is not null && !SlugPatroon().IsMatch(tekst))
        {
            Fout(Pad(pad, veld),
                $"'{tekst}' is geen geldige {veld}: gebruik kleine letters, cijfers en streepjes, en begin met een letter of cijfer ({voorbeeld}).");
            return null;
        }

        return tekst;
    }

    private string? Tekst(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, string? uitleg = null) =>
        Waarde(velden, pad, veld, verplicht, out var waarde, uitleg) ? TekstWaarde(waarde, Pad(pad, veld), $"Veld '{veld}'") : null;

    private bool? Waarheid(Dictionary<string, JsonElement> velden, string pad, string veld)
    {
        if (!Waarde(velden, pad, veld, verplicht: false, out var waarde))
        {
            return null;
        }

        if (waarde.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return waarde.GetBoolean();
        }

        Fout(Pad(pad, veld), $"Veld '{veld}' moet true of false zijn, maar is {Beschrijf(waarde)}.");
        return null;
    }

    private int? GeheelGetal(JsonElement waarde, string pad, string veld)
    {
        if (waarde.ValueKind != JsonValueKind.Number)
        {
            Fout(pad, $"Veld '{veld}' moet een geheel getal zijn, maar is {Beschrijf(waarde)}.");
            return null;
        }

        if (waarde.TryGetInt32(out var getal))
        {
            return getal;
        }

        Fout(pad, waarde.TryGetDecimal(out var decimaal) && decimaal == decimal.Truncate(decimaal)
            ? $"Veld '{veld}' is {waarde.GetRawText()}: dat getal is te groot."
            : $"Veld '{veld}' moet een geheel getal zijn, maar is {waarde.GetRawText()}.");
        return null;
    }

    private string? TekstWaarde(JsonElement waarde, string pad, string onderwerp)
    {
        if (waarde.ValueKind != JsonValueKind.String)
        {
            Fout(pad, $"{onderwerp} moet een tekst zijn, maar is {Beschrijf(waarde)}.");
            return null;
        }

        var tekst = waarde.GetString()!;
        if (string.IsNullOrWhiteSpace(tekst))
        {
            Fout(pad, $"{onderwerp} mag niet leeg zijn.");
            return null;
        }

        if (tekst.Trim() != tekst)
        {
            Fout(pad, $"{onderwerp} begint of eindigt met spaties: '{tekst}'. Haal ze weg.");
            return null;
        }

        return tekst;
    }

    private List<JsonElement>? Array(JsonElement waarde, string pad, string veld)
    {
        if (waarde.ValueKind == JsonValueKind.Array)
        {
            return [.. waarde.EnumerateArray()];
        }

        Fout(pad, $"Veld '{veld}' moet een lijst zijn ([ ... ]), maar is {Beschrijf(waarde)}.");
        return null;
    }

    private Dictionary<string, JsonElement>? Object(JsonElement waarde, string pad, string onderwerp)
    {
        if (waarde.ValueKind != JsonValueKind.Object)
        {
            Fout(pad, $"{onderwerp} moet een JSON-object zijn ({{ ... }}), maar is {Beschrijf(waarde)}.");
            return null;
        }

        var velden = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var veld in waarde.EnumerateObject())
        {
            if (!velden.TryAdd(veld.Name, veld.Value))
            {
                Fout(Pad(pad, veld.Name), $"Veld '{veld.Name}' komt meer dan één keer voor; welke waarde geldt, is dan onduidelijk.");
            }
        }

        return velden;
    }

    /// <summary>Whether the field has a value; reports a missing required field and an explicit null.</summary>
    private bool Waarde(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, out JsonElement waarde, string? uitleg = null)
    {
        if (!velden.TryGetValue(veld, out waarde))
        {
            if (verplicht)
            {
                Fout(Pad(pad, veld), $"Verplicht veld '{veld}' ontbreekt.{(uitleg is null ? "" : " " + uitleg)}");
            }

            return false;
        }

        if (waarde.ValueKind == JsonValueKind.Null)
        {
            Fout(Pad(pad, veld), verplicht
                ? $"Veld '{veld}' is null, maar is verplicht.{(uitleg is null ? "" : " " + uitleg)}"
                : $"Veld '{veld}' is null. Laat een veld zonder waarde weg.");
            return false;
        }

        return true;
    }

    private void Onbekend(Dictionary<string, JsonElement> velden, string pad, IReadOnlyCollection<string> toegestaan, string waar, StapSoort? soort = null)
    {
        foreach (var naam in velden.Keys.Where(naam => !toegestaan.Contains(naam)))
        {
            var anderen = Velden.PerSoort.Where(paar => paar.Value.Contains(naam)).Select(paar => $"'{Velden.Naam(paar.Key)}'").ToList();
            if (soort is not null && anderen.Count > 0)
            {
                Fout(Pad(pad, naam),
                    $"Veld '{naam}' hoort niet bij een stap van soort '{Velden.Naam(soort.Value)}', maar bij soort {string.Join(" of ", anderen)}.");
                continue;
            }

            var suggestie = Suggesties.Voor(naam, toegestaan);
            Fout(Pad(pad, naam), suggestie is null
                ? $"Onbekend veld '{naam}' {waar}. Toegestane velden: {string.Join(", ", toegestaan)}."
                : $"Onbekend veld '{naam}' {waar}. Bedoelde je '{suggestie}'?");
        }
    }

    private static string Beschrijf(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.String => $"de tekst \"{waarde.GetString()}\"",
        JsonValueKind.Number => $"het getal {waarde.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {waarde.GetRawText()}",
        _ => "null",
    };
}
