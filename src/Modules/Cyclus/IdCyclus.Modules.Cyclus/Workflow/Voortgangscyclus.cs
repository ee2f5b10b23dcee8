using System.Globalization;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>A date Bureau plans the cycle around; <see cref="Datum2024"/> is what the 2024 sources say, when they date it.</summary>
internal sealed record Mijlpaal(string Sleutel, string Label, DateOnly? Datum2024);

/// <summary>
/// The yearly cycle (Voortgangscyclus) as a workflow definition, built from its milestone dates. Every date-bound step
/// uses a fixed date, so Bureau plans a year by moving milestones, never by editing JSON, and a published version
/// keeps its dates for the instance that runs on it.
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

    public const string IndicatorenStap = "indicatoren-aanleveren";

    /// <summary>The format has no field for the intended start (the runtime takes it as an argument), so it is kept in the description.</summary>
    private const string StartTekst = "Start van de cyclus: ";

    public static IReadOnlyList<Mijlpaal> Mijlpalen { get; } =
    [
        new(Start, "Start van de cyclus", null),
        new(Voorbereiding, "Voorbereiding afgerond (vragenlijst en organisatie)", null),
        new(Vooraankondiging, "Vooraankondiging aan trekkers en directeuren", new DateOnly(2024, 2, 21)),
        new(TrekkerBenoemd, "Trekker benoemd (directies zonder trekker)", null),
        new(Werkgroep1, "Eerste werkgroepsessie (plan van aanpak)", new DateOnly(2024, 3, 27)),
        // 2024 dates the kennissessie itself (2 April), not its announcement, so this milestone has no 2024 date.
        new(KennissessieAankondiging, "Aankondiging kennissessie voor trekkers", null),
        new(InterviewsGepland, "Alle interviews gepland", null),
        new(InterviewsAfgenomen, "Alle interviews afgenomen", null),
        new(InterviewfaseGesloten, "Interviewfase gesloten", null),
        new(IndicatorenAangeleverd, "Indicatoren aangeleverd (data-analist)", null),
    ];

    /// <summary>
    /// 2024's dates moved to <paramref name="jaar"/> (same day and month). Where 2024 has no date, the choice is ours:
    /// start on the first Monday of February (3 February in 2025), so the voorbereiding has two weeks before the
    /// vooraankondiging of 21 February; trekker benoemd four weeks after the vooraankondiging (the GMT's term in
    /// "Benoem een trekker"); the kennissessie announced two weeks before its 2024 date of 2 April; interviews planned by
    /// mid-April and held by mid-May; the phase closed at the end of May, before the second werkgroep session (6 June in
    /// 2024) discusses the draft conclusions.
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly> StandaardDatums(int jaar)
    {
        var februari = new DateOnly(jaar, 2, 1);
        var start = februari.AddDays(((int)DayOfWeek.Monday - (int)februari.DayOfWeek + 7) % 7);
        var datums = new Dictionary<string, DateOnly>
        {
            [Start] = start,
            [Voorbereiding] = new(jaar, 2, 14),
            [TrekkerBenoemd] = new(jaar, 3, 21),
            [KennissessieAankondiging] = new(jaar, 3, 19),
            [InterviewsGepland] = new(jaar, 4, 11),
            [InterviewsAfgenomen] = new(jaar, 5, 16),
            [InterviewfaseGesloten] = new(jaar, 5, 30),
            // The figures are in before the analysis starts (2024: draft conclusions to the werkgroep on 6 June).
            [IndicatorenAangeleverd] = new(jaar, 5, 30),
        };
        foreach (var mijlpaal in Mijlpalen.Where(m => m.Datum2024 is not null))
        {
            datums[mijlpaal.Sleutel] = Verplaats(mijlpaal.Datum2024!.Value, jaar);
        }

        return datums;
    }

    /// <summary>The same day and month in another year; 29 February becomes 28 February in a common year.</summary>
    public static DateOnly Verplaats(DateOnly datum, int jaar) =>
        new(jaar, datum.Month, Math.Min(datum.Day, DateTime.DaysInMonth(jaar, datum.Month)));

    /// <summary>
    /// Dutch errors per milestone (field = milestone key): missing, outside the cycle year (with three months' margin
    /// either side for the later milestones; the start itself must lie in the year, because the year of the start is
    /// the cycle year), or out of order.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(int jaar, IReadOnlyDictionary<string, DateOnly?> datums)
    {
        var fouten = new List<Fout>();
        var label = Mijlpalen.ToDictionary(m => m.Sleutel, m => m.Label);
        foreach (var mijlpaal in Mijlpalen)
        {
            var datum = datums.GetValueOrDefault(mijlpaal.Sleutel);
            if (datum is null)
            {
                fouten.Add(new Fout(mijlpaal.Sleutel, $"Vul de datum in voor '{mijlpaal.Label}'."));
            }
            else if (mijlpaal.Sleutel == Start && datum.Value.Year != jaar)
            {
                fouten.Add(new Fout(Start, $"De start van de cyclus {jaar} moet in {jaar} liggen; {Tekst(datum.Value)} ligt in {datum.Value.Year}."));
            }
            else if (datum < new DateOnly(jaar - 1, 10, 1) || datum > new DateOnly(jaar + 1, 3, 31))
            {
                fouten.Add(new Fout(mijlpaal.Sleutel,
                    $"'{mijlpaal.Label}' ({Tekst(datum.Value)}) ligt te ver buiten {jaar}; kies een datum tussen 1 oktober {jaar - 1} en 31 maart {jaar + 1}."));
            }
        }

        // Each pair: the later milestone may not come before the earlier one, because its step depends on it.
        (string Eerder, string Later)[] volgorde =
        [
            (Start, Voorbereiding), (Voorbereiding, Vooraankondiging), (Vooraankondiging, TrekkerBenoemd), (Vooraankondiging, Werkgroep1),
            (Vooraankondiging, KennissessieAankondiging), (Vooraankondiging, InterviewsGepland), (InterviewsGepland, InterviewsAfgenomen),
            (InterviewsAfgenomen, InterviewfaseGesloten), (Vooraankondiging, IndicatorenAangeleverd),
        ];
        foreach (var (eerder, later) in volgorde)
        {
            if (datums.GetValueOrDefault(eerder) is { } a && datums.GetValueOrDefault(later) is { } b && b < a && fouten.All(f => f.Veld != later))
            {
                fouten.Add(new Fout(later, $"'{label[later]}' ({Tekst(b)}) mag niet vóór '{label[eerder]}' ({Tekst(a)}) liggen."));
            }
        }

        return fouten;
    }

    /// <summary>The definition <c>voortgangscyclus-{jaar}</c> with these milestone dates, as JSON in the runtime's format.</summary>
    public static string Maak(int jaar, IReadOnlyDictionary<string, DateOnly> datums, int versie = 1)
    {
        var fouten = Controleer(jaar, datums.ToDictionary(d => d.Key, d => (DateOnly?)d.Value));
        if (fouten.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", fouten.Select(f => f.Melding)), nameof(datums));
        }

        Termijn Op(string mijlpaal) => new DatumTermijn(datums[mijlpaal]);
        WaardeLijst<string> naVooraankondiging = ["vooraankondiging-trekkers", "vooraankondiging-directeuren"];
        var definitie = new WorkflowDefinitie
        {
            Id = IdPrefix + jaar.ToString(CultureInfo.InvariantCulture),
            Naam = $"Voortgangscyclus {jaar}",
            Versie = versie,
            Omschrijving = $"De jaarlijkse voortgangsrapportage Actieplannen Inclusie en Diversiteit {jaar}: voorbereiding, vooraankondiging, " +
                           $"trekkers benoemen, werkgroep, kennissessie en interviews per directie. {StartTekst}{Iso(datums[Start])}.",
            Stappen =
            [
                new TaakStap
                {
                    Id = "voorbereiding", Naam = "Voorbereiding bevestigen",
                    Omschrijving = $"Publiceer de vragenlijst voor {jaar} en controleer wie trekker, directeur en accounthouder is. Bevestig daarna hier dat alles klaarstaat; pas dan gaat de vooraankondiging uit.",
                    Rol = OrganisatieRollen.Bureau, Formulier = VoorbereidingBevestigenFormulier.Formuliernaam, Deadline = Op(Voorbereiding),
                },
                new WachtStap { Id = "wachten-vooraankondiging", Naam = "Wachten op de vooraankondiging", NaStappen = ["voorbereiding"], Tot = Op(Vooraankondiging) },
                new MeldingStap
                {
                    Id = "vooraankondiging-trekkers", Naam = "Vooraankondiging aan de trekkers", NaStappen = ["wachten-vooraankondiging"],
                    Sjabloon = Sjablonen.Vooraankondiging, AanRol = OrganisatieRollen.Trekker,
                },
                new MeldingStap
                {
                    Id = "vooraankondiging-directeuren", Naam = "Vooraankondiging aan de directeuren", NaStappen = ["wachten-vooraankondiging"],
                    Sjabloon = Sjablonen.Vooraankondiging, AanRol = OrganisatieRollen.Directeur,
                },
                new PerItemStap
                {
                    Id = "trekkers-benoemen", Naam = "Directies zonder trekker", NaStappen = naVooraankondiging,
                    Collectie = "actieve-directies", Voorwaarde = "directie-zonder-trekker",
                    Stappen =
                    [
                        new TaakStap
                        {
                            Id = "trekker-benoemen", Naam = "Benoem een trekker",
                            Omschrijving = "Uw directie heeft geen trekker voor het Actieplan Inclusie en Diversiteit. Het GMT heeft afgesproken dat elke directie een trekker heeft met minimaal 8 uur per week. Vul hieronder in wie de trekker wordt, met hoeveel uur per week en vanaf wanneer.",
                            Rol = OrganisatieRollen.Directeur, Bereik = Bereik.Item, Formulier = "trekker-benoemen", Deadline = Op(TrekkerBenoemd),
                            Herinneringen = [IsoDuur.Parse("P7D"), IsoDuur.Parse("P1D")],
                            Escalaties =
                            [
                                new Escalatie(IsoDuur.Parse("P0D"), OrganisatieRollen.Clusterdirecteur, "escalatie"),
                                new Escalatie(IsoDuur.Parse("P14D"), OrganisatieRollen.Bureau, "escalatie"),
                                new Escalatie(IsoDuur.Parse("P14D"), OrganisatieRollen.Gmt, "escalatie"),
                            ],
                        },
                    ],
                },
                new PerItemStap
                {
                    Id = "werkgroep-sessie-1", Naam = "Werkgroep: plan van aanpak", NaStappen = naVooraankondiging, Collectie = Werkgroepleden.Collectienaam,
                    Stappen =
                    [
                        new TaakStap
                        {
                            Id = "plan-van-aanpak-beoordelen", Naam = "Reageer op het plan van aanpak",
                            Omschrijving = "Als lid van de werkgroep voortgangsrapportage adviseert u Bureau I&D over het plan van aanpak van dit jaar. Geef uw reactie vóór de eerste werkgroepsessie; Bureau bundelt de reacties.",
                            Rol = OrganisatieRollen.Persoon, Bereik = Bereik.Item, Formulier = WerkgroepReactieFormulier.Formuliernaam, Deadline = Op(Werkgroep1),
                            Herinneringen = [IsoDuur.Parse("P3D")],
                        },
                    ],
                },
                new WachtStap { Id = "wachten-kennissessie", Naam = "Wachten op de aankondiging van de kennissessie", NaStappen = naVooraankondiging, Tot = Op(KennissessieAankondiging) },
                new MeldingStap
                {
                    Id = "kennissessie", Naam = "Aankondiging kennissessie", NaStappen = ["wachten-kennissessie"],
                    Sjabloon = Sjablonen.Kennissessie, AanRol = OrganisatieRollen.Trekker,
                },
                new PerItemStap
                {
                    Id = "interviews", Naam = "Interviews per directie", NaStappen = naVooraankondiging, Collectie = "actieve-directies",
                    Stappen =
                    [
                        new TaakStap
                        {
                            Id = "interview-plannen", Naam = "Plan het interview",
                            Omschrijving = "Spreek met de trekker (of, zonder trekker, de directeur of een MT-lid) een moment af voor het interview over de vragenlijst en zet de datum op de interviewpagina.",
                            Rol = OrganisatieRollen.Accounthouder, Bereik = Bereik.Item, Formulier = InterviewPlannenFormulier.Formuliernaam, Deadline = Op(InterviewsGepland),
                            Herinneringen = [IsoDuur.Parse("P7D")],
                        },
                        new TaakStap
                        {
                            Id = "interview-afnemen", Naam = "Neem het interview af", NaStappen = ["interview-plannen"],
                            Omschrijving = "Loop de vragenlijst met de respondent door, vul de antwoorden in en dien ze in. De respondent bevestigt daarna de antwoorden.",
                            Rol = OrganisatieRollen.Accounthouder, Bereik = Bereik.Item, Formulier = InterviewIndienenFormulier.Formuliernaam, Deadline = Op(InterviewsAfgenomen),
                            Herinneringen = [IsoDuur.Parse("P7D"), IsoDuur.Parse("P1D")],
                            Escalaties = [new Escalatie(IsoDuur.Parse("P7D"), OrganisatieRollen.Bureau, "escalatie")],
                        },
                        new TaakStap
                        {
                            Id = "antwoorden-bevestigen", Naam = "Bevestig de antwoorden", NaStappen = ["interview-afnemen"],
                            Omschrijving = "Uw accounthouder heeft de antwoorden van het interview ingediend. Bekijk ze en bevestig dat ze kloppen; klopt er iets niet, neem dan contact op met uw accounthouder.",
                            Rol = OrganisatieRollen.Respondent, Bereik = Bereik.Item, Formulier = InterviewBevestigenFormulier.Formuliernaam,
                            Deadline = new DuurTermijn(IsoDuur.Parse("P14D"), Anker.NaStap("interview-afnemen")),
                            Herinneringen = [IsoDuur.Parse("P7D"), IsoDuur.Parse("P2D")],
                            Escalaties =
                            [
                                new Escalatie(IsoDuur.Parse("P0D"), OrganisatieRollen.Directeur, "escalatie"),
                                new Escalatie(IsoDuur.Parse("P14D"), OrganisatieRollen.Bureau, "escalatie"),
                            ],
                        },
                    ],
                },
                new TaakStap
                {
                    Id = "interviewfase-afsluiten", Naam = "Sluit de interviewfase af", NaStappen = naVooraankondiging,
                    Omschrijving = "Sluit de interviewfase af zodra alle interviews definitief zijn, of op de geplande datum. Ontbreken er interviews, licht dan toe waarom de rapportage zonder die directies verdergaat.",
                    Rol = OrganisatieRollen.Bureau, Formulier = InterviewfaseAfsluitenFormulier.Formuliernaam, Deadline = Op(InterviewfaseGesloten),
                },
                // The figures beside the interview scores. The analysis step, when it is added to this definition, waits
                // for this task as well as for the interview phase.
                new TaakStap
                {
                    Id = IndicatorenStap, Naam = $"Lever de indicatoren van {jaar} aan", NaStappen = naVooraankondiging,
                    Omschrijving = $"Verzamel de indicatoren voor de voortgangsrapportage {jaar} (CBS Barometer, P&O, het Adviesteam Banenafspraak, Bureau's eigen gegevens) en importeer ze op /indicatoren/importeren. De taak is af als elke indicator een cijfer heeft of een verklaard ontbreken (. of x met toelichting).",
                    Rol = OrganisatieRollen.DataAnalist, Formulier = IndicatorenAanleverenFormulier.Formuliernaam, Deadline = Op(IndicatorenAangeleverd),
                    Herinneringen = [IsoDuur.Parse("P14D"), IsoDuur.Parse("P3D")],
                    Escalaties = [new Escalatie(IsoDuur.Parse("P7D"), OrganisatieRollen.Bureau, "escalatie")],
                },
                // Whichever comes first closes the phase: every directie done, or Bureau closing it. The other branch is
                // then cancelled (annuleerRest), so Bureau's closing task does not stay open forever once every interview
                // is final, and open interview tasks stop reminding accounthouders once Bureau has closed the phase.
                new SamenvoegStap
                {
                    Id = "interviewfase-gesloten", Naam = "Interviewfase gesloten", NaStappen = ["interviews", "interviewfase-afsluiten"], Wacht = Wachtwijze.Een,
                    AnnuleerRest = true,
                },
                new MeldingStap
                {
                    Id = "interviewfase-klaar", Naam = "Interviewfase gesloten", NaStappen = ["interviewfase-gesloten"],
                    Sjabloon = Sjablonen.InterviewfaseGesloten, AanRol = OrganisatieRollen.Bureau,
                },
            ],
        };
        return WorkflowDefinitieSchrijver.Schrijf(definitie);
    }

    /// <summary>The milestone dates of a cycle definition, or null when the JSON is not one (so the page can show and edit them).</summary>
    public static IReadOnlyDictionary<string, DateOnly>? LeesDatums(string definitieJson)
    {
        if (WorkflowDefinitieLezer.Lees(definitieJson).Definitie is not { } definitie || definitie.Omschrijving is not { } omschrijving)
        {
            return null;
        }

        var positie = omschrijving.LastIndexOf(StartTekst, StringComparison.Ordinal);
        if (positie < 0 || !DateOnly.TryParseExact(omschrijving.AsSpan(positie + StartTekst.Length).TrimEnd('.'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return null;
        }

        var datums = new Dictionary<string, DateOnly> { [Start] = start };
        (string Mijlpaal, string Stap)[] bronnen =
        [
            (Voorbereiding, "voorbereiding"), (Vooraankondiging, "wachten-vooraankondiging"), (TrekkerBenoemd, "trekker-benoemen"),
            (Werkgroep1, "plan-van-aanpak-beoordelen"), (KennissessieAankondiging, "wachten-kennissessie"), (InterviewsGepland, "interview-plannen"),
            (InterviewsAfgenomen, "interview-afnemen"), (InterviewfaseGesloten, "interviewfase-afsluiten"), (IndicatorenAangeleverd, IndicatorenStap),
        ];
        foreach (var (mijlpaal, stapId) in bronnen)
        {
            var termijn = definitie.ProbeerStap(stapId, out var stap) ? stap switch
            {
                TaakStap taak => taak.Deadline,
                WachtStap wacht => wacht.Tot,
                _ => null,
            } : null;
            if (termijn is null && mijlpaal == IndicatorenAangeleverd && JaarVan(definitie.Id) is { } jaar)
            {
                // A definition published before the indicator task existed: its year's standard date, not unreadable.
                datums[mijlpaal] = StandaardDatums(jaar)[mijlpaal];
                continue;
            }

            if (termijn is not DatumTermijn { Datum: var datum })
            {
                return null;
            }

            datums[mijlpaal] = datum;
        }

        return datums;
    }

    /// <summary>The cycle year of a definition id (<c>voortgangscyclus-2025</c> → 2025), or null.</summary>
    public static int? JaarVan(string definitieId) =>
        definitieId.StartsWith(IdPrefix, StringComparison.Ordinal) && int.TryParse(definitieId.AsSpan(IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            ? jaar
            : null;

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Tekst(DateOnly datum) => Nederlands.Datum(datum);
}
