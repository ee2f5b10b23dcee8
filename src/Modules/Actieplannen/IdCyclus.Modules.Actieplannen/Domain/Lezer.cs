using System.Globalization;
using System.Text.Json;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>Reads typed values from a JSON element and records every mismatch with its JSON path, instead of stopping at the first.</summary>
internal sealed class Lezer(List<Fout> fouten)
{
    public List<Fout> Fouten => fouten;

    public void Fout(string pad, string melding) => fouten.Add(new Fout(pad, melding));

    public bool Object(JsonElement e, string pad)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Fout(pad, $"Hier hoort een object ({{ … }}), geen {Soort(e)}.");
        return false;
    }

    public bool Optioneel(JsonElement e, string naam, out JsonElement waarde) =>
        e.TryGetProperty(naam, out waarde) && waarde.ValueKind != JsonValueKind.Null;

    public string? Tekst(JsonElement e, string pad, string naam, bool verplicht = false)
    {
        if (!Optioneel(e, naam, out var w))
        {
            if (verplicht)
            {
                Fout($"{pad}.{naam}", $"'{naam}' ontbreekt.");
            }

            return null;
        }

        if (w.ValueKind != JsonValueKind.String)
        {
            Fout($"{pad}.{naam}", $"'{naam}' moet een tekst zijn, geen {Soort(w)}.");
            return null;
        }

        var tekst = w.GetString()!.Trim();
        if (tekst.Length == 0)
        {
            if (verplicht)
            {
                Fout($"{pad}.{naam}", $"'{naam}' is leeg.");
            }

            return null;
        }

        return tekst;
    }

    public int? Geheel(JsonElement e, string pad, string naam, bool verplicht = false) =>
        Getal<int>(e, pad, naam, verplicht, w => w.TryGetInt32(out var i) ? i : null, "een geheel getal");

    public long? Cent(JsonElement e, string pad, string naam, bool verplicht = false)
    {
        var cent = Getal<long>(e, pad, naam, verplicht, w => w.TryGetInt64(out var i) ? i : null, "een geheel aantal eurocenten (€ 7.500 is 750000)");
        if (cent is < 0)
        {
            Fout($"{pad}.{naam}", "Een bedrag kan niet negatief zijn.");
            return null;
        }

        return cent;
    }

    public decimal? Decimaal(JsonElement e, string pad, string naam, bool verplicht = false) =>
        Getal<decimal>(e, pad, naam, verplicht, w => w.TryGetDecimal(out var d) ? d : null, "een getal");

    public bool? Waarheid(JsonElement e, string pad, string naam)
    {
        if (!Optioneel(e, naam, out var w))
        {
            return null;
        }

        if (w.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return w.GetBoolean();
        }

        Fout($"{pad}.{naam}", $"'{naam}' moet true of false zijn, geen {Soort(w)}.");
        return null;
    }

    public DateOnly? Datum(JsonElement e, string pad, string naam, bool verplicht = false)
    {
        var tekst = Tekst(e, pad, naam, verplicht);
        if (tekst is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        Fout($"{pad}.{naam}", $"'{tekst}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2024-05-01.");
        return null;
    }

    public T? Keuze<T>(JsonElement e, string pad, string naam, IReadOnlyDictionary<string, T> codes) where T : struct
    {
        var tekst = Tekst(e, pad, naam);
        if (tekst is null)
        {
            return null;
        }

        if (codes.TryGetValue(tekst, out var waarde))
        {
            return waarde;
        }

        Fout($"{pad}.{naam}", $"'{tekst}' is geen geldige waarde voor '{naam}'; kies uit: {string.Join(", ", codes.Keys)}.");
        return null;
    }

    public IReadOnlyList<T> Lijst<T>(JsonElement e, string pad, string naam, Func<JsonElement, string, T?> lees)
    {
        if (!Optioneel(e, naam, out var lijst))
        {
            return [];
        }

        if (lijst.ValueKind != JsonValueKind.Array)
        {
            Fout($"{pad}.{naam}", $"'{naam}' moet een lijst ([ … ]) zijn, geen {Soort(lijst)}.");
            return [];
        }

        var uitkomst = new List<T>();
        var i = 0;
        foreach (var item in lijst.EnumerateArray())
        {
            if (lees(item, $"{pad}.{naam}[{i++}]") is { } gelezen)
            {
                uitkomst.Add(gelezen);
            }
        }

        return uitkomst;
    }

    public T? Waarde<T>(JsonElement e, string pad, JsonValueKind soort, string omschrijving)
    {
        if (e.ValueKind == soort)
        {
            if (typeof(T) == typeof(string))
            {
                return (T)(object)e.GetString()!.Trim();
            }

            if (typeof(T) == typeof(int) && e.TryGetInt32(out var i))
            {
                return (T)(object)i;
            }
        }

        Fout(pad, $"Hier hoort {omschrijving}, geen {Soort(e)}.");
        return default;
    }

    private T? Getal<T>(JsonElement e, string pad, string naam, bool verplicht, Func<JsonElement, T?> lees, string omschrijving)
        where T : struct
    {
        if (!Optioneel(e, naam, out var w))
        {
            if (verplicht)
            {
                Fout($"{pad}.{naam}", $"'{naam}' ontbreekt.");
            }

            return null;
        }

        if (w.ValueKind == JsonValueKind.Number && lees(w) is { } waarde)
        {
            return waarde;
        }

        Fout($"{pad}.{naam}", $"'{naam}' moet {omschrijving} zijn, niet {(w.ValueKind == JsonValueKind.Number ? w.GetRawText() : Soort(w))}.");
        return null;
    }

    private static string Soort(JsonElement e) => JsonWaarde.Beschrijf(e);
}
