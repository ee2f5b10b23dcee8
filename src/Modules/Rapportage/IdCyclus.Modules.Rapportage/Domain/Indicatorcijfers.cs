using IdCyclus.Modules.Indicatoren.Contracts;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>A figure against its target. <see cref="Verschil"/> is in percentage points (21 against 30 is −9).</summary>
internal sealed record Doelcijfer(decimal? Waarde, string? Symbool, decimal? Streefcijfer, int Peiljaar)
{
    public decimal? Verschil => Waarde - Streefcijfer;

    public bool IsBekend => Waarde is not null;
}

internal enum Jongerenstatus
{
    Voldoet,
    BlijftAchter,
    Onbekend,
}

internal sealed record Jongerencijfer(Directie Directie, decimal? Percentage, Jongerenstatus Status);

internal sealed record Maandstand(string Maand, decimal Aantal);

/// <summary>Groeipanel participation per round: true, false, or null when the source does not say (DISCREPANCIES B6).</summary>
internal sealed record Groeipaneldeelname(Directie Directie, bool? Ronde2021, bool? Ronde2022);

/// <summary>The report's indicator figures per section and directie, from the snapshot's values only.</summary>
internal static class Indicatorcijfers
{
    public const string Migratie = "migratieachtergrond_schaal12plus";
    public const string Jongeren = "jongeren";
    public const string BanenGerealiseerd = "banenafspraak_gerealiseerd";
    public const string BanenQuotum = "banenafspraak_quotum";
    public const string Medewerkers = "aantal_medewerkers";
    public const string Dialoogsessies = "dialoogsessies";
    public const string Groeipanel = "groeipanel";

    /// <summary>The section's migratieachtergrond (schaal 12+) of the peiljaar against the 30 % target.</summary>
    public static Doelcijfer MigratieachtergrondVan(Momentopname m, Sectie sectie)
    {
        var definitie = Definitie(m, Migratie);
        var peiljaar = m.Jaar - (definitie?.Peiljaarverschil ?? 0);
        var waarde = Vind(m, Migratie, sectie.Id, peiljaar.ToString(Cultuur));
        return new Doelcijfer(waarde?.Getal, waarde?.Symbool, definitie?.Streefcijfer, peiljaar);
    }

    /// <summary>Every directie of the section with its share of young staff against the target (20 %): met at or above it.</summary>
    public static IReadOnlyList<Jongerencijfer> JongerenVan(Momentopname m, Sectie sectie)
    {
        var streef = Definitie(m, Jongeren)?.Streefcijfer;
        return m.DirectiesVan(sectie.Id).Select(d =>
        {
            var waarde = Vind(m, Jongeren, d.Id.ToString(), m.Jaar.ToString(Cultuur))?.Getal;
            var status = waarde is null || streef is null ? Jongerenstatus.Onbekend : waarde >= streef ? Jongerenstatus.Voldoet : Jongerenstatus.BlijftAchter;
            return new Jongerencijfer(d, waarde, status);
        }).ToList();
    }

    /// <summary>The section's own figure, for a section measured only as a whole (Bestuur en Organisatie).</summary>
    public static decimal? JongerenSectie(Momentopname m, Sectie sectie) => Vind(m, Jongeren, sectie.Id, m.Jaar.ToString(Cultuur))?.Getal;

    public static decimal? Streefcijfer(Momentopname m, string indicatorId) => Definitie(m, indicatorId)?.Streefcijfer;

    /// <summary>Realised jobs per month of the report year, oldest first; only months with a figure.</summary>
    public static IReadOnlyList<Maandstand> BanenPerMaand(Momentopname m, Sectie sectie) =>
        m.Waarden.Where(w => w.IndicatorId == BanenGerealiseerd && w.EenheidId == sectie.Id && w.Jaar == m.Jaar && w.Periode.Length == 7 && w.Getal is not null)
            .OrderBy(w => w.Periode, StringComparer.Ordinal)
            .Select(w => new Maandstand(w.Periode, w.Getal!.Value))
            .ToList();

    /// <summary>The section's quota as stored (a fraction, 86,11): never rounded, never the sum of others (DISCREPANCIES A1).</summary>
    public static decimal? Quotum(Momentopname m, string eenheidId) => Vind(m, BanenQuotum, eenheidId, m.Jaar.ToString(Cultuur))?.Getal;

    /// <summary>Staff per directie, largest first; directies without a figure at the end.</summary>
    public static IReadOnlyList<(Directie Directie, decimal? Aantal)> MedewerkersVan(Momentopname m, Sectie sectie) =>
        m.DirectiesVan(sectie.Id).Select(d => (d, Vind(m, Medewerkers, d.Id.ToString(), m.Jaar.ToString(Cultuur))?.Getal))
            .OrderByDescending(x => x.Item2 ?? -1).ThenBy(x => x.d.Afkorting, IdCyclus.Shared.Nederlands.Sortering)
            .ToList();

    public static IReadOnlyList<(Directie Directie, decimal? Aantal)> DialoogsessiesVan(Momentopname m, Sectie sectie) =>
        m.DirectiesVan(sectie.Id).Select(d => (d, Vind(m, Dialoogsessies, d.Id.ToString(), m.Jaar.ToString(Cultuur))?.Getal)).ToList();

    /// <summary>Round 1 is stored as 2021, round 2 (end 2022 / early 2023) as 2023, as Indicatoren imports them.</summary>
    public static IReadOnlyList<Groeipaneldeelname> GroeipanelVan(Momentopname m, Sectie sectie) =>
        m.DirectiesVan(sectie.Id).Select(d => new Groeipaneldeelname(d, JaNee(m, d, "2021"), JaNee(m, d, "2023") ?? JaNee(m, d, "2022"))).ToList();

    private static bool? JaNee(Momentopname m, Directie d, string periode) =>
        Vind(m, Groeipanel, d.Id.ToString(), periode)?.Symbool switch { "ja" => true, "nee" => false, _ => null };

    private static IndicatordefinitieGegevens? Definitie(Momentopname m, string indicatorId) =>
        m.Indicatoren.FirstOrDefault(d => d.IndicatorId == indicatorId);

    private static IndicatorwaardeGegevens? Vind(Momentopname m, string indicatorId, string eenheidId, string periode) =>
        m.Waarden.FirstOrDefault(w => w.IndicatorId == indicatorId && w.EenheidId == eenheidId && w.Periode == periode);

    private static System.Globalization.CultureInfo Cultuur => System.Globalization.CultureInfo.InvariantCulture;
}
