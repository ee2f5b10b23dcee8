using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Tests.Integration.Rapportage;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// `rapport maak` on a fresh SQLite file with interviews imported by the vragenlijst verb: the PDF has every section and
/// directie, the numbers of the HTML, A4 pages, tags and Dutch as its language.
/// </summary>
[Collection(ConsoleCollectie.Naam)]
public sealed class RapportVerbTests : IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("idcyclus-rapport-").FullName;

    private string Database => Path.Combine(map, "verb.db");

    [Fact]
    public async Task Het_rapport_2024_als_pdf_en_html_met_elke_sectie_directie_en_score()
    {
        var import = Path.Combine(map, "interviews.json");
        await File.WriteAllTextAsync(import, """
            {"jaar": 2024, "versie": "2024", "interviews": [
              {"directie": "F&I", "respondenttype": "trekker", "antwoorden": {"1": 3, "2": 3, "3": 3, "4": 3, "5": 3, "6": 2, "7": 3, "8": 3, "9": 3, "10": 3,
                "11": 3, "12": 3, "13": 3, "14a": 3, "14b": 3, "15": 3}},
              {"directie": "GGD", "respondenttype": "trekker", "antwoorden": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 1, "10": 1,
                "11": 1, "12": 1, "13": 1, "14a": 1, "14b": 1, "15": 1}}
            ]}
            """);
        var (importCode, _, importFout) = await OpdrachtRegel.VoerUitAsync("vragenlijst", "import", "--file", import, "--database", Database);
        Assert.True(importCode == 0, importFout);
        var pdf = Path.Combine(map, "rapport.pdf");
        var html = Path.Combine(map, "rapport.html");

        var (code, uit, fout) = await OpdrachtRegel.VoerUitAsync("rapport", "maak", "--jaar", "2024", "--uitvoer", pdf, "--html", html, "--database", Database);

        Assert.True(code == 0, fout);
        Assert.Contains("44 directies, 2 definitieve interviews", uit);
        var info = await Pdfcontrole.InfoAsync(pdf);
        Assert.Equal("yes", info["Tagged"]);
        Assert.StartsWith("594.96 x 841.92 pts (A4)", info["Page size"]);
        Assert.True(int.Parse(info["Pages"]) >= 20, $"{info["Pages"]} pagina's");
        Assert.Contains("/Lang (nl)", System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf)));

        var tekst = await Pdfcontrole.TekstAsync(pdf);
        string[] secties =
        [
            "Bedrijfsvoering", "Bestuur en Organisatie", "Digitalisering, Innovatie en Informatie", "Ruimte en Economie", "Sociaal", "Stadsdelen",
            "Beheer en Dienstverlening",
        ];
        foreach (var sectie in secties)
        {
            Assert.Contains($"Cluster {sectie}", tekst);
        }

        Assert.Contains("Pagina 3 van", tekst);
        var paginas = tekst.Split('\f');
        var inhoud = System.Text.RegularExpressions.Regex.Match(paginas[1], @"Verantwoording\s+pagina (\d+)");
        Assert.True(inhoud.Success, paginas[1]);
        var bijlage2 = Array.FindIndex(paginas, p => p.Contains("Bijlage 2. Verantwoording", StringComparison.Ordinal)) + 1;
        Assert.Equal(bijlage2.ToString(), inhoud.Groups[1].Value);
        Assert.Contains("Bijlage 2. Verantwoording", tekst);
        Assert.Contains("Fictieve gegevens.", tekst);
        var document = await File.ReadAllTextAsync(html);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"nl\">", document);
        foreach (var afkorting in new[] { "BIA", "P&amp;O", "GGD", "V&amp;OR", "Zuidoost", "DV" })
        {
            Assert.Contains($"<th scope=\"row\">{afkorting}</th>", document);
            Assert.Contains(afkorting.Replace("&amp;", "&", StringComparison.Ordinal), tekst);
        }

        Assert.Contains("<th scope=\"row\">F&amp;I</th><td>47</td>", document);
        Assert.Contains("<th scope=\"row\">GGD</th><td>16</td>", document);
        Assert.Matches(@"F&I\s+47", tekst);
        Assert.Matches(@"GGD\s+16", tekst);
    }

    [Fact]
    public async Task Zonder_jaar_of_uitvoer_een_nederlandse_melding()
    {
        var (code, _, fout) = await OpdrachtRegel.VoerUitAsync("rapport", "maak", "--uitvoer", Path.Combine(map, "x.pdf"), "--database", Database);

        Assert.Equal(2, code);
        Assert.Contains("Geef het jaar met --jaar", fout);
        Assert.False(File.Exists(Path.Combine(map, "x.pdf")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(map, recursive: true);
    }
}
