namespace IdCyclus.Workflows.Lezen;

/// <summary>The JSON vocabulary of the format in one place: the reader, the writer and the schema test read it from here.</summary>
internal static class Velden
{
    public static readonly string[] Definitie = ["$schema", "id", "naam", "versie", "omschrijving", "opties", "parameters", "waarden", "stappen"];

    public static readonly string[] Parameter = ["naam", "label", "soort", "omschrijving"];

    public static readonly IReadOnlyDictionary<string, ParameterSoort> ParameterSoorten = new Dictionary<string, ParameterSoort>(StringComparer.Ordinal)
    {
        ["datum"] = ParameterSoort.Datum,
    };

    public static readonly string[] Opties = ["werkdagen", "herhaling"];

    public static readonly IReadOnlyDictionary<string, Herhaling> Herhalingen = new Dictionary<string, Herhaling>(StringComparer.Ordinal)
    {
        ["geen"] = Herhaling.Geen,
        ["maand"] = Herhaling.Maand,
        ["kwartaal"] = Herhaling.Kwartaal,
        ["jaar"] = Herhaling.Jaar,
    };

    public static readonly string[] StapAlgemeen = ["id", "naam", "soort", "omschrijving", "naStappen"];

    public static readonly IReadOnlyDictionary<StapSoort, string[]> PerSoort = new Dictionary<StapSoort, string[]>
    {
        [StapSoort.Taak] = ["rol", "bereik", "formulier", "uitkomsten", "deadline", "herinneringen", "opvolging", "escalaties"],
        [StapSoort.Melding] = ["sjabloon", "aanRol", "bereik"],
        [StapSoort.Wachten] = ["tot"],
        [StapSoort.PerItem] = ["collectie", "voorwaarde", "stappen"],
        [StapSoort.Samenvoegen] = ["wacht", "aantal", "annuleerRest"],
    };

    public static readonly string[] Termijn = ["datum", "na", "vanaf"];

    public static readonly string[] Escalatie = ["na", "naarRol", "melding", "herverdelen"];

    public static readonly IReadOnlyDictionary<string, StapSoort> Soorten = new Dictionary<string, StapSoort>(StringComparer.Ordinal)
    {
        ["taak"] = StapSoort.Taak,
        ["melding"] = StapSoort.Melding,
        ["wachten"] = StapSoort.Wachten,
        ["perItem"] = StapSoort.PerItem,
        ["samenvoegen"] = StapSoort.Samenvoegen,
    };

    public static readonly IReadOnlyDictionary<string, Bereik> Bereiken = new Dictionary<string, Bereik>(StringComparer.Ordinal)
    {
        ["geen"] = Bereik.Geen,
        ["item"] = Bereik.Item,
    };

    public static readonly IReadOnlyDictionary<string, Wachtwijze> Wachtwijzen = new Dictionary<string, Wachtwijze>(StringComparer.Ordinal)
    {
        ["alle"] = Wachtwijze.Alle,
        ["een"] = Wachtwijze.Een,
        ["aantal"] = Wachtwijze.Aantal,
    };

    public static string Naam(StapSoort soort) => Soorten.Single(paar => paar.Value == soort).Key;

    public static string Naam(Bereik bereik) => Bereiken.Single(paar => paar.Value == bereik).Key;

    public static string Naam(Wachtwijze wacht) => Wachtwijzen.Single(paar => paar.Value == wacht).Key;

    public static string Naam(ParameterSoort soort) => ParameterSoorten.Single(paar => paar.Value == soort).Key;

    public static string Naam(Herhaling herhaling) => Herhalingen.Single(paar => paar.Value == herhaling).Key;
}
