using System.Security.Cryptography;
using System.Text;
using IdCyclus.Modules.Indicatoren.Persistence;

namespace IdCyclus.Modules.Indicatoren.Domain;

internal enum Wijzigingssoort
{
    Nieuw,
    Gewijzigd,
    Ongewijzigd,
}

internal sealed record Wijziging(Wijzigingssoort Soort, Importwaarde Nieuw, Indicatorwaarde? Huidig);

/// <summary>
/// What an import would change: new, changed and unchanged figures. The fingerprint covers the old and new value of
/// every row, so a confirmation applies exactly what the preview showed, or is refused when someone else changed the
/// figures in between.
/// </summary>
internal sealed record Importvergelijking(IReadOnlyList<Wijziging> Wijzigingen)
{
    public int Aantal(Wijzigingssoort soort) => Wijzigingen.Count(w => w.Soort == soort);

    public string Vingerafdruk
    {
        get
        {
            var tekst = string.Join('\n', Wijzigingen.OrderBy(w => w.Nieuw.Sleutel, StringComparer.Ordinal).Select(w =>
                $"{w.Soort}|{w.Nieuw.Sleutel}|{w.Huidig?.Waarde.Tekst}|{w.Huidig?.Toelichting}|{w.Huidig?.Versie}|"
                + $"{w.Nieuw.Waarde.Tekst}|{w.Nieuw.Toelichting}|{w.Nieuw.OnderSectie?.Id}"));
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)))[..32];
        }
    }

    public static Importvergelijking Maak(IReadOnlyList<Importwaarde> waarden, IReadOnlyDictionary<string, Indicatorwaarde> huidig) =>
        new(waarden.Select(w =>
        {
            if (!huidig.TryGetValue(w.Sleutel, out var bestaand))
            {
                return new Wijziging(Wijzigingssoort.Nieuw, w, null);
            }

            var gelijk = bestaand.Waarde == w.Waarde && bestaand.Toelichting == w.Toelichting && bestaand.OnderSectieId == w.OnderSectie?.Id;
            return new Wijziging(gelijk ? Wijzigingssoort.Ongewijzigd : Wijzigingssoort.Gewijzigd, w, bestaand);
        }).ToList());

    public static string Sleutel(Indicatorwaarde waarde) => $"{waarde.IndicatorId}|{waarde.EenheidId}|{waarde.Periode}";
}
