using System.Globalization;
using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>
/// What changed between two snapshots of the same year, in words Bureau can check against the text: a new, removed or
/// changed interview (with the items), indicator figure or action plan, and a changed questionnaire.
/// </summary>
internal static class Momentopnameverschil
{
    public static IReadOnlyList<string> Bepaal(Momentopname oud, Momentopname nieuw)
    {
        var regels = new List<string>();
        var namen = oud.Directies.Concat(nieuw.Directies).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Last().Afkorting);
        string Naam(Guid id) => namen.GetValueOrDefault(id, id.ToString());

        Interviews(regels, oud.Interviews, nieuw.Interviews, Naam, nieuw.Jaar);
        Interviews(regels, oud.VorigeInterviews, nieuw.VorigeInterviews, Naam, nieuw.Jaar - 1);
        if (oud.Vragenlijst?.Vragen.Count != nieuw.Vragenlijst?.Vragen.Count || oud.Vragenlijst?.Naam != nieuw.Vragenlijst?.Naam)
        {
            regels.Add($"Vragenlijst {nieuw.Jaar} is gewijzigd.");
        }

        var oudeWaarden = oud.Waarden.ToDictionary(w => (w.IndicatorId, w.EenheidId, w.Periode));
        var nieuweWaarden = nieuw.Waarden.ToDictionary(w => (w.IndicatorId, w.EenheidId, w.Periode));
        foreach (var (sleutel, w) in nieuweWaarden.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal))
        {
            var tekst = Tekst(w.Getal, w.Symbool);
            if (!oudeWaarden.TryGetValue(sleutel, out var o))
            {
                regels.Add($"Indicator {w.IndicatorId}, {w.EenheidNaam}, {w.Periode}: nieuw ({tekst}).");
            }
            else if (o.Getal != w.Getal || o.Symbool != w.Symbool)
            {
                regels.Add($"Indicator {w.IndicatorId}, {w.EenheidNaam}, {w.Periode}: {Tekst(o.Getal, o.Symbool)} → {tekst}.");
            }
        }

        foreach (var (sleutel, o) in oudeWaarden.Where(x => !nieuweWaarden.ContainsKey(x.Key)).OrderBy(x => x.Key.ToString(), StringComparer.Ordinal))
        {
            regels.Add($"Indicator {o.IndicatorId}, {o.EenheidNaam}, {o.Periode}: verwijderd.");
        }

        var oudePlannen = oud.Plannen.ToDictionary(p => p.DirectieId);
        foreach (var p in nieuw.Plannen)
        {
            if (!oudePlannen.TryGetValue(p.DirectieId, out var o))
            {
                regels.Add($"Actieplan {Naam(p.DirectieId)}: nieuw ({p.PlanstatusTekst}).");
            }
            else if (o.Planstatus != p.Planstatus || o.Versie != p.Versie || o.Versiestatus != p.Versiestatus)
            {
                regels.Add($"Actieplan {Naam(p.DirectieId)}: versie {o.Versie} ({o.Versiestatus}) → versie {p.Versie} ({p.Versiestatus}).");
            }
        }

        return regels;
    }

    private static void Interviews(
        List<string> regels,
        IEnumerable<InterviewscoresGegevens> oud,
        IEnumerable<InterviewscoresGegevens> nieuw,
        Func<Guid, string> naam,
        int jaar)
    {
        var oude = oud.ToDictionary(i => i.DirectieId);
        var nieuwe = nieuw.ToDictionary(i => i.DirectieId);
        foreach (var i in nieuwe.Values.OrderBy(i => naam(i.DirectieId), StringComparer.Ordinal))
        {
            if (!oude.TryGetValue(i.DirectieId, out var o))
            {
                regels.Add($"Interview {jaar} {naam(i.DirectieId)}: nieuw definitief.");
                continue;
            }

            var gewijzigd = i.Scores.Keys.Union(o.Scores.Keys).Order(StringComparer.Ordinal)
                .Where(n => i.Scores.GetValueOrDefault(n, -1) != o.Scores.GetValueOrDefault(n, -1))
                .Select(n => $"vraag {n} {Score(o.Scores, n)} → {Score(i.Scores, n)}")
                .ToList();
            if (gewijzigd.Count > 0)
            {
                regels.Add($"Interview {jaar} {naam(i.DirectieId)}: {string.Join(", ", gewijzigd)}.");
            }

            if (i.Respondenttype != o.Respondenttype)
            {
                regels.Add($"Interview {jaar} {naam(i.DirectieId)}: respondent {o.Respondenttype ?? "onbekend"} → {i.Respondenttype ?? "onbekend"}.");
            }

            if (i.AfwijkendBeeld != o.AfwijkendBeeld)
            {
                regels.Add(i.AfwijkendBeeld
                    ? $"Interview {jaar} {naam(i.DirectieId)}: de accounthouder ziet nu een afwijkend beeld."
                    : $"Interview {jaar} {naam(i.DirectieId)}: de accounthouder ziet geen afwijkend beeld meer.");
            }
        }

        foreach (var o in oude.Values.Where(o => !nieuwe.ContainsKey(o.DirectieId)))
        {
            regels.Add($"Interview {jaar} {naam(o.DirectieId)}: niet meer definitief.");
        }
    }

    private static string Score(IReadOnlyDictionary<string, int> scores, string nummer) =>
        scores.TryGetValue(nummer, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "ontbreekt";

    private static string Tekst(decimal? getal, string? symbool) =>
        getal?.ToString("0.##", IdCyclus.Shared.Nederlands.Cultuur) ?? symbool ?? "leeg";
}
