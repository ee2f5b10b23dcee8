using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>Whether a directie has the trekker the report recommends: none, only with fewer hours than the norm, or one with enough.</summary>
internal enum Trekkerstand
{
    Geen,
    OnderNorm,
    Voldoende,
}

internal sealed record Trekker(string Naam, decimal Uren);

/// <summary>
/// The interview's total over every scored item of the year, and the change over the items comparable with last year
/// (or why there is none). <see cref="Verschil"/> is null exactly when <see cref="GeenVergelijking"/> says why.
/// </summary>
internal sealed record Scorebeeld(int? Totaal, int? Max, int? Verschil, int VergelekenVragen, string? GeenVergelijking);

/// <summary>A figure below its target; <see cref="Verschil"/> is negative (21 against 30 is −9 percentage points).</summary>
internal sealed record Indicatorachterstand(string IndicatorId, string Naam, string Eenheid, decimal Waarde, decimal Streefcijfer)
{
    public decimal Verschil => Waarde - Streefcijfer;
}

/// <summary>How many target-bearing indicators have a figure for the directie, and which are below target, worst first.</summary>
internal sealed record Indicatorbeeld(int Gemeten, IReadOnlyList<Indicatorachterstand> Achterstanden)
{
    public static readonly Indicatorbeeld Leeg = new(0, []);

    public Indicatorachterstand? Grootste => Achterstanden.Count == 0 ? null : Achterstanden[0];
}

/// <summary>An agreement whose current deadline is later than the original, by how many days.</summary>
internal sealed record Verschuiving(Guid AfspraakId, string Titel, int Dagen, Afspraakstatus Status);

/// <summary>
/// The GMT dashboard's composition rules, pure so they are tested without pages or databases. The page gathers the
/// other modules' answers through their Contracts and applies these per directie.
/// </summary>
internal static class Dashboardregels
{
    /// <summary>
    /// The same rule as the sturing proposal and the system check: one trekker with at least the norm's hours counts,
    /// two trekkers of 4 hours do not (the report recommends one person who has the time).
    /// </summary>
    public static Trekkerstand Beoordeel(IReadOnlyCollection<decimal> trekkerUren, decimal norm) =>
        trekkerUren.Count == 0 ? Trekkerstand.Geen
        : trekkerUren.Any(u => u >= norm) ? Trekkerstand.Voldoende
        : Trekkerstand.OnderNorm;

    /// <summary>
    /// Totals from final interviews only. The change is over items Bureau linked as "zelfde" that were answered in both
    /// years, the rule of the report's year comparison (Rapportage), so the dashboard and the report give one number.
    /// </summary>
    public static Scorebeeld Score(
        int jaar, VragenlijstGegevens? lijstNu, InterviewscoresGegevens? nu, VragenlijstGegevens? lijstVorig, InterviewscoresGegevens? vorig)
    {
        if (lijstNu is null || nu is null)
        {
            return new Scorebeeld(null, null, null, 0, $"geen definitief interview in {jaar}");
        }

        var gescoord = lijstNu.Vragen.Where(v => v.IsGescoord).ToList();
        var totaal = gescoord.Sum(v => nu.Scores.GetValueOrDefault(v.Nummer));
        var max = gescoord.Sum(v => v.Max ?? 0);
        if (lijstVorig is null)
        {
            return new Scorebeeld(totaal, max, null, 0, $"geen vragenlijst van {jaar - 1}");
        }

        if (vorig is null)
        {
            return new Scorebeeld(totaal, max, null, 0, $"geen definitief interview in {jaar - 1}");
        }

        var vorigeVragen = lijstVorig.Vragen.Where(v => v.IsGescoord).Select(v => v.Nummer).ToHashSet(StringComparer.Ordinal);
        int somNu = 0, somVorig = 0, aantal = 0;
        foreach (var vraag in gescoord.Where(v => v.Koppeling == "zelfde"))
        {
            var vorigNummer = vraag.VorigNummer ?? vraag.Nummer;
            if (vorigeVragen.Contains(vorigNummer)
                && nu.Scores.TryGetValue(vraag.Nummer, out var scoreNu) && vorig.Scores.TryGetValue(vorigNummer, out var scoreVorig))
            {
                somNu += scoreNu;
                somVorig += scoreVorig;
                aantal++;
            }
        }

        return aantal == 0
            ? new Scorebeeld(totaal, max, null, 0, "geen vraag in beide jaren op dezelfde manier gesteld")
            : new Scorebeeld(totaal, max, somNu - somVorig, aantal, null);
    }

    /// <summary>
    /// Indicators with a target (streefcijfer), measured in their peiljaar for this unit: the year's own figure, or
    /// for a monthly indicator the latest month. Below target is a gap. Symbols (x, .) are no figure and no gap.
    /// </summary>
    public static Indicatorbeeld Indicatoren(
        int jaar, IEnumerable<IndicatordefinitieGegevens> definities, IEnumerable<IndicatorwaardeGegevens> waardenVanEenheid)
    {
        var waarden = waardenVanEenheid.Where(w => w.Getal is not null).ToList();
        var gemeten = 0;
        var achterstanden = new List<Indicatorachterstand>();
        foreach (var definitie in definities.Where(d => d.Streefcijfer is not null))
        {
            var peiljaar = jaar - definitie.Peiljaarverschil;
            var jaarcijfer = peiljaar.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var waarde = waarden
                .Where(w => w.IndicatorId == definitie.IndicatorId && w.Jaar == peiljaar)
                .OrderBy(w => w.Periode == jaarcijfer ? 0 : 1)
                .ThenByDescending(w => w.Periode, StringComparer.Ordinal)
                .FirstOrDefault();
            if (waarde is null)
            {
                continue;
            }

            gemeten++;
            if (waarde.Getal < definitie.Streefcijfer)
            {
                achterstanden.Add(new Indicatorachterstand(
                    definitie.IndicatorId, definitie.Naam, definitie.Eenheid, waarde.Getal!.Value, definitie.Streefcijfer!.Value));
            }
        }

        return new Indicatorbeeld(gemeten, achterstanden.OrderBy(a => a.Verschil).ThenBy(a => a.Naam, IdCyclus.Shared.Nederlands.Sortering).ToList());
    }

    /// <summary>
    /// Slipped deadlines: the current deadline later than the original, closed agreements included (as the register's
    /// count does), so a deadline that slipped and was then met still shows; most days first.
    /// </summary>
    public static IReadOnlyList<Verschuiving> Verschuivingen(IEnumerable<Afspraakweergave> afspraken) =>
        afspraken
            .Where(a => a.Afspraak.VerschovenDagen > 0)
            .Select(a => new Verschuiving(a.Rij.Id, a.Titel, a.Afspraak.VerschovenDagen, a.Status))
            .OrderByDescending(v => v.Dagen)
            .ToList();
}
