using System.Globalization;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// The yearly cycle (Voortgangscyclus) as data: the template Sjablonen/voortgangscyclus.json holds every step from the
/// preparation to the follow-up, in the runtime's format, with the milestone dates as parameters (ADR 0026). This class
/// only loads it, fills in a year (<see cref="Maak"/>), and knows the rules Bureau's dates must follow. The template's
/// own values are the dates of 2025, the reference year; every other year gets them by <see cref="Verplaats"/>.
/// </summary>
internal static class Voortgangscyclus
{
    public const string IdPrefix = "voortgangscyclus-";

    public const string Start = "start";
    public const string Voorbereiding = "voorbereiding";
    public const string Vooraankondiging = "vooraankondiging";
    public const string TrekkerBenoemd = "trekker-benoemd";
    public const string Werkgroep1 = "werkgroep-1";
    public const string KennissessieAankondiging = "kennissessie-aankondiging";
    public const string InterviewsGepland = "interviews-gepland";
    public const string InterviewsAfgenomen = "interviews-afgenomen";
    public const string InterviewfaseGesloten = "interviewfase-gesloten";
    public const string IndicatorenAangeleverd = "indicatoren-aangeleverd";
    public const string Conceptconclusies = "conceptconclusies";
    public const string Werkgroep2 = "werkgroep-2";
    public const string RapportDefinitief = "rapport-definitief";
    public const string DuidingsgesprekkenGepland = "duidingsgesprekken-gepland";
    public const string Duidingsgesprekken = "duidingsgesprekken";
    public const string Gmt = "gmt";
    public const string Sturing = "sturing";
    public const string ActieplanGeactualiseerd = "actieplan-geactualiseerd";
    public const string Opvolging = "opvolging";

    public const string IndicatorenStap = "indicatoren-aanleveren";

    /// <summary>The year whose dates the template's <c>waarden</c> hold.</summary>
    public const int Referentiejaar = 2025;

    /// <summary>The template's JSON, with <c>{jaar}</c> where a text names the cycle year.</summary>
    public static string Sjabloon { get; } = LeesSjabloon();

    private static readonly WorkflowDefinitie Referentie = WorkflowDefinitieLezer.Lees(Sjabloon.Replace("{jaar}", "2025", StringComparison.Ordinal)).Definitie
        ?? throw new InvalidOperationException("Het ingebouwde sjabloon voortgangscyclus.json is ongeldig; zie VoortgangscyclusTests.");

    /// <summary>The milestones: the template's parameters, in its order.</summary>
    public static IReadOnlyList<WorkflowParameter> Mijlpalen => Referentie.Parameters;

    /// <summary>Each milestone must not lie before the one it depends on (the pair's first), because its step waits for that one.</summary>
    private static readonly (string Eerder, string Later)[] Volgorde =
    [
        (Start, Voorbereiding), (Voorbereiding, Vooraankondiging), (Vooraankondiging, TrekkerBenoemd), (Vooraankondiging, Werkgroep1),
        (Vooraankondiging, KennissessieAankondiging), (Vooraankondiging, InterviewsGepland), (InterviewsGepland, InterviewsAfgenomen),
        (InterviewsAfgenomen, InterviewfaseGesloten), (Vooraankondiging, IndicatorenAangeleverd), (InterviewfaseGesloten, Conceptconclusies),
        (IndicatorenAangeleverd, Conceptconclusies), (Conceptconclusies, Werkgroep2), (Werkgroep2, RapportDefinitief),
        (RapportDefinitief, DuidingsgesprekkenGepland), (DuidingsgesprekkenGepland, Duidingsgesprekken),
        (Duidingsgesprekken, Gmt), (Gmt, Sturing), (Sturing, ActieplanGeactualiseerd), (Sturing, Opvolging),
    ];

    /// <summary>The reference year's dates moved to <paramref name="jaar"/>, each on the same weekday (<see cref="Verplaats"/>).</summary>
    public static IReadOnlyDictionary<string, DateOnly> StandaardDatums(int jaar) =>
        Referentie.Waarden.ToDictionary(w => w.Naam, w => Verplaats(w.Datum, w.Datum.Year + jaar - Referentiejaar));

    /// <summary>
    /// A milestone date in another year on the same weekday: of the days with that weekday, the one nearest to the same
    /// day and month (at most three days earlier or later). A Wednesday stays a Wednesday, because Bureau plans sessions
    /// and deadlines on weekdays; it is also the same ISO week number in all but a few edge weeks. 29 February counts as 28
    /// February in a common year. The result can still be a public holiday: the runtime's working days move the deadline.
    /// </summary>
    public static DateOnly Verplaats(DateOnly datum, int jaar)
    {
        var zelfdeDag = new DateOnly(jaar, datum.Month, Math.Min(datum.Day, DateTime.DaysInMonth(jaar, datum.Month)));
        var verschil = ((int)datum.DayOfWeek - (int)zelfdeDag.DayOfWeek + 7) % 7;
        return zelfdeDag.AddDays(verschil <= 3 ? verschil : verschil - 7);
    }

    /// <summary>
    /// Dutch errors per milestone (field = milestone name): missing, outside the cycle year (with three months' margin
    /// either side for the later milestones; the start itself must lie in the year, because the year of the start is
    /// the cycle year), or before the milestone it depends on.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(int jaar, IReadOnlyDictionary<string, DateOnly?> datums)
    {
        var fouten = new List<Fout>();
        var label = Mijlpalen.ToDictionary(m => m.Naam, m => m.Label);
        foreach (var mijlpaal in Mijlpalen)
        {
            var datum = datums.GetValueOrDefault(mijlpaal.Naam);
            if (datum is null)
            {
                fouten.Add(new Fout(mijlpaal.Naam, $"Vul de datum in voor '{mijlpaal.Label}'."));
            }
            else if (mijlpaal.Naam == Start && datum.Value.Year != jaar)
            {
                fouten.Add(new Fout(Start, $"De start van de cyclus {jaar} moet in {jaar} liggen; {Tekst(datum.Value)} ligt in {datum.Value.Year}."));
            }
            else if (datum < new DateOnly(jaar - 1, 10, 1) || datum > new DateOnly(jaar + 1, 3, 31))
            {
                fouten.Add(new Fout(mijlpaal.Naam,
                    $"'{mijlpaal.Label}' ({Tekst(datum.Value)}) ligt te ver buiten {jaar}; "
                    + $"kies een datum tussen 1 oktober {jaar - 1} en 31 maart {jaar + 1}."));
            }
        }

        foreach (var (eerder, later) in Volgorde)
        {
            if (datums.GetValueOrDefault(eerder) is { } a && datums.GetValueOrDefault(later) is { } b && b < a && fouten.All(f => f.Veld != later))
            {
                fouten.Add(new Fout(later, $"'{label[later]}' ({Tekst(b)}) mag niet vóór '{label[eerder]}' ({Tekst(a)}) liggen."));
            }
        }

        return fouten;
    }

    /// <summary>The definition <c>voortgangscyclus-{jaar}</c>: the template with these dates, as JSON in the runtime's format.</summary>
    public static string Maak(int jaar, IReadOnlyDictionary<string, DateOnly> datums, int versie = 1)
    {
        var fouten = Controleer(jaar, datums.ToDictionary(d => d.Key, d => (DateOnly?)d.Value));
        if (fouten.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", fouten.Select(f => f.Melding)), nameof(datums));
        }

        var jaartekst = jaar.ToString(CultureInfo.InvariantCulture);
        var ingevuld = WorkflowSjabloon.Invullen(
            Sjabloon.Replace("{jaar}", jaartekst, StringComparison.Ordinal), datums.ToDictionary(d => d.Key, d => (DateOnly?)d.Value),
            id: IdPrefix + jaartekst, naam: $"Voortgangscyclus {jaartekst}", versie: versie);
        return ingevuld.IsGeldig
            ? WorkflowDefinitieSchrijver.Schrijf(ingevuld.Definitie)
            : throw new ArgumentException(string.Join(" ", ingevuld.Fouten.Select(f => f.ToString())), nameof(datums));
    }

    /// <summary>The milestone dates a published cycle definition binds, or null when the JSON is not one made from the template.</summary>
    public static IReadOnlyDictionary<string, DateOnly>? LeesDatums(string definitieJson) =>
        WorkflowDefinitieLezer.Lees(definitieJson).Definitie is { Parameters.Count: > 0 } definitie ? WorkflowSjabloon.WaardenVan(definitie) : null;

    /// <summary>The cycle year of a definition id (<c>voortgangscyclus-2025</c> → 2025), or null.</summary>
    public static int? JaarVan(string definitieId) =>
        definitieId.StartsWith(IdPrefix, StringComparison.Ordinal)
        && int.TryParse(definitieId.AsSpan(IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            ? jaar
            : null;

    private static string LeesSjabloon()
    {
        using var stream = typeof(Voortgangscyclus).Assembly.GetManifestResourceStream("sjabloon:voortgangscyclus.json")!;
        using var lezer = new StreamReader(stream);
        return lezer.ReadToEnd();
    }

    private static string Tekst(DateOnly datum) => Nederlands.Datum(datum);
}
