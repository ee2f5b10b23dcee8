using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>The werkgroep review's rules: a deadline in the future, a comment on an existing block, a note when resolving.</summary>
internal static class Reviewregels
{
    public const int MaxOpmerking = 4000;

    /// <summary>
    /// A deadline after today; and no second round while one is open, because the werkgroep would then have two review
    /// tasks on two concept versions at once and comments could not say which text they are about.
    /// </summary>
    public static IReadOnlyList<Fout> ControleerStart(DateOnly? deadline, DateOnly vandaag, DateOnly? lopendeDeadline = null) => deadline switch
    {
        _ when lopendeDeadline is { } loopt && IsOpen(loopt, vandaag) =>
            [new Fout("Deadline", $"Er loopt al een review tot en met {IdCyclus.Shared.Nederlands.Datum(loopt)}; start een nieuwe review na die deadline.")],
        null => [new Fout("Deadline", "Vul de deadline van de review in, bijvoorbeeld 15-09-2024.")],
        { } d when d <= vandaag => [new Fout("Deadline", "De deadline moet na vandaag liggen.")],
        _ => [],
    };

    /// <summary>
    /// Per werkgroep member whether they finished the round (their task), in name order; someone who finished but is no
    /// longer a member on the day is listed too, so no completion disappears from Bureau's view.
    /// </summary>
    public static IReadOnlyList<Reviewerstand> Stand(
        IEnumerable<(Guid Id, string Naam)> leden,
        IEnumerable<(Guid PersoonId, string Naam, DateTime OpUtc)> afrondingen)
    {
        var klaar = afrondingen.GroupBy(a => a.PersoonId).ToDictionary(g => g.Key, g => g.Min(a => a.OpUtc));
        var namen = afrondingen.GroupBy(a => a.PersoonId).ToDictionary(g => g.Key, g => g.First().Naam);
        var lijst = leden.DistinctBy(l => l.Id).Select(l => new Reviewerstand(l.Id, l.Naam, true, klaar.TryGetValue(l.Id, out var op) ? op : null)).ToList();
        lijst.AddRange(klaar.Keys.Where(id => lijst.All(l => l.PersoonId != id)).Select(id => new Reviewerstand(id, namen[id], false, klaar[id])));
        return lijst.OrderBy(l => l.Naam, IdCyclus.Shared.Nederlands.Sortering).ThenBy(l => l.PersoonId).ToList();
    }

    public static IReadOnlyList<Fout> ControleerOpmerking(string? sleutel, string? tekst, IEnumerable<string> blokken, bool rondeOpen)
    {
        var fouten = new List<Fout>();
        if (!rondeOpen)
        {
            fouten.Add(new Fout("Tekst", "Er loopt geen review (meer); opmerkingen kunnen alleen tot en met de deadline."));
        }

        if (string.IsNullOrWhiteSpace(sleutel) || !blokken.Contains(sleutel))
        {
            fouten.Add(new Fout("Sleutel", "Kies het tekstblok waar de opmerking over gaat."));
        }

        if (string.IsNullOrWhiteSpace(tekst))
        {
            fouten.Add(new Fout("Tekst", "Schrijf de opmerking."));
        }
        else if (tekst.Length > MaxOpmerking)
        {
            fouten.Add(new Fout("Tekst", $"De opmerking is {tekst.Length} tekens; het maximum is {MaxOpmerking}."));
        }

        return fouten;
    }

    public static bool IsOpen(DateOnly deadline, DateOnly vandaag) => vandaag <= deadline;
}

/// <param name="IsLid">A werkgroep member today (false: finished the review but no longer a member).</param>
/// <param name="AfgerondOpUtc">When the member completed the review task; null: not yet.</param>
internal sealed record Reviewerstand(Guid PersoonId, string Naam, bool IsLid, DateTime? AfgerondOpUtc)
{
    public bool IsAfgerond => AfgerondOpUtc is not null;
}
