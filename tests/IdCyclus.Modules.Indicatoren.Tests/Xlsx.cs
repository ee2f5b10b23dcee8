using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IdCyclus.Modules.Indicatoren.Tests;

/// <summary>Writes a small XLSX workbook as Excel would: text as shared strings, numbers as numbers, on the first sheet.</summary>
internal static class Xlsx
{
    public static byte[] Maak(params object?[][] rijen)
    {
        using var stroom = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stroom, SpreadsheetDocumentType.Workbook))
        {
            var werkmap = document.AddWorkbookPart();
            werkmap.Workbook = new Workbook();
            var blad = werkmap.AddNewPart<WorksheetPart>();
            var gedeeld = werkmap.AddNewPart<SharedStringTablePart>();
            gedeeld.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            var teksten = new List<string>();
            for (var r = 0; r < rijen.Length; r++)
            {
                var rij = new Row { RowIndex = (uint)(r + 1) };
                for (var k = 0; k < rijen[r].Length; k++)
                {
                    var referentie = $"{(char)('A' + k)}{r + 1}";
                    switch (rijen[r][k])
                    {
                        case null:
                            continue;
                        case string tekst:
                            var index = teksten.IndexOf(tekst);
                            if (index < 0)
                            {
                                teksten.Add(tekst);
                                gedeeld.SharedStringTable.AppendChild(new SharedStringItem(new Text(tekst)));
                                index = teksten.Count - 1;
                            }

                            rij.AppendChild(new Cell
                            {
                                CellReference = referentie,
                                DataType = CellValues.SharedString,
                                CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            });
                            break;
                        case double getal:
                            rij.AppendChild(new Cell { CellReference = referentie, CellValue = new CellValue(getal) });
                            break;
                        case int geheel:
                            rij.AppendChild(new Cell { CellReference = referentie, CellValue = new CellValue(geheel) });
                            break;
                    }
                }

                data.AppendChild(rij);
            }

            blad.Worksheet = new Worksheet(data);
            var bladen = werkmap.Workbook.AppendChild(new Sheets());
            bladen.AppendChild(new Sheet { Id = werkmap.GetIdOfPart(blad), SheetId = 1, Name = "Indicatoren" });
            werkmap.Workbook.Save();
        }

        return stroom.ToArray();
    }
}
