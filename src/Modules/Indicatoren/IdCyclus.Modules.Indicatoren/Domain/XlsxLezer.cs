using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>
/// The first sheet of an XLSX workbook as a table, with Excel's own row numbers. Numbers are read as stored (invariant
/// culture), so a decimal typed as 86,11 in a Dutch Excel arrives as 86.11 and is read the same.
/// </summary>
internal static class XlsxLezer
{
    public static Bestandsinhoud Lees(byte[] inhoud)
    {
        try
        {
            using var stroom = new MemoryStream(inhoud, writable: false);
            using var document = SpreadsheetDocument.Open(stroom, isEditable: false);
            var werkmap = document.WorkbookPart;
            var blad = werkmap?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (werkmap is null || blad?.Id?.Value is not { } id || werkmap.GetPartById(id) is not WorksheetPart deel)
            {
                return Bestandsinhoud.Fout("Het XLSX-bestand heeft geen werkblad.");
            }

            var gedeeld = werkmap.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rijen = deel.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>()
                .Select(r => (Nummer: (int)(r.RowIndex?.Value ?? 0), Cellen: Cellen(r, gedeeld)))
                .Where(r => r.Cellen.Values.Any(v => v.Trim().Length > 0))
                .ToList() ?? [];
            if (rijen.Count == 0)
            {
                return Bestandsinhoud.Fout("Het eerste werkblad van het XLSX-bestand is leeg.");
            }

            var kop = rijen[0];
            var breedte = kop.Cellen.Keys.Max() + 1;
            var koppen = Enumerable.Range(0, breedte).Select(k => kop.Cellen.GetValueOrDefault(k, "")).ToList();
            var kopfouten = Importbestand.ControleerKop(kop.Nummer, koppen, out var namen);
            if (kopfouten.Count > 0)
            {
                return new Bestandsinhoud([], kopfouten);
            }

            if (rijen.Count == 1)
            {
                return Bestandsinhoud.Fout("Het bestand bevat alleen de kopregel en geen cijfers.");
            }

            if (rijen.Count - 1 > Importbestand.MaxRegels)
            {
                return Bestandsinhoud.Fout($"Het bestand heeft {rijen.Count - 1} regels met cijfers; het maximum is {Importbestand.MaxRegels}.");
            }

            var fouten = new List<string>();
            var regels = new List<Bestandsregel>();
            foreach (var (nummer, cellen) in rijen.Skip(1))
            {
                if (cellen.Keys.Where(k => k >= breedte).Any(k => cellen[k].Trim().Length > 0))
                {
                    fouten.Add($"Regel {nummer}: er staan gegevens rechts van de laatste kolom ({namen[^1]}).");
                    continue;
                }

                regels.Add(new Bestandsregel(nummer, Enumerable.Range(0, breedte).Where(k => namen[k].Length > 0)
                    .ToDictionary(k => namen[k], k => cellen.GetValueOrDefault(k, "").Trim())));
            }

            return new Bestandsinhoud(regels, fouten);
        }
        // Whatever the package reader trips over (zip, XML, parts), for the person it is one thing: not a readable workbook.
        catch (Exception fout) when (fout is not OutOfMemoryException)
        {
            return Bestandsinhoud.Fout("Het bestand lijkt een XLSX-bestand (zip), maar kan niet als Excel-werkmap worden gelezen. "
                + "Sla het opnieuw op als .xlsx of als CSV (UTF-8).");
        }
    }

    private static Dictionary<int, string> Cellen(Row rij, IReadOnlyList<string> gedeeld)
    {
        var cellen = new Dictionary<int, string>();
        var volgende = 0;
        foreach (var cel in rij.Elements<Cell>())
        {
            var kolom = cel.CellReference?.Value is { } referentie ? Kolom(referentie) : volgende;
            volgende = kolom + 1;
            cellen[kolom] = Tekst(cel, gedeeld);
        }

        return cellen;
    }

    private static string Tekst(Cell cel, IReadOnlyList<string> gedeeld)
    {
        var waarde = cel.CellValue?.Text ?? "";
        if (cel.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < gedeeld.Count ? gedeeld[index] : "";
        }

        if (cel.DataType?.Value == CellValues.InlineString)
        {
            return cel.InlineString?.InnerText ?? "";
        }

        if (cel.DataType?.Value == CellValues.Boolean)
        {
            return waarde == "1" ? "ja" : "nee";
        }

        // A number: Excel stores 86.11 as 86.109999999999999; round-trip through double gives what the person typed.
        if ((cel.DataType is null || cel.DataType.Value == CellValues.Number)
            && double.TryParse(waarde, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal))
        {
            return getal.ToString("R", CultureInfo.InvariantCulture);
        }

        return waarde;
    }

    /// <summary>"C7" → 2 (zero-based column).</summary>
    private static int Kolom(string referentie)
    {
        var kolom = 0;
        foreach (var teken in referentie.TakeWhile(char.IsLetter))
        {
            kolom = kolom * 26 + (char.ToUpperInvariant(teken) - 'A' + 1);
        }

        return kolom - 1;
    }
}
