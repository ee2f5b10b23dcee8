using IdCyclus.Shared;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>A place where the plan's own figures do not agree; shown, never silently corrected.</summary>
internal sealed record Afwijking(string Onderwerp, string Uitleg);

internal sealed record Begrotingsuitkomst(
    long TotaalCent, IReadOnlyList<(Begrotingsregel Regel, long BedragCent)> Regels, IReadOnlyList<Afwijking> Afwijkingen);

/// <summary>
/// Computes the budget: a line's amount is the stated amount, or its formula's result when no amount is stated; the total
/// is the sum. A stated amount that differs from its formula, a stated total that differs from the sum, a total whose
/// notation cannot be read as Dutch, and werkgroep hours that do not match the werkgroep are each an <see cref="Afwijking"/>
/// (DISCREPANCIES A2, A3).
/// </summary>
internal static class Begrotingscontrole
{
    /// <param name="werkgroepUren">The werkgroep's hours per week (members plus trekkers); null when unknown.</param>
    public static Begrotingsuitkomst Bereken(Begroting begroting, decimal? werkgroepUren)
    {
        var afwijkingen = new List<Afwijking>();
        var regels = new List<(Begrotingsregel, long)>();
        foreach (var regel in begroting.Regels)
        {
            var bedrag = regel.BedragCent ?? regel.Formule?.UitkomstCent ?? 0;
            regels.Add((regel, bedrag));
            if (regel is { BedragCent: { } gesteld, Formule: { } formule } && formule.UitkomstCent != gesteld)
            {
                afwijkingen.Add(new Afwijking($"Begrotingsregel '{regel.Post}'",
                    $"Het bedrag {Bedragen.Tekst(gesteld)} volgt niet uit de berekening {Formuletekst(formule)} = {Bedragen.Tekst(formule.UitkomstCent)}."));
            }

            if (regel is { IsWerkgroep: true, Formule: { } uren } && werkgroepUren is { } werkelijk && werkelijk != uren.UrenPerWeek * uren.Aantal)
            {
                afwijkingen.Add(new Afwijking($"Begrotingsregel '{regel.Post}'",
                    $"De regel rekent met {Getal(uren.UrenPerWeek * uren.Aantal)} uur per week werkgroeptijd, "
                    + $"maar de werkgroep heeft samen {Getal(werkelijk)} uur per week; "
                    + $"met die uren zou de regel {Bedragen.Tekst(new Formule(werkelijk, uren.TariefCent, uren.Weken).UitkomstCent)} zijn."));
            }
        }

        var totaal = regels.Sum(r => r.Item2);
        foreach (var gesteld in begroting.GesteldeTotalen)
        {
            var bron = gesteld.Bron is null ? "" : $" ({gesteld.Bron})";
            if (!Bedragen.ProbeerLees(gesteld.Tekst, out var gelezen))
            {
                afwijkingen.Add(new Afwijking("Gesteld totaal",
                    $"'{gesteld.Tekst}'{bron} is geen eenduidig bedrag in Nederlandse notatie"
                    + (gesteld.BedragCent is { } bedoeld
                        ? $"; gelezen als {Bedragen.Tekst(bedoeld)}."
                        : "; het is niet vast te stellen welk bedrag bedoeld is.")));
            }
            else if (gesteld.BedragCent is { } bedoeld && bedoeld != gelezen)
            {
                afwijkingen.Add(new Afwijking("Gesteld totaal",
                    $"'{gesteld.Tekst}'{bron} staat er als {Bedragen.Tekst(gelezen)}, maar is vastgelegd als {Bedragen.Tekst(bedoeld)}."));
            }

            var waarde = gesteld.BedragCent ?? (Bedragen.ProbeerLees(gesteld.Tekst, out var g) ? g : (long?)null);
            if (waarde is { } w && w != totaal)
            {
                afwijkingen.Add(new Afwijking("Gesteld totaal",
                    $"Het document noemt {Bedragen.Tekst(w)}{bron}; de som van de begrotingsregels is {Bedragen.Tekst(totaal)} "
                    + $"(verschil {Bedragen.Tekst(Math.Abs(w - totaal))})."));
            }
        }

        return new Begrotingsuitkomst(totaal, regels, afwijkingen);
    }

    public static string Formuletekst(Formule f) =>
        $"{Getal(f.UrenPerWeek)} uur/week × {Bedragen.Tekst(f.TariefCent)}/uur × {Getal(f.Weken)} weken" + (f.Aantal == 1 ? "" : $" × {Getal(f.Aantal)}");

    public static string Getal(decimal waarde) => waarde.ToString("0.##", Nederlands.Cultuur);
}
