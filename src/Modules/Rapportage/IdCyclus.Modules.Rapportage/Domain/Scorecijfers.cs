using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>
/// One directie's scores. A total exists only when every scored item has a score: a missing item is "ontbreekt", never
/// 0 (DISCREPANCIES B5), so an incomplete interview is listed, not averaged.
/// </summary>
internal sealed record Directiescore(
    Directie Directie,
    string? Respondenttype,
    int? Totaal,
    int Som,
    int Max,
    int? Randvoorwaarden,
    int? Themas,
    IReadOnlyList<string> Ontbreekt,
    IReadOnlyDictionary<string, int> Scores,
    bool AfwijkendBeeld = false);

/// <summary>The average total of a set of directies, over the complete interviews only, with who was left out and why.</summary>
internal sealed record Gemiddelde(decimal? Waarde, int Aantal, IReadOnlyList<(Directie Directie, string Reden)> Weggelaten);

/// <summary>Per randvoorwaarde: how many directies have it op orde, of those that answered it.</summary>
internal sealed record OpOrde(string Nummer, string Label, int OpOrdeAantal, int Beantwoord)
{
    public decimal? Percentage => Beantwoord == 0 ? null : 100m * OpOrdeAantal / Beantwoord;
}

/// <summary>Per thema: the number of directies in each level band (nog niet of beperkt begonnen / gestart / eerste resultaten).</summary>
internal sealed record Themaspreiding(string Nummer, string Label, IReadOnlyList<(string Groep, int Aantal)> Groepen, int Beantwoord)
{
    public decimal? Percentage(string groep) =>
        Beantwoord == 0 ? null : 100m * Groepen.First(g => g.Groep == groep).Aantal / Beantwoord;
}

/// <summary>
/// Every score rule of the report, on the snapshot's data. Vragenlijst keeps its own copy of the basic sum for its
/// pages; the report computes from the frozen snapshot so a later correction cannot shift a published number.
/// </summary>
internal static class Scorecijfers
{
    public static IReadOnlyList<VraagGegevens> Gescoord(VragenlijstGegevens vragenlijst) => vragenlijst.Vragen.Where(v => v.IsGescoord).ToList();

    public static Directiescore Score(VragenlijstGegevens vragenlijst, Directie directie, InterviewscoresGegevens interview)
    {
        var gescoord = Gescoord(vragenlijst);
        var ontbreekt = gescoord.Where(v => !interview.Scores.ContainsKey(v.Nummer)).Select(v => v.Nummer).ToList();
        int? Deel(string groep)
        {
            var vragen = gescoord.Where(v => v.Groep == groep).ToList();
            return vragen.All(v => interview.Scores.ContainsKey(v.Nummer)) ? vragen.Sum(v => interview.Scores[v.Nummer]) : null;
        }

        var som = gescoord.Sum(v => interview.Scores.GetValueOrDefault(v.Nummer));
        return new Directiescore(directie, interview.Respondenttype, ontbreekt.Count == 0 ? som : null, som, gescoord.Sum(v => v.Max ?? 0),
            Deel("randvoorwaarde"), Deel("thema"), ontbreekt, interview.Scores, interview.AfwijkendBeeld);
    }

    /// <summary>Scores of the directies that have a final interview; directies without one are left out of every figure.</summary>
    public static IReadOnlyList<Directiescore> Scores(Momentopname momentopname)
    {
        if (momentopname.Vragenlijst is not { } vragenlijst)
        {
            return [];
        }

        var interviews = momentopname.Interviews.ToDictionary(i => i.DirectieId);
        return momentopname.Directies
            .Where(d => interviews.ContainsKey(d.Id))
            .Select(d => Score(vragenlijst, d, interviews[d.Id]))
            .ToList();
    }

    public static Gemiddelde Gemiddelde(IEnumerable<Directiescore> scores)
    {
        var lijst = scores.ToList();
        var volledig = lijst.Where(s => s.Totaal is not null).ToList();
        var weggelaten = lijst.Where(s => s.Totaal is null)
            .Select(s => (s.Directie, $"onvolledig: vraag {string.Join(", ", s.Ontbreekt)} ontbreekt"))
            .ToList();
        return new Gemiddelde(volledig.Count == 0 ? null : (decimal)volledig.Sum(s => s.Totaal!.Value) / volledig.Count, volledig.Count, weggelaten);
    }

    /// <summary>
    /// "Op orde" is the item's threshold, else its highest score (3; 2 for visie/ambitie): the report's rule; 0 up to
    /// below it is "niet op orde". A missing answer counts in neither.
    /// </summary>
    public static IReadOnlyList<OpOrde> OpOrdePerVraag(VragenlijstGegevens vragenlijst, IEnumerable<Directiescore> scores)
    {
        var lijst = scores.ToList();
        return Gescoord(vragenlijst).Where(v => v.Groep == "randvoorwaarde").Select(v =>
        {
            var drempel = v.OpOrdeVanaf ?? v.Max ?? 0;
            var antwoorden = lijst.Where(s => s.Scores.ContainsKey(v.Nummer)).Select(s => s.Scores[v.Nummer]).ToList();
            return new OpOrde(v.Nummer, v.Label ?? $"vraag {v.Nummer}", antwoorden.Count(a => a >= drempel), antwoorden.Count);
        }).ToList();
    }

    /// <summary>Share of the directies (that answered every randvoorwaarde) with all randvoorwaarden op orde.</summary>
    public static (int OpOrde, int Beantwoord) AllesOpOrde(VragenlijstGegevens vragenlijst, IEnumerable<Directiescore> scores)
    {
        var randvoorwaarden = Gescoord(vragenlijst).Where(v => v.Groep == "randvoorwaarde").ToList();
        var compleet = scores.Where(s => randvoorwaarden.All(v => s.Scores.ContainsKey(v.Nummer))).ToList();
        return (compleet.Count(s => randvoorwaarden.All(v => s.Scores[v.Nummer] >= (v.OpOrdeVanaf ?? v.Max ?? 0))), compleet.Count);
    }

    public static IReadOnlyList<Themaspreiding> Themas(VragenlijstGegevens vragenlijst, IEnumerable<Directiescore> scores)
    {
        var lijst = scores.ToList();
        return Gescoord(vragenlijst).Where(v => v.Groep == "thema").Select(v =>
        {
            var antwoorden = lijst.Where(s => s.Scores.ContainsKey(v.Nummer)).Select(s => s.Scores[v.Nummer]).ToList();
            var groepen = vragenlijst.Themagroepen.Select(g => (g.Naam, antwoorden.Count(a => a >= g.Van && a <= g.Tot))).ToList();
            return new Themaspreiding(v.Nummer, v.Label ?? $"vraag {v.Nummer}", groepen, antwoorden.Count);
        }).ToList();
    }
}
