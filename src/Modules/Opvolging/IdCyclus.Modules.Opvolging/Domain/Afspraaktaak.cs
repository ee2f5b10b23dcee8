namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>Where an agreement's task stands in the workflow runtime, as far as the rules need it.</summary>
/// <param name="IsActief">The instance still runs (not completed, not cancelled).</param>
/// <param name="OpenTaakDeadline">The day its open task is due; null when no task is open.</param>
internal sealed record Taakstand(bool IsActief, DateOnly? OpenTaakDeadline);

/// <summary>What to do with an agreement's task so that it matches the agreement.</summary>
internal enum Taakactie
{
    Niets,
    Starten,
    DeadlineVerplaatsen,
    Afronden,
    Annuleren,
}

/// <summary>
/// Each agreement is a task for its owner, the directeur (ADR 0023): started once when the agreement is made, due on its
/// current deadline, completed when the agreement is done and cancelled when it is dropped. These rules compare the
/// agreement with its task and say what brings them in line; they depend on nothing but the two states, so handling the
/// same change twice, late or out of order ends the same way.
/// </summary>
internal static class Afspraaktaak
{
    /// <summary>The longest description the runtime keeps for an item (its column).</summary>
    public const int MaxItemOmschrijving = 300;

    /// <summary>The runtime's unique start key: one task per agreement, ever.</summary>
    public static string Sleutel(Guid afspraakId) => $"afspraak:{afspraakId}";

    /// <summary>The built-in definition for the kind; each has the same reminders and escalation ladder, its own form.</summary>
    public static string DefinitieId(Afspraaksoort soort) => soort switch
    {
        Afspraaksoort.TrekkerBenoemd => "opvolging-afspraak-trekker",
        Afspraaksoort.ActieplanOpgeleverd => "opvolging-afspraak-actieplan",
        _ => "opvolging-afspraak-overig",
    };

    /// <summary>The prefix of the three definitions, so pages can tell an agreement's task from the cycle's.</summary>
    public const string DefinitiePrefix = "opvolging-afspraak-";

    public static Taakactie Bepaal(Afspraak afspraak, Taakstand? taak)
    {
        if (afspraak.Afsluiting is { } afsluiting)
        {
            // A task never starts for an agreement that is already closed; one that ended by itself stays as it ended.
            return taak is { IsActief: true } ? (afsluiting.Gedaan ? Taakactie.Afronden : Taakactie.Annuleren) : Taakactie.Niets;
        }

        if (taak is null)
        {
            return Taakactie.Starten;
        }

        return taak.OpenTaakDeadline is { } dag && dag != afspraak.HuidigeDeadline ? Taakactie.DeadlineVerplaatsen : Taakactie.Niets;
    }

    /// <summary>
    /// What the task is about, in one line for "Mijn taken" (the column "Voor") and the task's heading: the directie and
    /// what the agreement asks; for the system-checked kinds also why (for the trekker: whether the hours are the report's
    /// recommendation or the GMT's own agreement, as the sturing page wrote it).
    /// </summary>
    public static string Omschrijving(Afspraaksoort soort, string directieNaam, decimal? minimaleUren, string? omschrijving)
    {
        var tekst = $"{directieNaam}: {Afspraakteksten.Titel(soort, minimaleUren, omschrijving)}";
        if (soort != Afspraaksoort.Overig && !string.IsNullOrWhiteSpace(omschrijving))
        {
            tekst += $" — {omschrijving.Trim()}";
        }

        return tekst.Length <= MaxItemOmschrijving ? tekst : string.Concat(tekst.AsSpan(0, MaxItemOmschrijving - 1), "…");
    }

    /// <summary>Why the task closes, for its history.</summary>
    public static string Reden(Afsluiting afsluiting) =>
        afsluiting.Gedaan
            ? $"de afspraak is gedaan ({afsluiting.Door}): {afsluiting.Toelichting}"
            : $"de afspraak is vervallen ({afsluiting.Door}): {afsluiting.Toelichting}";
}
