namespace IdCyclus.Workflows;

/// <summary>
/// The scheduling maths of the runtime: when a task is due, when its reminders and escalations fire. Pure functions of
/// their inputs (no clock is read here: the caller passes every moment), so a simulated year gives the same dates as a
/// real one.
/// </summary>
/// <remarks>
/// <para><b>Dates are Amsterdam dates.</b> A <see cref="Termijn"/> yields a calendar date in Europe/Amsterdam, whatever
/// the server's time zone.</para>
/// <para><b>A due date means 17:00 that day</b> (<see cref="Deadlinetijd"/>): the end of the office day. Not midnight,
/// so that reminders and escalations counted from it in whole days (P7D before, P14D after) also fire at 17:00, inside
/// working hours, and an escalation "on the due date" (P0D) reaches people while they can still act that day.</para>
/// <para><b>Days are calendar days, hours are hours.</b> The calendar part of a duration (years, months, weeks, days) is
/// counted on the Amsterdam wall clock, so "P7D before a 17:00 deadline" is 17:00 a week earlier even across a daylight
/// saving change; the clock part (hours, minutes, seconds) is elapsed time, so "PT24H" across that change lands an hour
/// off 17:00. A wall-clock time that does not exist (the hour skipped in spring) moves forward by the gap; one that occurs
/// twice (autumn) means the first occurrence.</para>
/// <para><b>Working days</b> (<see cref="WorkflowOpties.Werkdagen"/>): when set, every date a <see cref="Termijn"/>
/// yields (deadline, follow-up date, wait-until) that falls on a Saturday, Sunday or <see cref="Feestdagen">holiday</see>
/// moves to the next working day. Reminders and escalations are then counted from the moved due moment, and are not
/// themselves moved.</para>
/// </remarks>
public static class Planning
{
    /// <summary>Europe/Amsterdam.</summary>
    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The time of day a due date stands for: 17:00 Amsterdam time, the end of the office day.</summary>
    public static TimeOnly Deadlinetijd { get; } = new(17, 0);

    /// <summary>The Amsterdam date a <see cref="Termijn"/> yields, moved to a working day when <paramref name="werkdagen"/> is set.</summary>
    /// <exception cref="InvalidOperationException">The termijn counts from a step that has not completed (a bug: the validator prevents it).</exception>
    public static DateOnly Vervaldatum(Termijn termijn, Ankermomenten ankers, bool werkdagen)
    {
        ArgumentNullException.ThrowIfNull(termijn);
        ArgumentNullException.ThrowIfNull(ankers);
        var dag = termijn switch
        {
            DatumTermijn vast => vast.Datum,
            DuurTermijn duur => Dag(Verschuif(ankers.Moment(duur.Vanaf), duur.Na)),
            _ => throw new ArgumentException($"Onbekende termijn {termijn.GetType().Name}.", nameof(termijn)),
        };
        return werkdagen ? VolgendeWerkdag(dag) : dag;
    }

    /// <summary>17:00 Amsterdam time on <see cref="Vervaldatum"/>.</summary>
    /// <exception cref="InvalidOperationException">The termijn counts from a step that has not completed.</exception>
    public static DateTimeOffset Vervalmoment(Termijn termijn, Ankermomenten ankers, bool werkdagen) =>
        OpDag(Vervaldatum(termijn, ankers, werkdagen), Deadlinetijd);

    /// <summary>
    /// The reminders of a task due at <paramref name="vervalmoment"/>, in time order: the due moment minus each offset.
    /// Reminders that would fall before <paramref name="aangemaakt"/> (a task created late) are dropped; one exactly at
    /// that moment is kept.
    /// </summary>
    public static WaardeLijst<GeplandeHerinnering> Herinneringen(DateTimeOffset vervalmoment, IEnumerable<IsoDuur> voorVerval, DateTimeOffset aangemaakt)
    {
        ArgumentNullException.ThrowIfNull(voorVerval);
        return WaardeLijst.Van(voorVerval
            .Select(duur => new GeplandeHerinnering(duur, Verschuif(vervalmoment, duur.Negatie())))
            .Where(herinnering => herinnering.Moment >= aangemaakt)
            .OrderBy(herinnering => herinnering.Moment));
    }

    /// <summary>
    /// The rungs of an escalation ladder for a task due at <paramref name="vervalmoment"/>: the due moment plus each
    /// rung's offset, numbered from 1 in ladder order. None are dropped: a task created after a rung's moment still
    /// escalates (at once, when the caller schedules past moments immediately).
    /// </summary>
    public static WaardeLijst<GeplandeEscalatie> Escalaties(DateTimeOffset vervalmoment, IEnumerable<Escalatie> ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        return WaardeLijst.Van(ladder.Select((trede, index) => new GeplandeEscalatie(index + 1, trede, Verschuif(vervalmoment, trede.Na))));
    }

    /// <summary>Everything a new task needs scheduled: due moment, follow-up moment, reminders and escalations.</summary>
    /// <param name="taak">The task step.</param>
    /// <param name="ankers">The instance start and the completion moments of earlier steps.</param>
    /// <param name="werkdagen">The definition's <see cref="WorkflowOpties.Werkdagen"/> option.</param>
    /// <param name="aangemaakt">When the task is created (reminders before it are dropped).</param>
    public static TaakPlanning PlanTaak(TaakStap taak, Ankermomenten ankers, bool werkdagen, DateTimeOffset aangemaakt)
    {
        ArgumentNullException.ThrowIfNull(taak);
        var opvolging = taak.Opvolging is null ? (DateTimeOffset?)null : Vervalmoment(taak.Opvolging, ankers, werkdagen);
        if (taak.Deadline is null)
        {
            return new TaakPlanning(null, opvolging, WaardeLijst<GeplandeHerinnering>.Leeg, WaardeLijst<GeplandeEscalatie>.Leeg);
        }

        var verval = Vervalmoment(taak.Deadline, ankers, werkdagen);
        return new TaakPlanning(verval, opvolging, Herinneringen(verval, taak.Herinneringen, aangemaakt), Escalaties(verval, taak.Escalaties));
    }

    /// <summary>
    /// <paramref name="moment"/> moved by <paramref name="duur"/> (backwards for a negative one): the calendar part on the
    /// Amsterdam wall clock, then the clock part as elapsed time. The result carries Amsterdam's offset at that moment.
    /// </summary>
    public static DateTimeOffset Verschuif(DateTimeOffset moment, IsoDuur duur)
    {
        var teken = duur.IsNegatief ? -1 : 1;
        var lokaal = TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime
            .AddYears(teken * duur.Jaren)
            .AddMonths(teken * duur.Maanden)
            .AddDays(teken * duur.Dagen);
        return InAmsterdam(OpWandklok(lokaal) + (teken * duur.Tijd));
    }

    /// <summary>The moment <paramref name="tijd"/> on <paramref name="dag"/> in Amsterdam.</summary>
    public static DateTimeOffset OpDag(DateOnly dag, TimeOnly tijd) => OpWandklok(dag.ToDateTime(tijd));

    /// <summary>The Amsterdam calendar date of <paramref name="moment"/>.</summary>
    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime);

    /// <summary>True for Monday to Friday when it is not a <see cref="Feestdagen">holiday</see>.</summary>
    public static bool IsWerkdag(DateOnly dag) => dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Feestdagen.IsFeestdag(dag);

    /// <summary><paramref name="dag"/> itself when it is a working day, else the first working day after it.</summary>
    public static DateOnly VolgendeWerkdag(DateOnly dag)
    {
        while (!IsWerkdag(dag))
        {
            dag = dag.AddDays(1);
        }

        return dag;
    }

    private static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    private static DateTimeOffset OpWandklok(DateTime lokaal)
    {
        lokaal = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        if (Amsterdam.IsInvalidTime(lokaal))
        {
            // In the skipped hour: read the time with the offset from before the change, which lands it past the gap.
            return InAmsterdam(new DateTimeOffset(lokaal, Amsterdam.GetUtcOffset(lokaal.AddHours(-3))));
        }

        var offset = Amsterdam.IsAmbiguousTime(lokaal) ? Amsterdam.GetAmbiguousTimeOffsets(lokaal).Max() : Amsterdam.GetUtcOffset(lokaal);
        return new DateTimeOffset(lokaal, offset);
    }
}

/// <summary>The moments a <see cref="DuurTermijn"/> can count from.</summary>
public sealed class Ankermomenten
{
    private readonly IReadOnlyDictionary<string, DateTimeOffset> voltooid;

    /// <summary>The anchors of one instance.</summary>
    /// <param name="start">When the instance that runs the step started (<c>vanaf: "start"</c>).</param>
    /// <param name="voltooid">When steps of the instance completed, by step id (<c>vanaf: "stap:&lt;id&gt;"</c>); null for none yet.</param>
    public Ankermomenten(DateTimeOffset start, IReadOnlyDictionary<string, DateTimeOffset>? voltooid = null)
    {
        Start = start;
        this.voltooid = voltooid ?? new Dictionary<string, DateTimeOffset>();
    }

    /// <summary>When the instance started.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The moment <paramref name="anker"/> stands for.</summary>
    /// <exception cref="InvalidOperationException">The anchor is a step without a completion moment.</exception>
    public DateTimeOffset Moment(Anker anker)
    {
        ArgumentNullException.ThrowIfNull(anker);
        if (anker.StapId is null)
        {
            return Start;
        }

        return voltooid.TryGetValue(anker.StapId, out var moment)
            ? moment
            : throw new InvalidOperationException($"Stap '{anker.StapId}' is nog niet voltooid; een termijn kan er pas vanaf rekenen als hij voltooid is.");
    }
}

/// <summary>A reminder to schedule.</summary>
/// <param name="VoorVerval">Its offset before the due moment, as in the definition.</param>
/// <param name="Moment">When it fires.</param>
public sealed record GeplandeHerinnering(IsoDuur VoorVerval, DateTimeOffset Moment);

/// <summary>An escalation rung to schedule.</summary>
/// <param name="Niveau">The rung's level, 1 for the first in the ladder.</param>
/// <param name="Trede">The rung as defined (role, template, reassignment).</param>
/// <param name="Moment">When it fires.</param>
public sealed record GeplandeEscalatie(int Niveau, Escalatie Trede, DateTimeOffset Moment);

/// <summary>What <see cref="Planning.PlanTaak"/> computes for a new task.</summary>
/// <param name="Vervalmoment">When the task is due; null for a task without a deadline.</param>
/// <param name="Opvolgmoment">The follow-up moment (17:00 on the follow-up date); null when the task has none.</param>
/// <param name="Herinneringen">The reminders still ahead at creation, in time order.</param>
/// <param name="Escalaties">The escalation rungs in ladder order.</param>
public sealed record TaakPlanning(
    DateTimeOffset? Vervalmoment,
    DateTimeOffset? Opvolgmoment,
    WaardeLijst<GeplandeHerinnering> Herinneringen,
    WaardeLijst<GeplandeEscalatie> Escalaties);
