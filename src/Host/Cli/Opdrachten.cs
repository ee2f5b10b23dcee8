namespace IdCyclus.Host.Cli;

/// <summary>
/// The verbs of the host's command line with their usage, for <c>--help</c> and for an unknown verb. The module verbs
/// check their own options and print the same usage on a mistake; when a module changes a verb's options, its line
/// here changes with it (HulpTests in the integration tests runs every verb's <c>--help</c>).
/// </summary>
internal static class Opdrachten
{
    public sealed record Opdracht(string Naam, string Omschrijving, string Gebruik);

    public static readonly IReadOnlyList<Opdracht> Alle =
    [
        new("migrate", "Werkt het schema van elke module bij in de ingestelde database en stopt.",
            "Gebruik: migrate [--Database:Provider <Sqlite|Postgres|SqlServer>] [--Database:ConnectionString <verbinding>]"),
        new("simulate", "Speelt een workflow af op een tijdelijke database met een virtuele klok en toont de tijdlijn.",
            "Gebruik: simulate --definition <bestand.json|naam> --from <jjjj-mm-dd> --to <jjjj-mm-dd> [--behaviour <bestand.json>] [--json]"
            + " [--schaal <n>] [--profiel] [--database <nieuw-sqlite-bestand>]"),
        new("vragenlijst", "Importeert interviews of toont de scores van een jaar.",
            "Gebruik: vragenlijst import --file <bestand.json> [--database <sqlite-bestand>]\n" +
            "         vragenlijst scores --jaar <jaar> [--format json|csv] [--database <sqlite-bestand>]"),
        new("indicatoren", "Importeert indicatorcijfers of toont het overzicht van een jaar.",
            "Gebruik: indicatoren import --file <bestand.csv|bestand.xlsx> [--database <sqlite-bestand>]\n" +
            "         indicatoren overzicht --jaar <jaar> [--format json|csv] [--database <sqlite-bestand>]"),
        new("actieplannen", "Importeert actieplannen of exporteert het plan van een directie.",
            "Gebruik: actieplannen import --file <json> [--database <sqlite-bestand>]\n" +
            "         actieplannen export --directie <afkorting> --jaar <jaar> [--database <sqlite-bestand>]"),
        new("rapport", "Maakt het jaarrapport als PDF (en desgewenst HTML).",
            "Gebruik: rapport maak --jaar <jaar> --uitvoer <bestand.pdf> [--html <bestand.html>] [--database <sqlite-bestand>]"),
    ];

    /// <summary>What the host prints for <c>--help</c> without a verb, and (on stderr) after an unknown verb.</summary>
    public static string Overzicht() =>
        "Gebruik: IdCyclus.Host [opdracht] [opties]\n\n" +
        "Zonder opdracht start de webapplicatie (instellingen als --Database:Provider=Sqlite of --urls http://localhost:5080).\n\n" +
        "Opdrachten:\n" +
        string.Concat(Alle.Select(o => $"  {o.Naam,-14}{o.Omschrijving}\n")) +
        "\nMeer over een opdracht: IdCyclus.Host <opdracht> --help";

    public static bool VraagtHulp(IEnumerable<string> args) => args.Any(a => a is "--help" or "-h");

    public static Opdracht? Zoek(string naam) => Alle.FirstOrDefault(o => o.Naam == naam);
}
