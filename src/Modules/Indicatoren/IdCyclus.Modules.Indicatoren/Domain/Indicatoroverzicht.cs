using IdCyclus.Modules.Indicatoren.Persistence;

namespace IdCyclus.Modules.Indicatoren.Domain;

internal enum Voldoet
{
    Ja,
    Nee,
    Onbekend,
}

internal enum Trendsoort
{
    /// <summary>No earlier figure, or the same figure as last year (no new measurement).</summary>
    Geen,
    Hoger,
    Lager,
    Gelijk,

    /// <summary>The classification changed between the two figures: they are not one line.</summary>
    Breuk,
}

internal sealed record Trend(Trendsoort Soort, Periode? VorigePeriode, Waarde? VorigeWaarde, decimal? Verschil, string? Toelichting);

/// <summary>One unit's latest figure for a report year, against its target.</summary>
internal sealed record Overzichtsregel(
    Indicatordefinitie Definitie,
    Eenheid Eenheid,
    Periode Periode,
    Waarde Waarde,
    decimal? Streefcijfer,
    decimal? Verschil,
    Voldoet? Voldoet,
    Trend Trend,
    string? Toelichting,
    string? OnderSectieId);

/// <summary>A check the figures fail: shown beside them, never corrected.</summary>
internal sealed record Controle(
    string Soort, string IndicatorId, string Eenheid, string Tekst, decimal? Totaal = null, decimal? SomOnderdelen = null, decimal? Verschil = null);

/// <summary>A monthly series (realised jobs) for one unit within the report year.</summary>
internal sealed record Maandreeks(Indicatordefinitie Definitie, Eenheid Eenheid, IReadOnlyList<(Periode Periode, Waarde Waarde)> Punten, decimal? Streefcijfer);

internal sealed record Overzicht(
    int Jaar,
    IReadOnlyList<Indicatordefinitie> Definities,
    IReadOnlyList<Overzichtsregel> Regels,
    IReadOnlyList<Controle> Controles,
    IReadOnlyList<Maandreeks> Reeksen);

/// <summary>
/// The figures of a report year: per indicator and unit the latest value up to that year (named with its period),
/// the target and the gap (percentage points, or jobs against the quota), whether it meets the target, the trend
/// against last year, and the checks the data fails.
/// </summary>
internal static class Indicatoroverzicht
{
    public static Overzicht Bereken(int jaar, Definitieset definities, IReadOnlyList<Indicatorwaarde> waarden, Eenhedenregister eenheden)
    {
        var vandaagDefinities = definities.VoorRapportjaar(jaar);
        var regels = new List<Overzichtsregel>();
        var reeksen = new List<Maandreeks>();
        var perIndicator = waarden.GroupBy(w => w.IndicatorId).ToDictionary(g => g.Key, g => g.ToList());

        foreach (var definitie in vandaagDefinities)
        {
            foreach (var perEenheid in perIndicator.GetValueOrDefault(definitie.IndicatorId, []).GroupBy(w => w.EenheidId))
            {
                var eenheid = eenheden.MetId(perEenheid.Key) ?? new Eenheid(Niveaus.Geen, perEenheid.Key, perEenheid.First().EenheidNaam, null, null, null);
                // A lagged indicator (CBS: the 2024 report shows 2023) looks no further than its peiljaar.
                var peiljaar = jaar - definitie.Peiljaarverschil;
                var huidig = Laatste(perEenheid, peiljaar);
                if (huidig is null)
                {
                    continue;
                }

                var doel = Doel(definitie, perEenheid.Key, huidig.PeriodeWaarde.Jaar, perIndicator);
                var (verschil, voldoet) = Vergelijk(huidig.Waarde, doel, definitie);
                var trend = BepaalTrend(definities, definitie.IndicatorId, huidig, Laatste(perEenheid, peiljaar - 1));
                regels.Add(new Overzichtsregel(
                    definitie, eenheid, huidig.PeriodeWaarde, huidig.Waarde, doel, verschil, voldoet, trend, huidig.Toelichting, huidig.OnderSectieId));

                if (definitie.PerMaand)
                {
                    var punten = perEenheid
                        .Where(w => w.Jaar == huidig.PeriodeWaarde.Jaar)
                        .OrderBy(w => w.PeriodeWaarde)
                        .Select(w => (w.PeriodeWaarde, w.Waarde))
                        .ToList();
                    reeksen.Add(new Maandreeks(definitie, eenheid, punten, doel));
                }
            }
        }

        return new Overzicht(
            jaar,
            vandaagDefinities,
            Sorteer(regels),
            Controleer(regels, eenheden),
            reeksen.OrderBy(r => Volgorde(r.Eenheid)).ThenBy(r => r.Eenheid.Naam, StringComparer.CurrentCulture).ToList());
    }

    private static Indicatorwaarde? Laatste(IEnumerable<Indicatorwaarde> waarden, int totEnMetJaar) =>
        waarden.Where(w => w.Jaar <= totEnMetJaar).MaxBy(w => w.PeriodeWaarde);

    /// <summary>The fixed target of the definition, or the target indicator's value for the same unit and year (the quota).</summary>
    private static decimal? Doel(Indicatordefinitie definitie, string eenheidId, int jaar, IReadOnlyDictionary<string, List<Indicatorwaarde>> perIndicator) =>
        definitie.DoelIndicatorId is { } doelId
            ? perIndicator.GetValueOrDefault(doelId, []).FirstOrDefault(w => w.EenheidId == eenheidId && w.Jaar == jaar)?.Getal
            : definitie.Streefcijfer;

    public static (decimal? Verschil, Voldoet? Voldoet) Vergelijk(Waarde waarde, decimal? doel, Indicatordefinitie definitie)
    {
        if (!definitie.HeeftDoel)
        {
            return (null, null);
        }

        if (doel is null || waarde.Getal is not { } getal)
        {
            return (null, Voldoet.Onbekend);
        }

        return (getal - doel.Value, getal >= doel.Value ? Voldoet.Ja : Voldoet.Nee);
    }

    public static Trend BepaalTrend(Definitieset definities, string indicatorId, Indicatorwaarde huidig, Indicatorwaarde? vorige)
    {
        if (vorige is null || vorige.Periode == huidig.Periode)
        {
            return new Trend(Trendsoort.Geen, null, null, null, vorige is null ? "geen eerder cijfer" : "geen nieuw cijfer sinds vorig jaar");
        }

        var nu = definities.Voor(indicatorId, huidig.PeriodeWaarde.Jaar).Classificatie;
        var toen = definities.Voor(indicatorId, vorige.PeriodeWaarde.Jaar).Classificatie;
        if (nu != toen)
        {
            return new Trend(Trendsoort.Breuk, vorige.PeriodeWaarde, vorige.Waarde, null,
                $"trendbreuk: {vorige.PeriodeWaarde} is ingedeeld naar {toen ?? "een andere indeling"}, "
                + $"{huidig.PeriodeWaarde} naar {nu ?? "een andere indeling"}; niet vergelijkbaar");
        }

        if (huidig.Getal is not { } a || vorige.Getal is not { } b)
        {
            return new Trend(Trendsoort.Geen, vorige.PeriodeWaarde, vorige.Waarde, null, "niet te vergelijken (geen getal)");
        }

        return new Trend(a > b ? Trendsoort.Hoger : a < b ? Trendsoort.Lager : Trendsoort.Gelijk, vorige.PeriodeWaarde, vorige.Waarde, a - b, null);
    }

    public static IReadOnlyList<Controle> Controleer(IReadOnlyList<Overzichtsregel> regels, Eenhedenregister eenheden)
    {
        var controles = new List<Controle>();
        foreach (var perIndicator in regels.GroupBy(r => r.Definitie.IndicatorId))
        {
            var definitie = perIndicator.First().Definitie;
            if (definitie.TeltOp && perIndicator.FirstOrDefault(r => r.Eenheid.Id == Eenheid.GemeenteId) is { Waarde.Getal: { } totaal } gemeente)
            {
                var secties = perIndicator.Where(r => r.Eenheid.IsSectie && r.Periode == gemeente.Periode).ToList();
                if (secties.Count > 0 && secties.All(s => s.Waarde.Getal is not null))
                {
                    var som = secties.Sum(s => s.Waarde.Getal!.Value);
                    var ontbrekend = eenheden.Secties.Count - secties.Count;
                    if (som != totaal || ontbrekend > 0)
                    {
                        controles.Add(new Controle("som-secties", definitie.IndicatorId, "Gemeente",
                            $"{definitie.Naam} {gemeente.Periode}: het gemeentetotaal is {Waarde.Opmaak(totaal)}, "
                            + $"de som van {secties.Count} rapportsecties is {Waarde.Opmaak(som)} (verschil {Waarde.Opmaak(totaal - som)})" +
                            (ontbrekend > 0
                                ? $"; {ontbrekend} rapportsectie(s) zonder cijfer."
                                : ". De cijfers worden niet aangepast: leg vast welke juist is."),
                            totaal, som, totaal - som));
                    }
                }
            }

            if (definitie.Niveaus.HasFlag(Niveaus.Directie))
            {
                foreach (var sectie in perIndicator.Where(r => r.Eenheid.IsSectie))
                {
                    var directies = eenheden.DirectiesVan(sectie.Eenheid.Id).Select(d => d.Id).ToHashSet();
                    if (!perIndicator.Any(r => directies.Contains(r.Eenheid.Id)))
                    {
                        controles.Add(new Controle("geen-directie-uitsplitsing", definitie.IndicatorId, sectie.Eenheid.Naam,
                            $"{definitie.Naam}: voor {sectie.Eenheid.Naam} is alleen een cijfer op sectieniveau ({sectie.Waarde.Tekst}, {sectie.Periode}), "
                            + "geen uitsplitsing per directie."));
                    }
                }
            }

            foreach (var regel in perIndicator.Where(r => r.OnderSectieId is not null && r.Eenheid.IsDirectie && r.Eenheid.SectieId != r.OnderSectieId))
            {
                var onder = eenheden.MetId(regel.OnderSectieId!)?.Naam ?? regel.OnderSectieId;
                var eigen = regel.Eenheid.SectieId is { } s ? eenheden.MetId(s)?.Naam ?? s : "geen rapportsectie";
                controles.Add(new Controle("directie-onder-andere-sectie", definitie.IndicatorId, regel.Eenheid.Weergavenaam,
                    $"{definitie.Naam}: {regel.Eenheid.Weergavenaam} is aangeleverd onder {onder}, maar hoort volgens Organisatie bij {eigen}."));
            }
        }

        return controles;
    }

    private static IReadOnlyList<Overzichtsregel> Sorteer(List<Overzichtsregel> regels) =>
        regels.OrderBy(r => Volgorde(r.Eenheid)).ThenBy(r => r.Eenheid.SectieId ?? r.Eenheid.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Eenheid.Naam, StringComparer.CurrentCulture).ToList();

    private static int Volgorde(Eenheid eenheid) =>
        eenheid.Id == Eenheid.GemeenteId ? 0 : eenheid.IsSectie ? 1 : eenheid.Niveaus == Niveaus.Cluster ? 2 : 3;
}
