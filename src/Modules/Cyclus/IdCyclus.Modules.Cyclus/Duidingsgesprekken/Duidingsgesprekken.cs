using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// The duidingsgesprekken of a report year as one workflow definition, <c>duidingsgesprekken-{jaar}</c> (ADR 0025): per
/// report section (cluster) the accounthouder plans and records the conversation with the clusterdirecteur, and then the
/// clusterdirecteur discusses the outcome with each directeur. The steps are data in
/// <c>duidingsgesprekken.stappen.json</c>, so the yearly template can include exactly the same steps.
/// </summary>
internal static class Duidingsgesprekken
{
    public const string IdPrefix = "duidingsgesprekken-";

    public const string PerSectieStap = "duidingsgesprekken";
    public const string PlannenStap = "duidingsgesprek-plannen";
    public const string UitkomstStap = "duidingsgesprek-uitkomst";
    public const string NabesprekenStap = "duiding-met-directeur-bespreken";

    public const string PlannenFormulier = "duidingsgesprek-plannen";
    public const string UitkomstFormulier = "duidingsgesprek-uitkomst";
    public const string NabesprekenFormulier = "duiding-nabespreken";

    public const string GeplandSjabloon = "duidingsgesprek-gepland";
    public const string RapportBijClusterdirecteurSjabloon = "rapport-bij-clusterdirecteur";

    public static string DefinitieId(int jaar) => IdPrefix + jaar.ToString(CultureInfo.InvariantCulture);

    /// <summary>The unique start key: a second start of the same year is refused by the runtime.</summary>
    public static string StartSleutel(int jaar) => string.Create(CultureInfo.InvariantCulture, $"duidingsgesprekken:{jaar}");

    /// <summary>
    /// The report year of a task's workflow: the number at the end of its definition id (<c>duidingsgesprekken-2024</c>,
    /// or the yearly template's <c>voortgangscyclus-2025</c> when it includes these steps).
    /// </summary>
    public static int? Jaar(string definitieId)
    {
        var streep = definitieId.LastIndexOf('-');
        return streep >= 0 && int.TryParse(definitieId.AsSpan(streep + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) ? jaar : null;
    }

    /// <summary>The steps as JSON (an array), for a definition of this year or for the yearly template.</summary>
    public static string Stappen()
    {
        using var stream = typeof(Duidingsgesprekken).Assembly.GetManifestResourceStream("duidingsgesprekken.stappen.json")!;
        using var lezer = new StreamReader(stream);
        return lezer.ReadToEnd();
    }

    public static string Maak(int jaar)
    {
        var definitie = new JsonObject
        {
            ["id"] = DefinitieId(jaar),
            ["naam"] = $"Duidingsgesprekken {jaar}",
            ["versie"] = 1,
            ["omschrijving"] = $"Na het definitieve rapport {jaar}: per rapportsectie een duidingsgesprek van de accounthouder met de clusterdirecteur, " +
                               "met uitnodiging, gedeelde sectie en bericht aan de trekkers; de uitkomst en afspraken; " +
                               "daarna bespreekt de clusterdirecteur de uitkomst met elke directeur.",
            ["opties"] = new JsonObject { ["werkdagen"] = true },
            ["stappen"] = JsonNode.Parse(Stappen()),
        };
        return definitie.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
