using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>
/// A directie's total over the items comparable with last year, or the reason it has none. Sums are over the same
/// items in both years, so the change means progress and not a changed question.
/// </summary>
internal sealed record Jaarvergelijking(Directie Directie, int? SomVorig, int? SomNu, int AantalVragen, IReadOnlyList<string> NietVergeleken, string? Reden)
{
    public bool IsVergelijkbaar => Reden is null;

    public int? Verschil => SomNu - SomVorig;
}

internal static class Jaarvergelijkingen
{
    /// <summary>
    /// Compares per directie. Not comparable, with the reason: no questionnaire or no final interview last year (a new
    /// directie, V&amp;OR in 2024), no final interview this year, or no item both asked the same way and answered in
    /// both years. An item is comparable when Bureau linked it as "zelfde" and both years have a score.
    /// </summary>
    public static IReadOnlyList<Jaarvergelijking> Bereken(Momentopname momentopname)
    {
        var nu = momentopname.Interviews.ToDictionary(i => i.DirectieId);
        var vorig = momentopname.VorigeInterviews.ToDictionary(i => i.DirectieId);
        var vorigJaar = momentopname.Jaar - 1;
        return momentopname.Directies.Select(d =>
        {
            if (momentopname.Vragenlijst is null || !nu.TryGetValue(d.Id, out var interviewNu))
            {
                return NietVergelijkbaar(d, $"geen definitief interview in {momentopname.Jaar}");
            }

            if (momentopname.VorigeVragenlijst is null)
            {
                return NietVergelijkbaar(d, $"geen vragenlijst van {vorigJaar} in IdCyclus");
            }

            if (!vorig.TryGetValue(d.Id, out var interviewVorig))
            {
                return NietVergelijkbaar(d, $"geen definitief interview in {vorigJaar} (nam toen niet deel of bestond nog niet)");
            }

            return Vergelijk(d, momentopname.Vragenlijst, interviewNu, momentopname.VorigeVragenlijst, interviewVorig);
        }).ToList();
    }

    public static Jaarvergelijking Vergelijk(
        Directie directie, VragenlijstGegevens vragenlijstNu, InterviewscoresGegevens nu, VragenlijstGegevens vragenlijstVorig, InterviewscoresGegevens vorig)
    {
        var vorigeVragen = vragenlijstVorig.Vragen.Where(v => v.IsGescoord).ToDictionary(v => v.Nummer);
        int somNu = 0, somVorig = 0, aantal = 0;
        var nietVergeleken = new List<string>();
        foreach (var vraag in vragenlijstNu.Vragen.Where(v => v.IsGescoord))
        {
            var vorigNummer = vraag.VorigNummer ?? vraag.Nummer;
            if (vraag.Koppeling == "zelfde" && vorigeVragen.ContainsKey(vorigNummer)
                && nu.Scores.TryGetValue(vraag.Nummer, out var scoreNu) && vorig.Scores.TryGetValue(vorigNummer, out var scoreVorig))
            {
                somNu += scoreNu;
                somVorig += scoreVorig;
                aantal++;
            }
            else
            {
                nietVergeleken.Add(vraag.Nummer);
            }
        }

        return aantal == 0
            ? NietVergelijkbaar(directie, "geen enkele vraag is in beide jaren op dezelfde manier gesteld en beantwoord")
            : new Jaarvergelijking(directie, somVorig, somNu, aantal, nietVergeleken, null);
    }

    private static Jaarvergelijking NietVergelijkbaar(Directie directie, string reden) => new(directie, null, null, 0, [], reden);
}
