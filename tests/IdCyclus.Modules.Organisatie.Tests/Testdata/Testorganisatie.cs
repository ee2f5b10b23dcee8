using IdCyclus.Modules.Organisatie.Domain;

namespace IdCyclus.Modules.Organisatie.Tests.Testdata;

/// <summary>A small, fixed organisation to write rules against; names say what each piece is for.</summary>
internal static class Testorganisatie
{
    public static readonly Cluster Sociaal = new() { Id = "sociaal", Naam = "Sociaal" };

    public static readonly Cluster RuimteEnEconomie = new() { Id = "ruimte_en_economie", Naam = "Ruimte en Economie", Afkorting = "R&E" };

    public static readonly Directie Communicatie = new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-0000000000c1"),
        Afkorting = "Com",
        Naam = "Communicatie",
        ClusterId = "bedrijfsvoering",
    };

    public static readonly Directie West = new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-0000000000a1"),
        Afkorting = "West",
        ClusterId = "stadsdelen_beheer_en_dienstverlening",
    };

    /// <summary>Ceased at the end of 2024 when it merged into G&amp;O.</summary>
    public static readonly Directie Zuidas = new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-0000000000b1"),
        Afkorting = "Zuidas",
        ClusterId = "ruimte_en_economie",
        ActiefTot = new DateOnly(2024, 12, 31),
    };

    /// <summary>Exists from 1 March 2024.</summary>
    public static readonly Directie Nieuwbouw = new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-0000000000d1"),
        Afkorting = "NB",
        Naam = "Nieuwbouw",
        ClusterId = "ruimte_en_economie",
        ActiefVanaf = new DateOnly(2024, 3, 1),
    };

    public static readonly Persoon Anna = new() { Naam = "Anna de Vries", Email = "anna@idcyclus.example" };

    public static readonly Persoon Bas = new() { Naam = "Bas Jansen", Email = "bas@idcyclus.example" };

    public static readonly Persoon Carla = new() { Naam = "Carla Bakker", Email = "carla@idcyclus.example" };

    private static readonly Dictionary<Guid, string> Namen = new[] { Anna, Bas, Carla }.ToDictionary(p => p.Id, p => p.Naam);

    public static string Naam(Guid persoonId) => Namen.TryGetValue(persoonId, out var naam) ? naam : "onbekend";
}
