using System.Text;

namespace IdCyclus.Modules.Indicatoren.Tests.Domain;

/// <summary>Files that cannot be read as a table at all, or whose header is wrong: one precise Dutch message, no figures.</summary>
public sealed class OngeldigeBestandenTests
{
    private const string Kop = "indicator;eenheid;periode;waarde";
    private const string Geldig = "jongeren;WPI;2024;25";

    public static TheoryData<string, byte[], string> Bestanden() => new()
    {
        { "leeg", [], "Het bestand is leeg." },
        { "alleen BOM", [0xEF, 0xBB, 0xBF], "Het bestand is leeg (alleen lege regels)." },
        { "alleen lege regels", Utf8("\n\r\n\n"), "Het bestand is leeg (alleen lege regels)." },
        { "alleen scheidingstekens", Utf8(";;;\n;;;\n"), "Het bestand is leeg (alleen lege regels)." },
        { "alleen kopregel", Utf8(Kop + "\n"), "Het bestand bevat alleen de kopregel en geen cijfers." },
        { "kopregel en lege regels", Utf8(Kop + "\n\n;;;\n"), "Het bestand bevat alleen de kopregel en geen cijfers." },
        {
            "kolom waarde ontbreekt",
            Utf8("indicator;eenheid;periode\njongeren;WPI;2024\n"),
            "Regel 1: de kopregel mist de kolom(men) waarde. Verwacht: indicator;eenheid;periode;waarde."
        },
        {
            "kolom eenheid heet cluster",
            Utf8("indicator;periode;waarde\njongeren;2024;25\n"),
            "Regel 1: de kopregel mist de kolom(men) eenheid. Verwacht: indicator;eenheid;periode;waarde."
        },
        { "dubbele kolom", Utf8(Kop + ";waarde\n" + Geldig + ";26\n"), "Regel 1: de kolom 'waarde' staat er 2 keer in." },
        {
            "kop na lege regels",
            Utf8("\n\nindicator;eenheid;periode;waarde;Jaar\n"),
            "Regel 3: onbekende kolom 'jaar'. Toegestaan zijn indicator, eenheid, periode en waarde, en eventueel toelichting en rapportsectie."
        },
        { "binair", [0x01, 0x00, 0x02, 0x03, 0x00], "Het bestand is geen CSV- of XLSX-bestand (het bevat binaire gegevens)." },
        {
            "oud Excel",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            "Het bestand is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV (UTF-8)."
        },
        { "pdf", Utf8("%PDF-1.7\n"), "Het bestand is een PDF, geen CSV- of XLSX-bestand." },
        { "utf-16", [0xFF, 0xFE, (byte)'i', 0, (byte)'n', 0], "Het bestand is opgeslagen als UTF-16 (Unicode-tekst). Sla het op als CSV UTF-8." },
        {
            "windows-1252 op regel 3",
            [.. Utf8(Kop + "\n" + Geldig + "\njongeren;"), 0xC9, .. Utf8("cole;2024;25\n")],
            "Regel 3: het bestand is geen geldige UTF-8-tekst (bijvoorbeeld opgeslagen als ANSI of Windows-1252). Sla het op als CSV UTF-8."
        },
        {
            "aanhalingsteken niet afgesloten",
            Utf8(Kop + "\n" + Geldig + "\njongeren;\"WPI;2024;25\n"),
            "Regel 3: een aanhalingsteken (\") wordt niet afgesloten."
        },
        {
            "zip maar geen xlsx",
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00],
            "Het bestand lijkt een XLSX-bestand (zip), maar kan niet als Excel-werkmap worden gelezen. Sla het opnieuw op als .xlsx of als CSV (UTF-8)."
        },
        { "te groot", [.. Utf8(Kop + "\n"), .. Enumerable.Repeat((byte)'a', 2_000_001)], "Het bestand is 2,0 MB; het maximum is 2 MB." },
        { "xlsx leeg werkblad", Xlsx.Maak(), "Het eerste werkblad van het XLSX-bestand is leeg." },
        { "xlsx alleen kop", Xlsx.Maak(["indicator", "eenheid", "periode", "waarde"]), "Het bestand bevat alleen de kopregel en geen cijfers." },
        {
            "xlsx kolom ontbreekt",
            Xlsx.Maak(["indicator", "eenheid", "waarde"], ["jongeren", "WPI", 25]),
            "Regel 1: de kopregel mist de kolom(men) periode. Verwacht: indicator;eenheid;periode;waarde."
        },
        {
            "xlsx gegevens rechts",
            Xlsx.Maak(["indicator", "eenheid", "periode", "waarde"], ["jongeren", "WPI", 2024, 25], ["jongeren", "F&I", 2024, 25, "?"]),
            "Regel 3: er staan gegevens rechts van de laatste kolom (waarde)."
        },
        {
            "xlsx percentage te hoog",
            Xlsx.Maak(["indicator", "eenheid", "periode", "waarde"], ["jongeren", "WPI", 2024, 25], ["jongeren", "F&I", 2024, 120.5]),
            "Regel 3: jongeren is een percentage; 120.5 ligt buiten 0 tot en met 100."
        },
        {
            "xlsx onbekende eenheid",
            Xlsx.Maak(["indicator", "eenheid", "periode", "waarde"], ["jongeren", "WPI", 2024, 25], ["jongeren", "Inkomen", 2024, 25]),
            "Regel 3: onbekende eenheid 'Inkomen'; gebruik Gemeente, een cluster, een rapportsectie of een directie "
                + "(naam of afkorting zoals Organisatie ze kent)."
        },
        {
            "rapportsectie onbekend",
            Utf8(Kop + ";rapportsectie\n" + Geldig + ";\njongeren;F&I;2024;25;Onbekend\n"),
            "Regel 3: onbekende rapportsectie 'Onbekend'. "
                + "Rapportsecties: Bedrijfsvoering, Bestuur en Organisatie, Sociaal, Stadsdelen, Beheer en Dienstverlening."
        },
        {
            "rapportsectie bij sectiecijfer",
            Utf8(Kop + ";rapportsectie\n" + Geldig + ";\nbanenafspraak_quotum;Sociaal;2024;5;Sociaal\n"),
            "Regel 3: de kolom rapportsectie is alleen voor cijfers van een directie; Sociaal is een cluster en rapportsectie."
        },
        {
            "toelichting te lang",
            Utf8(Kop + ";toelichting\n" + Geldig + ";\njongeren;F&I;2024;25;" + new string('a', 1001) + "\n"),
            "Regel 3: de toelichting is 1001 tekens; het maximum is 1000."
        },
    };

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void Een_onleesbaar_bestand_wordt_geweigerd_met_een_precieze_melding(string naam, byte[] inhoud, string melding)
    {
        var (waarden, fouten) = Testorganisatie.Lees(inhoud);

        Assert.True(fouten.Count == 1 && fouten[0] == melding, $"{naam}: {string.Join(" | ", fouten)}");
        Assert.Empty(waarden);
    }

    [Fact]
    public void Alle_fouten_van_een_bestand_komen_tegelijk_met_hun_regelnummer()
    {
        var (waarden, fouten) = Testorganisatie.Lees($"{Kop}\n{Geldig}\njongeren;Inkomen;2024;25\n\njongeren;F&I;2024-13;25\ndialoogsessies;WPI;2024;-1\n");

        Assert.Empty(waarden);
        Assert.Equal(3, fouten.Count);
        Assert.StartsWith("Regel 3: ", fouten[0]);
        Assert.StartsWith("Regel 5: ", fouten[1]);
        Assert.StartsWith("Regel 6: ", fouten[2]);
    }

    private static byte[] Utf8(string tekst) => Encoding.UTF8.GetBytes(tekst);
}
