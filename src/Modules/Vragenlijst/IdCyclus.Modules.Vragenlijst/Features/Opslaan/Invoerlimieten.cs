using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Features.Opslaan;

/// <summary>
/// The longest text each interview field takes. The form states them; this check gives a Dutch message per field before
/// anything is written, instead of a database error (PostgreSQL refuses a value longer than its column).
/// </summary>
internal static class Invoerlimieten
{
    public const int Naam = 200;
    public const int Accounthouders = 400;
    public const int Tekst = 4000;

    public static IReadOnlyList<Fout> Controleer(InterviewInvoer invoer)
    {
        var fouten = new List<Fout>();
        Lengte(fouten, "Accounthouders", "De accounthouder(s)", invoer.Accounthouders, Accounthouders);
        Lengte(fouten, "Respondent", "De naam van de respondent", invoer.Respondent, Naam);
        Lengte(fouten, "Locatie", "De locatie", invoer.Locatie, Naam);
        Lengte(fouten, "Observatie", "De observatie", invoer.Observatie, Tekst);
        foreach (var (nummer, antwoord) in invoer.Antwoorden)
        {
            Lengte(fouten, $"Antwoorden[{nummer}]", $"Het antwoord op vraag {nummer}", antwoord.Tekst, Tekst);
            Lengte(fouten, $"Notities[{nummer}]", $"De notitie bij vraag {nummer}", antwoord.Notitie, Tekst);
        }

        return fouten;
    }

    private static void Lengte(List<Fout> fouten, string veld, string omschrijving, string? waarde, int maximum)
    {
        if (Tekstlengte.Controleer(veld, omschrijving, waarde, maximum) is { } fout)
        {
            fouten.Add(fout);
        }
    }
}
