using System.Text;
using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Indicatoren.Tests;

/// <summary>
/// A small organisation in the shape of 2024's: five report sections (a cluster with two kokers among them), and a
/// directie or two in each; the definitions are the module's own 2024 seed.
/// </summary>
internal static class Testorganisatie
{
    public static readonly DateOnly Vandaag = new(2025, 3, 1);

    public static readonly DirectieGegevens Wpi = Directie("WPI", "Werk, Participatie en Inkomen", "sociaal");
    public static readonly DirectieGegevens Fi = Directie("F&I", "Financiën", "bedrijfsvoering");
    public static readonly DirectieGegevens Po = Directie("P&O", "Personeel en Organisatie", "bedrijfsvoering");
    public static readonly DirectieGegevens Oov = Directie("OOV", null, "bestuur_en_organisatie");
    public static readonly DirectieGegevens Centrum = Directie("Centrum", "Stadsdeel Centrum", "sdbd", "stadsdelen");
    public static readonly DirectieGegevens Thor = Directie("THOR", null, "sdbd", "stadswerken_en_beheer");

    public static Eenhedenregister Register { get; } = new(
        [
            new ClusterGegevens("sociaal", "Sociaal", null, []),
            new ClusterGegevens("bedrijfsvoering", "Bedrijfsvoering", null, []),
            new ClusterGegevens("bestuur_en_organisatie", "Bestuur en Organisatie", "B&O", []),
            new ClusterGegevens("sdbd", "Stadsdelen, Beheer en Dienstverlening", null,
                [new KokerGegevens("stadsdelen", "Stadsdelen"), new KokerGegevens("stadswerken_en_beheer", "Stadswerken en beheer")]),
        ],
        [
            new RapportsectieGegevens("bedrijfsvoering", "Bedrijfsvoering", null, "bedrijfsvoering", null),
            new RapportsectieGegevens("bestuur_en_organisatie", "Bestuur en Organisatie", "B&O", "bestuur_en_organisatie", null),
            new RapportsectieGegevens("sociaal", "Sociaal", null, "sociaal", null),
            new RapportsectieGegevens("stadsdelen", "Stadsdelen", null, "sdbd", "stadsdelen"),
            new RapportsectieGegevens("stadswerken_en_beheer", "Beheer en Dienstverlening", null, "sdbd", "stadswerken_en_beheer"),
        ],
        [Wpi, Fi, Po, Oov, Centrum, Thor]);

    public static Definitieset Definities { get; } = new(DefinitieSeed.Lees());

    public static (IReadOnlyList<Importwaarde> Waarden, IReadOnlyList<string> Fouten) Lees(byte[] inhoud)
    {
        var bestand = Importbestand.Lees(inhoud);
        return bestand.Fouten.Count > 0 ? ([], bestand.Fouten) : Importregels.Valideer(bestand.Regels, Definities, Register, Vandaag);
    }

    public static (IReadOnlyList<Importwaarde> Waarden, IReadOnlyList<string> Fouten) Lees(string csv) => Lees(Encoding.UTF8.GetBytes(csv));

    private static DirectieGegevens Directie(string afkorting, string? naam, string cluster, string? koker = null) =>
        new(Guid.NewGuid(), afkorting, naam, cluster, koker, null, null, null);
}
