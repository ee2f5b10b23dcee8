using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>A section's sum over its scored items; <see cref="Volledig"/> is false when one of them is missing.</summary>
internal sealed record Sectiescore(string Sectie, int Som, int Max, bool Volledig);

/// <summary>The scores of one interview. Missing answers are listed, never counted as 0 (DISCREPANCIES B5).</summary>
internal sealed record Uitslag
{
    /// <summary>The total, or null when any scored item is missing: a partial total would look like a low score.</summary>
    public required int? Totaal { get; init; }

    /// <summary>Sum of the answered scored items only.</summary>
    public required int Som { get; init; }

    public required int Max { get; init; }

    public required int Randvoorwaarden { get; init; }

    public required int RandvoorwaardenMax { get; init; }

    public required bool RandvoorwaardenVolledig { get; init; }

    public required int Themas { get; init; }

    public required int ThemasMax { get; init; }

    public required bool ThemasVolledig { get; init; }

    public required IReadOnlyList<Sectiescore> Secties { get; init; }

    /// <summary>Per randvoorwaarde item: op orde, niet op orde, or null when it is missing.</summary>
    public required IReadOnlyDictionary<string, bool?> OpOrde { get; init; }

    /// <summary>Scored item numbers without a score, in questionnaire order.</summary>
    public required IReadOnlyList<string> Ontbreekt { get; init; }

    public bool IsVolledig => Ontbreekt.Count == 0;
}

internal sealed record OpOrdeRegel(string Nummer, string? Label, int OpOrde, int NietOpOrde, int Ontbreekt)
{
    /// <summary>Share of the directies that answered; unrounded so the page decides the rounding. Null when none did.</summary>
    public decimal? PercentageOpOrde => Percentage.Van(OpOrde, OpOrde + NietOpOrde);
}

/// <summary>"Randvoorwaarden op orde" over a set of directies (a cluster, or all).</summary>
internal sealed record OpOrdeOverzicht(IReadOnlyList<OpOrdeRegel> Regels);

internal sealed record Themaniveau(int Score, string Tekst, int Aantal, decimal? Percentage);

internal sealed record Themagroeptelling(string Naam, int Van, int Tot, int Aantal, decimal? Percentage);

/// <summary>One thema item: how many directies chose each of its own options, and the same counts per Themagroep.</summary>
internal sealed record Themaregel(
    string Nummer,
    string? Label,
    IReadOnlyList<Themaniveau> Niveaus,
    IReadOnlyList<Themagroeptelling> Groepen,
    int Beantwoord,
    int Ontbreekt);

internal sealed record Themaverdeling(IReadOnlyList<Themaregel> Regels, IReadOnlyList<Themagroep> Themagroepen);

internal enum Weglaatreden
{
    Gewijzigd,
    Nieuw,
    OntbreektNu,
    OntbreektVorigJaar,
    NietInVorigeVersie,
}

internal sealed record VergelekenVraag(string Nummer, string VorigNummer, int ScoreNu, int ScoreVorig);

internal sealed record WeggelatenVraag(string Nummer, Weglaatreden Reden, string Toelichting);

/// <summary>
/// Scores of this year next to last year's, over the comparable items only. The sums are null when nothing is
/// comparable; <see cref="Melding"/> then says so instead of showing 0 against 0.
/// </summary>
internal sealed record Vergelijking(
    int? SomNu,
    int? SomVorig,
    int? Verschil,
    IReadOnlyList<VergelekenVraag> Vergeleken,
    IReadOnlyList<WeggelatenVraag> Weggelaten,
    string? Melding)
{
    public bool IsVergelijkbaar => Vergeleken.Count > 0;
}

internal static class Percentage
{
    public static decimal? Van(int aantal, int totaal) => totaal == 0 ? null : 100m * aantal / totaal;
}

/// <summary>Every score rule of the questionnaire lives here, so pages, reports and imports cannot disagree.</summary>
internal static class Scoring
{
    public static Uitslag Bereken(Vragenlijstinhoud inhoud, IReadOnlyDictionary<string, Antwoord> antwoorden)
    {
        var scores = inhoud.GescoordeVragen.ToDictionary(v => v.Nummer, v => ScoreVan(v, antwoorden));
        var ontbreekt = inhoud.GescoordeVragen.Where(v => scores[v.Nummer] is null).Select(v => v.Nummer).ToList();

        int Som(IEnumerable<Vraag> vragen) => vragen.Sum(v => scores[v.Nummer] ?? 0);
        int Max(IEnumerable<Vraag> vragen) => vragen.Sum(v => v.Max ?? 0);
        bool Volledig(IEnumerable<Vraag> vragen) => vragen.All(v => scores[v.Nummer] is not null);

        var alle = inhoud.GescoordeVragen.ToList();
        var randvoorwaarden = alle.Where(v => v.Groep == Rapportgroep.Randvoorwaarde).ToList();
        var themas = alle.Where(v => v.Groep == Rapportgroep.Thema).ToList();
        var secties = alle
            .GroupBy(v => v.Sectie)
            .Select(g => new Sectiescore(g.Key, Som(g), Max(g), Volledig(g)))
            .ToList();
        var opOrde = randvoorwaarden.ToDictionary(
            v => v.Nummer,
            v => scores[v.Nummer] is { } score ? score >= OpOrdeVanaf(v) : (bool?)null);

        return new Uitslag
        {
            Totaal = ontbreekt.Count == 0 ? Som(alle) : null,
            Som = Som(alle),
            Max = Max(alle),
            Randvoorwaarden = Som(randvoorwaarden),
            RandvoorwaardenMax = Max(randvoorwaarden),
            RandvoorwaardenVolledig = Volledig(randvoorwaarden),
            Themas = Som(themas),
            ThemasMax = Max(themas),
            ThemasVolledig = Volledig(themas),
            Secties = secties,
            OpOrde = opOrde,
            Ontbreekt = ontbreekt,
        };
    }

    /// <summary>Checks answers against a version; each problem names the item so the page shows it next to the field.</summary>
    public static IReadOnlyList<Fout> Controleer(Vragenlijstinhoud inhoud, IReadOnlyDictionary<string, Antwoord> antwoorden)
    {
        var fouten = new List<Fout>();
        var volgorde = inhoud.Vragen.Select((v, i) => (v.Nummer, i)).ToDictionary(x => x.Nummer, x => x.i);
        var nummers = antwoorden.Keys
            .OrderBy(n => volgorde.GetValueOrDefault(n, int.MaxValue))
            .ThenBy(n => n, StringComparer.Ordinal);

        foreach (var nummer in nummers)
        {
            var antwoord = antwoorden[nummer];
            var veld = $"Antwoorden[{nummer}]";
            var vraag = inhoud.Zoek(nummer);
            if (vraag is null)
            {
                fouten.Add(new Fout(veld, $"Vraag {nummer} bestaat niet in deze vragenlijst."));
            }
            else if (!vraag.IsGescoord && antwoord.Score is not null)
            {
                fouten.Add(new Fout(veld, $"Vraag {nummer} is een open vraag en krijgt geen score; vul een tekst in."));
            }
            else if (vraag.IsGescoord && antwoord.Score is null && !string.IsNullOrWhiteSpace(antwoord.Tekst))
            {
                fouten.Add(new Fout(veld, $"Vraag {nummer} vraagt om een score, niet om een tekst; kies {Bereik(vraag)}."));
            }
            else if (vraag.IsGescoord && antwoord.Score is { } score && (score < 0 || score > vraag.Max))
            {
                fouten.Add(new Fout(veld, $"Vraag {nummer}: score {score} bestaat niet; kies {Bereik(vraag)}."));
            }
        }

        return fouten;
    }

    public static OpOrdeOverzicht OpOrde(Vragenlijstinhoud inhoud, IEnumerable<Uitslag> uitslagen)
    {
        var lijst = uitslagen.ToList();
        var regels = inhoud.GescoordeVragen
            .Where(v => v.Groep == Rapportgroep.Randvoorwaarde)
            .Select(v =>
            {
                var waarden = lijst.Select(u => u.OpOrde.GetValueOrDefault(v.Nummer)).ToList();
                return new OpOrdeRegel(
                    v.Nummer,
                    v.Label,
                    waarden.Count(w => w == true),
                    waarden.Count(w => w == false),
                    waarden.Count(w => w is null));
            })
            .ToList();
        return new OpOrdeOverzicht(regels);
    }

    public static Themaverdeling Themas(Vragenlijstinhoud inhoud, IEnumerable<IReadOnlyDictionary<string, Antwoord>> antwoordenPerDirectie)
    {
        var lijst = antwoordenPerDirectie.ToList();
        var regels = inhoud.GescoordeVragen
            .Where(v => v.Groep == Rapportgroep.Thema)
            .Select(v =>
            {
                var scores = lijst.Select(a => ScoreVan(v, a)).Where(s => s is not null).Select(s => s!.Value).ToList();
                var niveaus = v.Opties
                    .OrderBy(o => o.Score)
                    .Select(o => new Themaniveau(
                        o.Score,
                        o.Tekst,
                        scores.Count(s => s == o.Score),
                        Percentage.Van(scores.Count(s => s == o.Score), scores.Count)))
                    .ToList();
                var groepen = inhoud.Themagroepen
                    .Select(g =>
                    {
                        var aantal = scores.Count(s => s >= g.Van && s <= g.Tot);
                        return new Themagroeptelling(g.Naam, g.Van, g.Tot, aantal, Percentage.Van(aantal, scores.Count));
                    })
                    .ToList();
                return new Themaregel(v.Nummer, v.Label, niveaus, groepen, scores.Count, lijst.Count - scores.Count);
            })
            .ToList();
        return new Themaverdeling(regels, inhoud.Themagroepen);
    }

    /// <summary>
    /// Compares only items Bureau marked <see cref="Koppeling.Zelfde"/> and answered in both years: a changed or new
    /// question, or a missing answer, would make the difference mean something other than progress.
    /// </summary>
    public static Vergelijking VergelijkMetVorigJaar(
        Vragenlijstinhoud inhoudNu,
        IReadOnlyDictionary<string, Antwoord> antwoordenNu,
        Vragenlijstinhoud inhoudVorig,
        IReadOnlyDictionary<string, Antwoord> antwoordenVorig)
    {
        var vergeleken = new List<VergelekenVraag>();
        var weggelaten = new List<WeggelatenVraag>();

        foreach (var vraag in inhoudNu.GescoordeVragen)
        {
            var vorigNummer = vraag.VorigNummer ?? vraag.Nummer;
            var vorigeVraag = inhoudVorig.Zoek(vorigNummer);
            if (vraag.Koppeling == Koppeling.Gewijzigd)
            {
                weggelaten.Add(new(vraag.Nummer, Weglaatreden.Gewijzigd, $"Vraag {vraag.Nummer} is gewijzigd ten opzichte van vorig jaar."));
            }
            else if (vraag.Koppeling == Koppeling.Nieuw)
            {
                weggelaten.Add(new(vraag.Nummer, Weglaatreden.Nieuw, $"Vraag {vraag.Nummer} is nieuw dit jaar."));
            }
            else if (vorigeVraag is null || !vorigeVraag.IsGescoord)
            {
                weggelaten.Add(new(vraag.Nummer, Weglaatreden.NietInVorigeVersie, $"Vraag {vorigNummer} komt vorig jaar niet als gescoorde vraag voor."));
            }
            else if (ScoreVan(vraag, antwoordenNu) is not { } nu)
            {
                weggelaten.Add(new(vraag.Nummer, Weglaatreden.OntbreektNu, $"Vraag {vraag.Nummer} is dit jaar niet beantwoord."));
            }
            else if (ScoreVan(vorigeVraag, antwoordenVorig) is not { } vorig)
            {
                weggelaten.Add(new(vraag.Nummer, Weglaatreden.OntbreektVorigJaar, $"Vraag {vorigNummer} is vorig jaar niet beantwoord."));
            }
            else
            {
                vergeleken.Add(new(vraag.Nummer, vorigNummer, nu, vorig));
            }
        }

        if (vergeleken.Count == 0)
        {
            return new Vergelijking(null, null, null, vergeleken, weggelaten, "Geen enkele vraag is met vorig jaar te vergelijken.");
        }

        var somNu = vergeleken.Sum(v => v.ScoreNu);
        var somVorig = vergeleken.Sum(v => v.ScoreVorig);
        return new Vergelijking(somNu, somVorig, somNu - somVorig, vergeleken, weggelaten, null);
    }

    /// <summary>"0 tot en met 3": the range a scored item accepts.</summary>
    public static string Bereik(Vraag vraag) => $"0 tot en met {vraag.Max}";

    /// <summary>Falls back to the maximum: the report's rule is "op orde = the item's highest score" (DISCREPANCIES C12).</summary>
    private static int OpOrdeVanaf(Vraag vraag) => vraag.OpOrdeVanaf ?? vraag.Max ?? 0;

    /// <summary>
    /// The score of a scored item, or null when it is missing. A score outside the item's range is a bug (answers are
    /// checked with <see cref="Controleer"/> before they are stored), so it throws rather than skew a report.
    /// </summary>
    private static int? ScoreVan(Vraag vraag, IReadOnlyDictionary<string, Antwoord> antwoorden)
    {
        if (!antwoorden.TryGetValue(vraag.Nummer, out var antwoord) || antwoord.Score is not { } score)
        {
            return null;
        }

        return score >= 0 && score <= vraag.Max
            ? score
            : throw new ArgumentException($"Item {vraag.Nummer} has score {score}, outside 0..{vraag.Max}.", nameof(antwoorden));
    }
}
