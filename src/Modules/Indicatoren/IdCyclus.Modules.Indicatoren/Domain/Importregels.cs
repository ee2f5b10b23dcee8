using System.Globalization;
using System.Text.RegularExpressions;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>A valid row of an import: the figure with the unit and definition it belongs to.</summary>
internal sealed record Importwaarde(
    int Regel, Indicatordefinitie Definitie, Eenheid Eenheid, Periode Periode, Waarde Waarde, string? Toelichting, Eenheid? OnderSectie)
{
    public string Sleutel => $"{Definitie.IndicatorId}|{Eenheid.Id}|{Periode}";
}

/// <summary>
/// Checks every row of an import file against the definitions and the organisation and returns either all figures or
/// every problem, each with its line number. Nothing here writes: the import is all or nothing.
/// </summary>
internal static partial class Importregels
{
    public const int MaxToelichting = 1000;

    public static (IReadOnlyList<Importwaarde> Waarden, IReadOnlyList<string> Fouten) Valideer(
        IReadOnlyList<Bestandsregel> regels, Definitieset definities, Eenhedenregister eenheden, DateOnly vandaag)
    {
        var waarden = new List<Importwaarde>();
        var fouten = new List<string>();
        var gezien = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var regel in regels)
        {
            var eigen = new List<string>();
            var waarde = LeesRegel(regel, definities, eenheden, vandaag, eigen);
            if (waarde is not null && gezien.TryGetValue(waarde.Sleutel, out var eerder))
            {
                eigen.Add($"Regel {regel.Regel}: {waarde.Definitie.IndicatorId} voor {waarde.Eenheid.Weergavenaam} over {waarde.Periode} "
                    + $"staat ook op regel {eerder}; elk cijfer mag maar één keer in het bestand staan.");
            }
            else if (waarde is not null)
            {
                gezien[waarde.Sleutel] = regel.Regel;
            }

            if (eigen.Count > 0)
            {
                fouten.AddRange(eigen);
            }
            else if (waarde is not null)
            {
                waarden.Add(waarde);
            }
        }

        return (fouten.Count > 0 ? [] : waarden, fouten);
    }

    private static Importwaarde? LeesRegel(Bestandsregel regel, Definitieset definities, Eenhedenregister eenheden, DateOnly vandaag, List<string> fouten)
    {
        var n = regel.Regel;
        var indicatorTekst = regel.Cellen["indicator"];
        var eenheidTekst = regel.Cellen["eenheid"];
        var periodeTekst = regel.Cellen["periode"];
        var waardeTekst = regel.Cellen["waarde"];
        var toelichting = regel.Cellen.GetValueOrDefault("toelichting") is { Length: > 0 } t ? t : null;
        var sectieTekst = regel.Cellen.GetValueOrDefault("rapportsectie") is { Length: > 0 } s ? s : null;

        if (indicatorTekst.Length == 0)
        {
            fouten.Add($"Regel {n}: de indicator ontbreekt. Bekende indicatoren: {string.Join(", ", definities.IndicatorIds)}.");
            return null;
        }

        if (!definities.Bestaat(indicatorTekst))
        {
            fouten.Add($"Regel {n}: onbekende indicator '{indicatorTekst}'. Bekende indicatoren: {string.Join(", ", definities.IndicatorIds)}.");
            return null;
        }

        var periode = LeesPeriode(n, periodeTekst, vandaag, fouten);
        var definitie = definities.Voor(indicatorTekst, periode?.Jaar ?? vandaag.Year);
        if (periode is { } p && definitie.PerMaand != p.Maand.HasValue)
        {
            fouten.Add(definitie.PerMaand
                ? $"Regel {n}: {definitie.IndicatorId} is een maandcijfer; geef de periode als jjjj-mm, bijvoorbeeld {p.Jaar}-01, niet '{periodeTekst}'."
                : $"Regel {n}: {definitie.IndicatorId} is een jaarcijfer; geef de periode als jjjj, bijvoorbeeld {p.Jaar}, niet '{periodeTekst}'.");
        }

        var eenheid = LeesEenheid(n, eenheidTekst, definitie, eenheden, fouten);
        var waarde = LeesWaarde(n, waardeTekst, definitie, fouten);

        Eenheid? onder = null;
        if (sectieTekst is not null)
        {
            onder = eenheden.Zoek(sectieTekst).FirstOrDefault(e => e.IsSectie);
            if (onder is null)
            {
                fouten.Add($"Regel {n}: onbekende rapportsectie '{sectieTekst}'. Rapportsecties: {string.Join(", ", eenheden.Secties.Select(e => e.Naam))}.");
            }
            else if (eenheid is { IsDirectie: false })
            {
                fouten.Add($"Regel {n}: de kolom rapportsectie is alleen voor cijfers van een directie; {eenheid.Weergavenaam} is {eenheid.SoortTekst}.");
            }
        }

        if (toelichting is { Length: > MaxToelichting })
        {
            fouten.Add($"Regel {n}: de toelichting is {toelichting.Length} tekens; het maximum is {MaxToelichting}.");
        }

        return fouten.Count == 0 && periode is not null && eenheid is not null && waarde is not null
            ? new Importwaarde(n, definitie, eenheid, periode.Value, waarde.Value, toelichting, onder)
            : null;
    }

    private static Periode? LeesPeriode(int n, string tekst, DateOnly vandaag, List<string> fouten)
    {
        if (tekst.Length == 0)
        {
            fouten.Add($"Regel {n}: de periode ontbreekt; gebruik jjjj of jjjj-mm, bijvoorbeeld 2024 of 2024-01.");
            return null;
        }

        // Excel turns a typed 2024-01 into a date (a serial number); read it back as the month it was.
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var serie) && serie is >= 36526 and <= 73050)
        {
            var datum = DateTime.FromOADate(serie);
            tekst = $"{datum.Year:D4}-{datum.Month:D2}";
        }

        if (!Periode.TryParse(tekst, out var periode))
        {
            fouten.Add($"Regel {n}: periode '{tekst}' is ongeldig; gebruik jjjj of jjjj-mm, bijvoorbeeld 2024 of 2024-01.");
            return null;
        }

        if (periode.Maand is < 1 or > 12)
        {
            fouten.Add($"Regel {n}: periode '{tekst}' bestaat niet: een maand loopt van 01 tot en met 12.");
            return null;
        }

        if (periode.Jaar < 2000)
        {
            fouten.Add($"Regel {n}: periode '{tekst}' ligt vóór 2000; indicatoren worden vanaf 2000 bijgehouden.");
            return null;
        }

        if (periode.CompareTo(new Periode(vandaag.Year, periode.Maand is null ? null : vandaag.Month)) > 0)
        {
            fouten.Add($"Regel {n}: periode '{tekst}' ligt in de toekomst; cijfers kunnen alleen over een verstreken of lopende periode gaan.");
            return null;
        }

        return periode;
    }

    private static Eenheid? LeesEenheid(int n, string tekst, Indicatordefinitie definitie, Eenhedenregister eenheden, List<string> fouten)
    {
        if (tekst.Length == 0)
        {
            fouten.Add($"Regel {n}: de eenheid ontbreekt; gebruik Gemeente, een cluster, een rapportsectie of een directie (naam of afkorting).");
            return null;
        }

        var kandidaten = eenheden.Zoek(tekst);
        if (kandidaten.Count == 0)
        {
            fouten.Add($"Regel {n}: onbekende eenheid '{tekst}'; gebruik Gemeente, een cluster, een rapportsectie of een directie "
                + "(naam of afkorting zoals Organisatie ze kent).");
            return null;
        }

        var passend = kandidaten.FirstOrDefault(e => (e.Niveaus & definitie.Niveaus) != 0);
        if (passend is null)
        {
            fouten.Add(
                $"Regel {n}: {definitie.IndicatorId} wordt gemeten per {Eenheid.NiveauTekst(definitie.Niveaus)}, "
                + $"maar '{tekst}' is {kandidaten[0].SoortTekst}.");
        }

        return passend;
    }

    private static Waarde? LeesWaarde(int n, string tekst, Indicatordefinitie definitie, List<string> fouten)
    {
        var schoon = tekst.Trim();
        if (schoon.Length == 0)
        {
            fouten.Add($"Regel {n}: de waarde ontbreekt; gebruik '.' als de gegevens ontbreken of 'x' als het CBS het cijfer geheimhoudt.");
            return null;
        }

        if (schoon is Waarde.Geheim or "X")
        {
            return Waarde.Teken(Waarde.Geheim);
        }

        if (schoon == Waarde.Ontbreekt)
        {
            return Waarde.Teken(Waarde.Ontbreekt);
        }

        if (definitie.Soort == Waardesoort.JaNee)
        {
            var jaNee = schoon.ToLowerInvariant();
            if (jaNee is "ja" or "nee" or "nvt")
            {
                return Waarde.Teken(jaNee);
            }

            fouten.Add($"Regel {n}: {definitie.IndicatorId} is ja of nee; gebruik ja, nee of nvt (of x of .), niet '{tekst}'.");
            return null;
        }

        var procent = definitie.Soort == Waardesoort.Percentage && schoon.EndsWith('%');
        var getalTekst = procent ? schoon[..^1].TrimEnd() : schoon;
        if (!Getal().IsMatch(getalTekst))
        {
            var reden = getalTekst.Count(c => c is '.' or ',') > 1
                ? " Gebruik één decimaalteken (komma of punt) en geen scheidingsteken voor duizendtallen."
                : "";
            fouten.Add($"Regel {n}: waarde '{tekst}' is geen getal.{reden} Gebruik bijvoorbeeld 24 of 86,11, of '.' of 'x'.");
            return null;
        }

        var getal = decimal.Parse(getalTekst.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        switch (definitie.Soort)
        {
            case Waardesoort.Percentage when getal is < 0 or > 100:
                fouten.Add($"Regel {n}: {definitie.IndicatorId} is een percentage; {tekst} ligt buiten 0 tot en met 100.");
                return null;
            case Waardesoort.Aantal or Waardesoort.Banen when getal < 0:
                fouten.Add($"Regel {n}: {definitie.IndicatorId} is een aantal; een negatief aantal ({tekst}) kan niet.");
                return null;
            case Waardesoort.Aantal when getal != decimal.Truncate(getal):
                fouten.Add($"Regel {n}: {definitie.IndicatorId} is een heel aantal; {tekst} heeft decimalen.");
                return null;
            default:
                return Waarde.Van(getal);
        }
    }

    [GeneratedRegex(@"^[+-]?\d{1,9}([.,]\d{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Getal();
}
