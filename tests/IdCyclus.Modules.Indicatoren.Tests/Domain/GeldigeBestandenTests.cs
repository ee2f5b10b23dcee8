using System.Text;
using IdCyclus.Modules.Indicatoren.Domain;

namespace IdCyclus.Modules.Indicatoren.Tests.Domain;

/// <summary>What a valid file means: both separators, decimal comma or point, with or without BOM, XLSX, and CBS symbols kept as symbols.</summary>
public sealed class GeldigeBestandenTests
{
    [Theory]
    [InlineData("indicator;eenheid;periode;waarde\nbanenafspraak_quotum;Sociaal;2024;166,34\n")]
    [InlineData("indicator,eenheid,periode,waarde\nbanenafspraak_quotum,Sociaal,2024,166.34\n")]
    [InlineData("indicator,eenheid,periode,waarde\r\nbanenafspraak_quotum,Sociaal,2024,\"166,34\"\r\n")]
    [InlineData("\uFEFFIndicator;Eenheid;Periode;Waarde\nbanenafspraak_quotum; sociaal ;2024;166.34")]
    [InlineData("waarde;periode;eenheid;indicator\n166,34;2024;Sociaal;banenafspraak_quotum\n")]
    public void Een_decimaal_getal_wordt_gelezen_met_komma_of_punt(string csv)
    {
        var (waarden, fouten) = Testorganisatie.Lees(csv);

        Assert.Empty(fouten);
        var waarde = Assert.Single(waarden);
        Assert.Equal(166.34m, waarde.Waarde.Getal);
        Assert.Equal("sociaal", waarde.Eenheid.Id);
        Assert.Equal(new Periode(2024, null), waarde.Periode);
    }

    [Theory]
    [InlineData("x", "x")]
    [InlineData("X", "x")]
    [InlineData(".", ".")]
    public void Een_cbs_teken_wordt_als_teken_bewaard_nooit_als_nul(string invoer, string teken)
    {
        var (waarden, fouten) = Testorganisatie.Lees($"indicator;eenheid;periode;waarde\nmigratieachtergrond_schaal12plus;Sociaal;2023;{invoer}\n");

        Assert.Empty(fouten);
        var waarde = Assert.Single(waarden).Waarde;
        Assert.Null(waarde.Getal);
        Assert.Equal(teken, waarde.Symbool);
        Assert.True(waarde.IsCbsSymbool);
    }

    [Fact]
    public void Eenheden_worden_gevonden_op_naam_en_afkorting_op_hun_eigen_niveau()
    {
        var (waarden, fouten) = Testorganisatie.Lees(
            "indicator;eenheid;periode;waarde;toelichting;rapportsectie\n" +
            "banenafspraak_quotum;Gemeente;2024;667,5;;\n" +
            "banenafspraak_quotum;Beheer en Dienstverlening;2024;143,45;;\n" +
            "migratieachtergrond_schaal12plus;B&O;2023;24;;\n" +
            "jongeren;Bestuur en Organisatie;2024;22;fictief;\n" +
            "groeipanel;Personeel en Organisatie;2023;ja;;\n" +
            "jongeren;WPI;2024;18%;;Bedrijfsvoering\n" +
            "banenafspraak_gerealiseerd;Stadsdelen;2024-04;92;;\n");

        Assert.Empty(fouten);
        Assert.Equal(
            [
                "gemeente", "stadswerken_en_beheer", "bestuur_en_organisatie", "bestuur_en_organisatie",
                Testorganisatie.Po.Id.ToString(), Testorganisatie.Wpi.Id.ToString(), "stadsdelen",
            ],
            waarden.Select(w => w.Eenheid.Id));
        Assert.Equal("ja", waarden[4].Waarde.Symbool);
        Assert.Equal(18m, waarden[5].Waarde.Getal);
        Assert.Equal("bedrijfsvoering", waarden[5].OnderSectie?.Id);
        Assert.Equal("fictief", waarden[3].Toelichting);
        Assert.Equal(new Periode(2024, 4), waarden[6].Periode);
    }

    [Fact]
    public void Een_xlsx_bestand_wordt_gelezen_van_het_eerste_werkblad_ook_met_een_maand_die_excel_als_datum_opsloeg()
    {
        var bestand = Xlsx.Maak(
            ["indicator", "eenheid", "periode", "waarde"],
            ["banenafspraak_quotum", "Gemeente", 2024, 667.5],
            ["banenafspraak_gerealiseerd", "Sociaal", "2024-01", 191],
            ["banenafspraak_gerealiseerd", "Sociaal", (int)new DateTime(2024, 4, 1).ToOADate(), 194],
            ["migratieachtergrond_schaal12plus", "Sociaal", 2023, "x"]);

        var (waarden, fouten) = Testorganisatie.Lees(bestand);

        Assert.Empty(fouten);
        Assert.Equal(["2024", "2024-01", "2024-04", "2023"], waarden.Select(w => w.Periode.ToString()));
        Assert.Equal([667.5m, 191m, 194m, null], waarden.Select(w => w.Waarde.Getal));
        Assert.Equal("x", waarden[3].Waarde.Symbool);
        Assert.Equal([2, 3, 4, 5], waarden.Select(w => w.Regel));
    }

    [Fact]
    public void Een_veld_tussen_aanhalingstekens_mag_een_regeleinde_bevatten_en_de_regelnummers_tellen_door()
    {
        var (_, fouten) = Testorganisatie.Lees("indicator;eenheid;periode;waarde;toelichting\njongeren;WPI;2024;25;\"twee\nregels\"\njongeren;F&I;2024;abc;\n");

        Assert.Equal(["Regel 4: waarde 'abc' is geen getal. Gebruik bijvoorbeeld 24 of 86,11, of '.' of 'x'."], fouten);
    }

    [Fact]
    public void De_demogegevens_van_2024_zijn_een_geldig_bestand()
    {
        using var stroom = typeof(Indicatordefinitie).Assembly.GetManifestResourceStream("demo-2024.csv")!;
        using var lezer = new StreamReader(stroom, Encoding.UTF8);
        var bestand = Importbestand.Lees(Encoding.UTF8.GetBytes(lezer.ReadToEnd()));

        Assert.Empty(bestand.Fouten);
        Assert.Contains(
            bestand.Regels, r => r.Cellen["indicator"] == "banenafspraak_quotum" && r.Cellen["eenheid"] == "Gemeente" && r.Cellen["waarde"] == "667,5");
        Assert.All(bestand.Regels.Where(r => r.Cellen["indicator"] == "jongeren"), r => Assert.StartsWith("fictief", r.Cellen["toelichting"]));
    }
}
