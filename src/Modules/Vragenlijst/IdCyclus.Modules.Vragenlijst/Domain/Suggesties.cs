using System.Globalization;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>A trekker assignment from the organisation data; <see cref="Tot"/> is the last day, inclusive, or open.</summary>
internal sealed record TrekkerPeriode(string Naam, DateOnly Van, DateOnly? Tot, decimal? UrenPerWeek)
{
    public bool IsActiefOp(DateOnly datum) => Van <= datum && (Tot is null || datum <= Tot);
}

/// <summary>A score the organisation data points to, with the reason, shown next to the item for the accounthouder to accept.</summary>
internal sealed record Suggestie(string Nummer, int Score, string Reden);

/// <summary>
/// Suggestions from the organisation data for items 1–3. They are shown with their reason and never filled in: the
/// data can be behind, and the respondent may know better (a directeur who stands in, a trekker who left yesterday).
/// </summary>
internal static class Suggesties
{
    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <param name="werkgroepleden">Members of the directie's werkgroep at the end of the period; null when unknown.</param>
    public static IReadOnlyList<Suggestie> Voor(
        Vragenlijstinhoud inhoud,
        DateOnly periodeVan,
        DateOnly periodeTot,
        IReadOnlyList<TrekkerPeriode> trekkers,
        int? werkgroepleden)
    {
        if (periodeTot < periodeVan)
        {
            throw new ArgumentException($"Period ends ({periodeTot:O}) before it starts ({periodeVan:O}).", nameof(periodeTot));
        }

        if (werkgroepleden < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(werkgroepleden), werkgroepleden, "A werkgroep cannot have fewer than 0 members.");
        }

        var suggesties = new List<Suggestie>();
        if (ZelfdeBetekenis(inhoud, "1"))
        {
            suggesties.Add(Trekkerwisselingen(periodeVan, periodeTot, trekkers));
        }

        if (ZelfdeBetekenis(inhoud, "2") && Uren(periodeTot, trekkers) is { } uren)
        {
            suggesties.Add(uren);
        }

        // The data only shows whether a werkgroep has members. Options 1–3 differ in how the group works (informal,
        // on own initiative, formalised with 2 hours a week), which no register records, so only "niet" is suggested.
        if (ZelfdeBetekenis(inhoud, "3") && werkgroepleden == 0)
        {
            suggesties.Add(new Suggestie("3", 0, $"Volgens de organisatiegegevens heeft de werkgroep op {Datum(periodeTot)} geen leden."));
        }

        return suggesties;
    }

    /// <summary>
    /// Adds the action plan's suggestions (items 3, 5, 6, 7 and 9, from the Actieplannen module) after the organisation's,
    /// for items that still mean what they meant in 2024: the plan's rules are written for that wording too.
    /// </summary>
    public static IReadOnlyList<Suggestie> MetActieplan(Vragenlijstinhoud inhoud, IReadOnlyList<Suggestie> organisatie, IEnumerable<Suggestie> actieplan) =>
        [.. organisatie, .. actieplan.Where(s => ZelfdeBetekenis(inhoud, s.Nummer))];

    /// <summary>
    /// The rules below are written for the 2024 wording of items 1–3. A later version with another text or other
    /// options under the same number measures something else, so it gets no suggestion rather than a wrong one.
    /// </summary>
    private static bool ZelfdeBetekenis(Vragenlijstinhoud inhoud, string nummer)
    {
        var vraag = inhoud.Zoek(nummer);
        var referentie = Seed2024.Lees().Zoek(nummer)!;
        return vraag is { IsGescoord: true } && vraag.Tekst == referentie.Tekst && vraag.Opties.SequenceEqual(referentie.Opties);
    }

    private static Suggestie Trekkerwisselingen(DateOnly van, DateOnly tot, IReadOnlyList<TrekkerPeriode> trekkers)
    {
        var inPeriode = trekkers
            .Where(t => t.Van <= tot && (t.Tot is null || t.Tot >= van))
            .OrderBy(t => t.Van)
            .ThenBy(t => t.Naam, StringComparer.Ordinal)
            .ToList();
        var vacatures = Vacatures(van, tot, inPeriode);
        var vacaturetekst = vacatures.Count == 0
            ? ""
            : $" Er was geen trekker {string.Join(" en ", vacatures.Select(v => $"van {Datum(v.Van)} tot en met {Datum(v.Tot)}"))}; "
                + "de vragenlijst heeft geen optie voor een vacature.";

        if (!inPeriode.Any(t => t.IsActiefOp(tot)))
        {
            var laatste = inPeriode.MaxBy(t => t.Tot);
            var laatstetekst = laatste is null ? "" : $" (laatste trekker: {laatste.Naam} tot en met {Datum(laatste.Tot!.Value)})";
            return new Suggestie("1", 0, $"Volgens de organisatiegegevens is er op {Datum(tot)} geen trekker{laatstetekst}.{vacaturetekst}");
        }

        // A new row for the same person (e.g. changed hours) continues the assignment; it is not a change of trekker.
        var nieuw = inPeriode.Where(t => t.Van >= van && !IsVoortzetting(t, trekkers)).ToList();
        var begonVoorDePeriode = inPeriode.Any(t => t.Van < van);
        var wisselingen = begonVoorDePeriode ? nieuw.Count : Math.Max(0, nieuw.Count - 1);
        var score = wisselingen switch
        {
            <= 1 => 3,
            2 => 2,
            _ => 1,
        };

        var wie = string.Join(", ", inPeriode.Select(Omschrijving));
        var hoeVaak = wisselingen == 0 ? "niet gewisseld" : $"{wisselingen} keer gewisseld";
        return new Suggestie("1", score, $"Volgens de organisatiegegevens is de trekker in de meetperiode {hoeVaak} ({wie}).{vacaturetekst}");
    }

    private static bool IsVoortzetting(TrekkerPeriode periode, IReadOnlyList<TrekkerPeriode> trekkers) =>
        trekkers.Any(t =>
            !ReferenceEquals(t, periode) &&
            string.Equals(t.Naam.Trim(), periode.Naam.Trim(), StringComparison.OrdinalIgnoreCase) &&
            t.Van < periode.Van &&
            (t.Tot is null || t.Tot.Value.AddDays(1) >= periode.Van));

    private static List<(DateOnly Van, DateOnly Tot)> Vacatures(DateOnly van, DateOnly tot, IEnumerable<TrekkerPeriode> inPeriode)
    {
        var vacatures = new List<(DateOnly, DateOnly)>();
        var vrijVanaf = van;
        foreach (var periode in inPeriode)
        {
            if (vrijVanaf > tot)
            {
                break;
            }

            if (periode.Van > vrijVanaf)
            {
                vacatures.Add((vrijVanaf, periode.Van.AddDays(-1)));
            }

            if (periode.Tot is null || periode.Tot.Value >= tot)
            {
                return vacatures;
            }

            var volgende = periode.Tot.Value.AddDays(1);
            vrijVanaf = volgende > vrijVanaf ? volgende : vrijVanaf;
        }

        if (vrijVanaf <= tot)
        {
            vacatures.Add((vrijVanaf, tot));
        }

        return vacatures;
    }

    private static Suggestie? Uren(DateOnly tot, IReadOnlyList<TrekkerPeriode> trekkers)
    {
        var huidige = trekkers.Where(t => t.IsActiefOp(tot)).OrderBy(t => t.Naam, StringComparer.Ordinal).ToList();
        if (huidige.Count == 0)
        {
            return new Suggestie("2", 0, $"Volgens de organisatiegegevens is er op {Datum(tot)} geen trekker, dus ook geen uren voor de rol.");
        }

        // Unknown hours are not zero hours: better no suggestion than a wrong 0.
        if (huidige.Any(t => t.UrenPerWeek is null))
        {
            return null;
        }

        var uren = huidige.Sum(t => t.UrenPerWeek!.Value);
        var score = uren switch
        {
            <= 0 => 0,
            < 4 => 1,
            <= 8 => 2,
            _ => 3,
        };
        var wie = huidige.Count == 1
            ? $"heeft de trekker ({huidige[0].Naam})"
            : $"hebben de trekkers ({string.Join(" en ", huidige.Select(t => t.Naam))}) samen";
        var reden = $"Volgens de organisatiegegevens {wie} op {Datum(tot)} {Getal(uren)} uur per week voor deze rol.";
        reden += uren switch
        {
            4 => " Let op: precies 4 uur valt onder optie 1 én 2 (\"tussen de 0 en 4 uren\" en \"tussen de 4 en 8 uren\"); de suggestie kiest 2.",
            8 =>
                " Let op: precies 8 uur geeft 2 (\"tussen de 4 en 8 uren\"), terwijl het GMT minimaal 8 uur vraagt; met 2 is deze randvoorwaarde niet op orde.",
            _ => "",
        };
        return new Suggestie("2", score, reden);
    }

    private static string Omschrijving(TrekkerPeriode t) =>
        t.Tot is null ? $"{t.Naam} vanaf {Datum(t.Van)}" : $"{t.Naam} van {Datum(t.Van)} tot en met {Datum(t.Tot.Value)}";

    private static string Datum(DateOnly datum) => $"{datum.Day} {Maanden[datum.Month - 1]} {datum.Year}";

    private static string Getal(decimal waarde) => waarde.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
