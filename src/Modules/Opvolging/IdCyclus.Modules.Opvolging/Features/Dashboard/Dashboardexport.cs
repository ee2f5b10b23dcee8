using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// The filtered dashboard as a file, section first and then the page's columns (ADR 0024). CSV is what Dutch Excel opens
/// with a double click: UTF-8 with a byte order mark (else é becomes Ã©) and ';' between fields (Dutch Excel's list
/// separator, because ',' is its decimal comma). XLSX keeps numbers as numbers.
/// </summary>
internal static class Dashboardexport
{
    public const string CsvType = "text/csv; charset=utf-8";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Bestandsnaam(DateOnly vandaag, string extensie) => $"gmt-dashboard-{vandaag:yyyy-MM-dd}.{extensie}";

    public static IEnumerable<IReadOnlyList<Cel>> Rijen(Dashboardstand stand, IReadOnlyList<Dashboardsectie> secties)
    {
        yield return [new(Dashboardtabel.SectieKolom), .. Dashboardtabel.Kolommen(stand.Jaar, stand.Norm).Select(k => new Cel(k))];
        foreach (var sectie in secties)
        {
            foreach (var regel in sectie.Regels)
            {
                yield return [new(sectie.Naam), .. stand.Cellen(regel)];
            }
        }
    }

    public static byte[] Csv(IEnumerable<IReadOnlyList<Cel>> rijen)
    {
        var tekst = new StringBuilder();
        foreach (var rij in rijen)
        {
            tekst.AppendJoin(';', rij.Select(c => CsvVeld(c.Tekst))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    /// <summary>
    /// Quoted when it holds the separator, a quote or a line break. A text that starts like a formula (= + - @) gets a
    /// leading apostrophe, so a name typed as "=HYPERLINK(…)" stays text in Excel (CSV injection).
    /// </summary>
    public static string CsvVeld(string tekst)
    {
        var veilig = tekst.Length > 0 && "=+-@\t\r".Contains(tekst[0]) ? "'" + tekst : tekst;
        return veilig.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{veilig.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : veilig;
    }

    /// <summary>One sheet, inline strings (no shared-string table to keep in step), numbers where a cell has one, header row frozen.</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<Cel>> rijen)
    {
        using var stroom = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stroom, SpreadsheetDocumentType.Workbook))
        {
            var werkboek = document.AddWorkbookPart();
            werkboek.Workbook = new Workbook();
            var blad = werkboek.AddNewPart<WorksheetPart>();
            var gegevens = new SheetData();
            uint nummer = 1;
            foreach (var rij in rijen)
            {
                var regel = new Row { RowIndex = nummer };
                var kolom = 0;
                foreach (var cel in rij)
                {
                    regel.Append(Xlsxcel(cel, $"{Kolomletter(kolom++)}{nummer}", eerste: nummer == 1));
                }

                gegevens.Append(regel);
                nummer++;
            }

            var bevriezen = new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 });
            blad.Worksheet = new Worksheet(bevriezen, gegevens);
            werkboek.Workbook.AppendChild(new Sheets(new Sheet { Id = werkboek.GetIdOfPart(blad), SheetId = 1, Name = "GMT-dashboard" }));
            werkboek.Workbook.Save();
        }

        return stroom.ToArray();
    }

    private static Cell Xlsxcel(Cel cel, string verwijzing, bool eerste) =>
        cel.Getal is { } getal && !eerste
            ? new Cell { CellReference = verwijzing, DataType = CellValues.Number, CellValue = new CellValue(getal) }
            : new Cell { CellReference = verwijzing, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cel.Tekst)) };

    private static string Kolomletter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}
