using System.Text;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>One data row of an import file: its line (CSV) or row number (XLSX) and its cells by column name.</summary>
internal sealed record Bestandsregel(int Regel, IReadOnlyDictionary<string, string> Cellen);

/// <summary>The rows of a file, or why it cannot be read at all.</summary>
internal sealed record Bestandsinhoud(IReadOnlyList<Bestandsregel> Regels, IReadOnlyList<string> Fouten)
{
    public static Bestandsinhoud Fout(params string[] fouten) => new([], fouten);
}

/// <summary>
/// Reads an import file as a table: CSV (header row, ';' or ',' separated, UTF-8 with or without BOM) or XLSX (the
/// first sheet). Recognised by content, not by name, because a name says nothing about what was actually saved.
/// </summary>
internal static class Importbestand
{
    public const int MaxBytes = 2_000_000;
    public const int MaxRegels = 20_000;

    public static readonly string[] Verplicht = ["indicator", "eenheid", "periode", "waarde"];
    public static readonly string[] Optioneel = ["toelichting", "rapportsectie"];

    private static readonly UTF8Encoding StrikteUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Bestandsinhoud Lees(byte[] inhoud)
    {
        if (inhoud.Length == 0)
        {
            return Bestandsinhoud.Fout("Het bestand is leeg.");
        }

        if (inhoud.Length > MaxBytes)
        {
            var megabytes = (inhoud.Length / 1_000_000.0).ToString("0.0", IdCyclus.Shared.Nederlands.Cultuur);
            return Bestandsinhoud.Fout($"Het bestand is {megabytes} MB; het maximum is 2 MB.");
        }

        if (Begint(inhoud, 0x50, 0x4B, 0x03, 0x04))
        {
            return XlsxLezer.Lees(inhoud);
        }

        if (Begint(inhoud, 0xD0, 0xCF, 0x11, 0xE0))
        {
            return Bestandsinhoud.Fout("Het bestand is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV (UTF-8).");
        }

        if (Begint(inhoud, 0x25, 0x50, 0x44, 0x46))
        {
            return Bestandsinhoud.Fout("Het bestand is een PDF, geen CSV- of XLSX-bestand.");
        }

        if (Begint(inhoud, 0xFF, 0xFE) || Begint(inhoud, 0xFE, 0xFF))
        {
            return Bestandsinhoud.Fout("Het bestand is opgeslagen als UTF-16 (Unicode-tekst). Sla het op als CSV UTF-8.");
        }

        if (Array.IndexOf(inhoud, (byte)0) >= 0)
        {
            return Bestandsinhoud.Fout("Het bestand is geen CSV- of XLSX-bestand (het bevat binaire gegevens).");
        }

        var start = Begint(inhoud, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (EersteOngeldigeUtf8Regel(inhoud, start) is { } regel)
        {
            return Bestandsinhoud.Fout(
                $"Regel {regel}: het bestand is geen geldige UTF-8-tekst (bijvoorbeeld opgeslagen als ANSI of Windows-1252). Sla het op als CSV UTF-8.");
        }

        var tekst = StrikteUtf8.GetString(inhoud, start, inhoud.Length - start);
        return CsvLezer.Lees(tekst);
    }

    /// <summary>The header's column names, checked: the four required ones, optional ones, nothing unknown or twice.</summary>
    public static IReadOnlyList<string> ControleerKop(int regel, IReadOnlyList<string> kop, out IReadOnlyList<string> namen)
    {
        var kolommen = kop.Select(k => k.Trim().ToLowerInvariant()).ToList();
        namen = kolommen;
        var fouten = new List<string>();
        foreach (var onbekend in kolommen.Where(n => n.Length > 0 && !Verplicht.Contains(n) && !Optioneel.Contains(n)).Distinct())
        {
            fouten.Add($"Regel {regel}: onbekende kolom '{onbekend}'. "
                + "Toegestaan zijn indicator, eenheid, periode en waarde, en eventueel toelichting en rapportsectie.");
        }

        foreach (var dubbel in kolommen.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1))
        {
            fouten.Add($"Regel {regel}: de kolom '{dubbel.Key}' staat er {dubbel.Count()} keer in.");
        }

        var ontbrekend = Verplicht.Where(v => !kolommen.Contains(v)).ToList();
        if (ontbrekend.Count > 0)
        {
            fouten.Add($"Regel {regel}: de kopregel mist de kolom(men) {string.Join(", ", ontbrekend)}. Verwacht: indicator;eenheid;periode;waarde.");
        }

        return fouten;
    }

    /// <summary>The line of the first byte sequence that is not UTF-8, so the person knows where to look; null if all is valid.</summary>
    private static int? EersteOngeldigeUtf8Regel(byte[] inhoud, int start)
    {
        var regel = 1;
        var begin = start;
        for (var i = start; i <= inhoud.Length; i++)
        {
            if (i < inhoud.Length && inhoud[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                StrikteUtf8.GetCharCount(inhoud, begin, i - begin);
            }
            catch (DecoderFallbackException)
            {
                return regel;
            }

            regel++;
            begin = i + 1;
        }

        return null;
    }

    private static bool Begint(byte[] inhoud, params byte[] teken) => inhoud.Length >= teken.Length && inhoud.AsSpan(0, teken.Length).SequenceEqual(teken);
}
