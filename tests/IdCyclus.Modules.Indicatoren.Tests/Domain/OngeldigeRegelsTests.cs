namespace IdCyclus.Modules.Indicatoren.Tests.Domain;

/// <summary>
/// Every malformed row of the issue, each in a file of its own, once separated by ';' and once by ',': the file is
/// refused with one precise Dutch message naming line 3 (the header is line 1, a valid row line 2), and no figure
/// comes through, so nothing can be stored.
/// </summary>
public sealed class OngeldigeRegelsTests
{
    private const string Bekend = "Bekende indicatoren: migratieachtergrond_schaal12plus, jongeren, banenafspraak_quotum, "
        + "banenafspraak_gerealiseerd, dialoogsessies, groeipanel, aantal_medewerkers.";
    private const string GeenGetal = " Gebruik bijvoorbeeld 24 of 86,11, of '.' of 'x'.";
    private const string Decimaalteken = " Gebruik één decimaalteken (komma of punt) en geen scheidingsteken voor duizendtallen.";
    private const string PeriodeVorm = "; gebruik jjjj of jjjj-mm, bijvoorbeeld 2024 of 2024-01.";
    private const string Eenheden = "; gebruik Gemeente, een cluster, een rapportsectie of een directie (naam of afkorting zoals Organisatie ze kent).";

    /// <summary>The bad row (fields separated by '|'), and the message for line 3.</summary>
    private static readonly (string Regel, string Melding)[] Gevallen =
    [
        ("onbekend|WPI|2024|25", $"Regel 3: onbekende indicator 'onbekend'. {Bekend}"),
        ("banenafspraak|Sociaal|2024|5", $"Regel 3: onbekende indicator 'banenafspraak'. {Bekend}"),
        ("score_vragenlijst|WPI|2024|30", $"Regel 3: onbekende indicator 'score_vragenlijst'. {Bekend}"),
        ("|WPI|2024|25", $"Regel 3: de indicator ontbreekt. {Bekend}"),
        ("jongeren|Inkomen|2024|25", "Regel 3: onbekende eenheid 'Inkomen'" + Eenheden),
        ("jongeren|Vastgoed|2024|25", "Regel 3: onbekende eenheid 'Vastgoed'" + Eenheden),
        ("banenafspraak_quotum|Amsterdam-Noord|2024|25", "Regel 3: onbekende eenheid 'Amsterdam-Noord'" + Eenheden),
        ("jongeren||2024|25", "Regel 3: de eenheid ontbreekt; gebruik Gemeente, een cluster, een rapportsectie of een directie (naam of afkorting)."),
        ("jongeren|Gemeente|2024|25", "Regel 3: jongeren wordt gemeten per cluster, rapportsectie of directie, maar 'Gemeente' is de gemeente."),
        ("banenafspraak_quotum|WPI|2024|5", "Regel 3: banenafspraak_quotum wordt gemeten per gemeente of rapportsectie, maar 'WPI' is een directie."),
        ("banenafspraak_gerealiseerd|F&I|2024-01|5",
            "Regel 3: banenafspraak_gerealiseerd wordt gemeten per gemeente of rapportsectie, maar 'F&I' is een directie."),
        ("banenafspraak_gerealiseerd|Stadsdelen, Beheer en Dienstverlening|2024-01|5",
            "Regel 3: banenafspraak_gerealiseerd wordt gemeten per gemeente of rapportsectie, maar 'Stadsdelen, Beheer en Dienstverlening' is een cluster."),
        ("groeipanel|Sociaal|2023|ja", "Regel 3: groeipanel wordt gemeten per directie, maar 'Sociaal' is een cluster en rapportsectie."),
        ("groeipanel|Gemeente|2023|ja", "Regel 3: groeipanel wordt gemeten per directie, maar 'Gemeente' is de gemeente."),
        ("migratieachtergrond_schaal12plus|F&I|2023|20",
            "Regel 3: migratieachtergrond_schaal12plus wordt gemeten per gemeente, cluster of rapportsectie, maar 'F&I' is een directie."),
        ("dialoogsessies|Gemeente|2024|3", "Regel 3: dialoogsessies wordt gemeten per rapportsectie of directie, maar 'Gemeente' is de gemeente."),
        ("jongeren|WPI|2024|101", "Regel 3: jongeren is een percentage; 101 ligt buiten 0 tot en met 100."),
        ("jongeren|WPI|2024|-1", "Regel 3: jongeren is een percentage; -1 ligt buiten 0 tot en met 100."),
        ("jongeren|WPI|2024|100,5", "Regel 3: jongeren is een percentage; 100,5 ligt buiten 0 tot en met 100."),
        ("jongeren|WPI|2024|150%", "Regel 3: jongeren is een percentage; 150% ligt buiten 0 tot en met 100."),
        ("migratieachtergrond_schaal12plus|Sociaal|2023|230", "Regel 3: migratieachtergrond_schaal12plus is een percentage; 230 ligt buiten 0 tot en met 100."),
        ("migratieachtergrond_schaal12plus|Sociaal|2023|-0.5",
            "Regel 3: migratieachtergrond_schaal12plus is een percentage; -0.5 ligt buiten 0 tot en met 100."),
        ("dialoogsessies|WPI|2024|-2", "Regel 3: dialoogsessies is een aantal; een negatief aantal (-2) kan niet."),
        ("banenafspraak_quotum|Sociaal|2024|-1,5", "Regel 3: banenafspraak_quotum is een aantal; een negatief aantal (-1,5) kan niet."),
        ("banenafspraak_gerealiseerd|Sociaal|2024-01|-3", "Regel 3: banenafspraak_gerealiseerd is een aantal; een negatief aantal (-3) kan niet."),
        ("aantal_medewerkers|WPI|2024|-10", "Regel 3: aantal_medewerkers is een aantal; een negatief aantal (-10) kan niet."),
        ("dialoogsessies|WPI|2024|2,5", "Regel 3: dialoogsessies is een heel aantal; 2,5 heeft decimalen."),
        ("aantal_medewerkers|WPI|2024|10.5", "Regel 3: aantal_medewerkers is een heel aantal; 10.5 heeft decimalen."),
        ("jongeren|WPI|2024|abc", "Regel 3: waarde 'abc' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|1.234,5", "Regel 3: waarde '1.234,5' is geen getal." + Decimaalteken + GeenGetal),
        ("jongeren|WPI|2024|12,5,3", "Regel 3: waarde '12,5,3' is geen getal." + Decimaalteken + GeenGetal),
        ("aantal_medewerkers|WPI|2024|1.234.567", "Regel 3: waarde '1.234.567' is geen getal." + Decimaalteken + GeenGetal),
        ("jongeren|WPI|2024|12 5", "Regel 3: waarde '12 5' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|1e3", "Regel 3: waarde '1e3' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|,5", "Regel 3: waarde ',5' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|5,", "Regel 3: waarde '5,' is geen getal." + GeenGetal),
        ("dialoogsessies|WPI|2024|3%", "Regel 3: waarde '3%' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|twintig", "Regel 3: waarde 'twintig' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|--5", "Regel 3: waarde '--5' is geen getal." + GeenGetal),
        ("banenafspraak_quotum|Sociaal|2024|€ 12", "Regel 3: waarde '€ 12' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|0x10", "Regel 3: waarde '0x10' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|NaN", "Regel 3: waarde 'NaN' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|ja", "Regel 3: waarde 'ja' is geen getal." + GeenGetal),
        ("jongeren|WPI|2024|", "Regel 3: de waarde ontbreekt; gebruik '.' als de gegevens ontbreken of 'x' als het CBS het cijfer geheimhoudt."),
        ("dialoogsessies|WPI|2024|   ", "Regel 3: de waarde ontbreekt; gebruik '.' als de gegevens ontbreken of 'x' als het CBS het cijfer geheimhoudt."),
        ("groeipanel|WPI|2023|misschien", "Regel 3: groeipanel is ja of nee; gebruik ja, nee of nvt (of x of .), niet 'misschien'."),
        ("groeipanel|WPI|2023|1", "Regel 3: groeipanel is ja of nee; gebruik ja, nee of nvt (of x of .), niet '1'."),
        ("groeipanel|WPI|2023|true", "Regel 3: groeipanel is ja of nee; gebruik ja, nee of nvt (of x of .), niet 'true'."),
        ("groeipanel|WPI|2023|✓", "Regel 3: groeipanel is ja of nee; gebruik ja, nee of nvt (of x of .), niet '✓'."),
        ("jongeren|WPI||25", "Regel 3: de periode ontbreekt" + PeriodeVorm),
        ("jongeren|WPI|24|25", "Regel 3: periode '24' is ongeldig" + PeriodeVorm),
        ("jongeren|WPI|2024/01|25", "Regel 3: periode '2024/01' is ongeldig" + PeriodeVorm),
        ("jongeren|WPI|01-2024|25", "Regel 3: periode '01-2024' is ongeldig" + PeriodeVorm),
        ("banenafspraak_gerealiseerd|Sociaal|2024-1|5", "Regel 3: periode '2024-1' is ongeldig" + PeriodeVorm),
        ("jongeren|WPI|jan 2024|25", "Regel 3: periode 'jan 2024' is ongeldig" + PeriodeVorm),
        ("jongeren|WPI|2024-Q1|25", "Regel 3: periode '2024-Q1' is ongeldig" + PeriodeVorm),
        ("jongeren|WPI|20245|25", "Regel 3: periode '20245' is ongeldig" + PeriodeVorm),
        ("banenafspraak_gerealiseerd|Sociaal|2024-13|5", "Regel 3: periode '2024-13' bestaat niet: een maand loopt van 01 tot en met 12."),
        ("banenafspraak_gerealiseerd|Sociaal|2024-00|5", "Regel 3: periode '2024-00' bestaat niet: een maand loopt van 01 tot en met 12."),
        ("jongeren|WPI|1999|25", "Regel 3: periode '1999' ligt vóór 2000; indicatoren worden vanaf 2000 bijgehouden."),
        ("jongeren|WPI|0000|25", "Regel 3: periode '0000' ligt vóór 2000; indicatoren worden vanaf 2000 bijgehouden."),
        ("jongeren|WPI|2026|25", "Regel 3: periode '2026' ligt in de toekomst; cijfers kunnen alleen over een verstreken of lopende periode gaan."),
        ("banenafspraak_gerealiseerd|Sociaal|2025-04|5",
            "Regel 3: periode '2025-04' ligt in de toekomst; cijfers kunnen alleen over een verstreken of lopende periode gaan."),
        ("banenafspraak_gerealiseerd|Sociaal|2024|5",
            "Regel 3: banenafspraak_gerealiseerd is een maandcijfer; geef de periode als jjjj-mm, bijvoorbeeld 2024-01, niet '2024'."),
        ("jongeren|WPI|2024-01|25", "Regel 3: jongeren is een jaarcijfer; geef de periode als jjjj, bijvoorbeeld 2024, niet '2024-01'."),
        ("banenafspraak_quotum|Sociaal|2024-01|5",
            "Regel 3: banenafspraak_quotum is een jaarcijfer; geef de periode als jjjj, bijvoorbeeld 2024, niet '2024-01'."),
        ("jongeren|WPI|2024|25",
            "Regel 3: jongeren voor Werk, Participatie en Inkomen (WPI) over 2024 staat ook op regel 2; elk cijfer mag maar één keer in het bestand staan."),
        ("jongeren|WPI|2024|30",
            "Regel 3: jongeren voor Werk, Participatie en Inkomen (WPI) over 2024 staat ook op regel 2; elk cijfer mag maar één keer in het bestand staan."),
        ("jongeren|Werk, Participatie en Inkomen|2024|30",
            "Regel 3: jongeren voor Werk, Participatie en Inkomen (WPI) over 2024 staat ook op regel 2; elk cijfer mag maar één keer in het bestand staan."),
        ("JONGEREN|wpi|2024|x",
            "Regel 3: jongeren voor Werk, Participatie en Inkomen (WPI) over 2024 staat ook op regel 2; elk cijfer mag maar één keer in het bestand staan."),
        ("jongeren|WPI|2024", "Regel 3: 3 kolom(men) in plaats van 4 ({0})."),
        ("jongeren", "Regel 3: 1 kolom(men) in plaats van 4 ({0})."),
        ("jongeren|WPI|2024|25|extra", "Regel 3: 5 kolom(men) in plaats van 4 ({0}).{1}"),
    ];

    public static TheoryData<string, string, string> Bestanden()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (regel, melding) in Gevallen)
        {
            foreach (var scheiding in new[] { ';', ',' })
            {
                var hint = scheiding == ','
                    ? " Staat er een decimale komma in een bestand met komma's als scheidingsteken? "
                        + "Zet het getal dan tussen aanhalingstekens of gebruik een punt."
                    : "";
                var kop = string.Join(scheiding, "indicator", "eenheid", "periode", "waarde");
                data.Add(
                    scheiding.ToString(),
                    $"{kop}\n{Rij("jongeren|WPI|2024|25", scheiding)}\n{Rij(regel, scheiding)}\n",
                    string.Format(melding, kop, hint));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void Een_ongeldige_regel_weigert_het_hele_bestand_met_een_precieze_melding(string scheiding, string bestand, string melding)
    {
        var (waarden, fouten) = Testorganisatie.Lees(bestand);

        Assert.Equal([melding], fouten);
        Assert.Empty(waarden);
        Assert.NotEmpty(scheiding);
    }

    [Fact]
    public void Er_zijn_meer_dan_honderd_ongeldige_bestanden() => Assert.True(Bestanden().Count() >= 100);

    /// <summary>A ',' file quotes what contains a comma, as Excel does.</summary>
    private static string Rij(string velden, char scheiding) =>
        string.Join(scheiding, velden.Split('|').Select(v => scheiding == ',' && v.Contains(',') ? $"\"{v}\"" : v));
}
