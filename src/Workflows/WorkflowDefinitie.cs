using System.Diagnostics.CodeAnalysis;

namespace IdCyclus.Workflows;

/// <summary>
/// A workflow definition as data: what <see cref="WorkflowDefinitieLezer.Lees"/> makes of valid JSON and
/// <see cref="WorkflowDefinitieSchrijver.Schrijf"/> writes back. Immutable and compared by value.
/// </summary>
/// <remarks>
/// A definition is identified by <see cref="Id"/> and <see cref="Versie"/>: an instance keeps the version it started
/// with, so a published version must never change. Step ids are unique across the whole definition, nested steps
/// included, so an id alone names a step. Only <see cref="WorkflowDefinitieLezer"/> validates: to check a definition
/// built in code, write it with <see cref="WorkflowDefinitieSchrijver"/> and read it back.
/// </remarks>
public sealed record WorkflowDefinitie
{
    /// <summary>The definition's id, a slug (<c>^[a-z0-9][a-z0-9-]*$</c>), the same for all its versions.</summary>
    public required string Id { get; init; }

    /// <summary>The name people see.</summary>
    public required string Naam { get; init; }

    /// <summary>The version, 1 or higher.</summary>
    public required int Versie { get; init; }

    /// <summary>An optional description for people.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>Options that change how the definition is run.</summary>
    public WorkflowOpties Opties { get; init; } = WorkflowOpties.Standaard;

    /// <summary>
    /// Named values the steps refer to (<c>{ "datum": "$naam" }</c>), declared once so a definition can be kept as a
    /// template and filled in per run (see <see cref="WorkflowSjabloon"/>). Empty for a definition without parameters.
    /// </summary>
    public WaardeLijst<WorkflowParameter> Parameters { get; init; } = WaardeLijst<WorkflowParameter>.Leeg;

    /// <summary>
    /// The value of every parameter, in the order of <see cref="Parameters"/>. A definition the reader accepts has one
    /// for each parameter: a published version binds its values, as it binds everything else.
    /// </summary>
    public WaardeLijst<ParameterWaarde> Waarden { get; init; } = WaardeLijst<ParameterWaarde>.Leeg;

    /// <summary>The top-level steps, in document order (the order does not decide when they run: <see cref="Stap.NaStappen"/> does).</summary>
    public required WaardeLijst<Stap> Stappen { get; init; }

    /// <summary>Every step, nested ones included, depth-first in document order (a fan-out before its nested steps).</summary>
    public IEnumerable<Stap> AlleStappen() =>
        Stappen.SelectMany(stap => stap is PerItemStap perItem ? perItem.Stappen.Prepend(stap) : [stap]);

    /// <summary>The step with this id, anywhere in the definition; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Stap ZoekStap(string id) =>
        ProbeerStap(id, out var stap) ? stap : throw new KeyNotFoundException($"De definitie '{Id}' versie {Versie} heeft geen stap '{id}'.");

    /// <summary>The step with this id, anywhere in the definition.</summary>
    public bool ProbeerStap(string id, [NotNullWhen(true)] out Stap? stap)
    {
        stap = AlleStappen().FirstOrDefault(s => s.Id == id);
        return stap is not null;
    }

    /// <summary>The fan-out step whose nested steps include <paramref name="stapId"/>; null for a top-level step.</summary>
    public PerItemStap? OuderVan(string stapId) =>
        Stappen.OfType<PerItemStap>().FirstOrDefault(perItem => perItem.Stappen.Any(s => s.Id == stapId));

    /// <summary>
    /// The steps one instance runs: the top level for <c>null</c>, or the nested steps of the fan-out step with id
    /// <paramref name="perItemStapId"/> (what each item's instance runs).
    /// </summary>
    public WaardeLijst<Stap> StappenVoor(string? perItemStapId) =>
        perItemStapId is null
            ? Stappen
            : ZoekStap(perItemStapId) as PerItemStap is { } perItem
                ? perItem.Stappen
                : throw new ArgumentException($"Stap '{perItemStapId}' is geen perItem-stap.", nameof(perItemStapId));
}

/// <summary>Options of a definition (<c>opties</c> in JSON).</summary>
/// <param name="Werkdagen">
/// When true, a date computed from a <see cref="Termijn"/> (deadline, follow-up date, wait-until) that falls on a Saturday,
/// Sunday or public holiday (<see cref="Feestdagen"/>) moves to the next working day. Off by default, so a definition
/// means exactly the dates it says.
/// </param>
/// <param name="Herhaling">
/// When not <see cref="Herhaling.Geen"/>, the runtime starts one instance of the newest version in every period
/// (month, quarter, year in Amsterdam time) by itself, as soon as the period has begun; see <see cref="Herhalingen"/>.
/// </param>
public sealed record WorkflowOpties(bool Werkdagen = false, Herhaling Herhaling = Herhaling.Geen)
{
    /// <summary>All options at their defaults.</summary>
    public static WorkflowOpties Standaard { get; } = new();
}

/// <summary>How often the runtime starts a definition by itself (<c>opties.herhaling</c> in JSON).</summary>
public enum Herhaling
{
    /// <summary>Started by hand (or by another workflow) only.</summary>
    Geen,

    /// <summary>Once a calendar month.</summary>
    Maand,

    /// <summary>Once a calendar quarter (January, April, July, October).</summary>
    Kwartaal,

    /// <summary>Once a calendar year.</summary>
    Jaar,
}

/// <summary>The periods of a repeating definition: which period a day falls in, and the key that makes its start unique.</summary>
public static class Herhalingen
{
    /// <summary>The period <paramref name="datum"/> falls in, as "2025-03" (month), "2025-Q1" (quarter) or "2025" (year); null for none.</summary>
    public static string? Periode(Herhaling herhaling, DateOnly datum) => herhaling switch
    {
        Herhaling.Maand => $"{datum.Year:D4}-{datum.Month:D2}",
        Herhaling.Kwartaal => $"{datum.Year:D4}-Q{(datum.Month - 1) / 3 + 1}",
        Herhaling.Jaar => $"{datum.Year:D4}",
        _ => null,
    };

    /// <summary>
    /// The unique start key of a definition in a period. It names the definition, not its version: publishing a new
    /// version in the middle of a quarter does not start that quarter a second time.
    /// </summary>
    public static string Sleutel(string definitieId, string periode) => $"herhaling:{definitieId}:{periode}";
}

/// <summary>The kind of a step (<c>soort</c> in JSON).</summary>
public enum StapSoort
{
    /// <summary><c>taak</c>: a user task, see <see cref="TaakStap"/>.</summary>
    Taak,

    /// <summary><c>melding</c>: a notification, see <see cref="MeldingStap"/>.</summary>
    Melding,

    /// <summary><c>wachten</c>: a timer that waits until a moment, see <see cref="WachtStap"/>.</summary>
    Wachten,

    /// <summary><c>perItem</c>: a fan-out over a collection, see <see cref="PerItemStap"/>.</summary>
    PerItem,

    /// <summary><c>samenvoegen</c>: a join, see <see cref="SamenvoegStap"/>.</summary>
    Samenvoegen,
}

/// <summary>The scope a role is resolved in (<c>bereik</c> in JSON).</summary>
public enum Bereik
{
    /// <summary><c>geen</c> (the default): the role is resolved without a scope, e.g. a municipality-wide role.</summary>
    Geen,

    /// <summary><c>item</c>: the scope of the fan-out item the step runs for; only for steps nested in a <see cref="PerItemStap"/>.</summary>
    Item,
}

/// <summary>How many of its predecessors a join waits for (<c>wacht</c> in JSON).</summary>
public enum Wachtwijze
{
    /// <summary><c>alle</c>: every step in <see cref="Stap.NaStappen"/>.</summary>
    Alle,

    /// <summary><c>een</c>: the first one to complete.</summary>
    Een,

    /// <summary><c>aantal</c>: <see cref="SamenvoegStap.Aantal"/> of them.</summary>
    Aantal,
}

/// <summary>A step of a definition. The concrete kinds are the sealed records deriving from it.</summary>
public abstract record Stap
{
    private protected Stap()
    {
    }

    /// <summary>The step's id: a slug, unique across the whole definition (nested steps included).</summary>
    public required string Id { get; init; }

    /// <summary>The name people see (task title, timeline entry).</summary>
    public required string Naam { get; init; }

    /// <summary>An optional description for people (what to do and why).</summary>
    public string? Omschrijving { get; init; }

    /// <summary>
    /// Start-after dependencies: ids of steps in the same list (top level, or the same fan-out's nested steps). A step
    /// starts once all of them have completed; an empty list means it starts with its instance. A
    /// <see cref="SamenvoegStap"/> reads them by its own <see cref="SamenvoegStap.Wacht"/> rule instead.
    /// </summary>
    public WaardeLijst<string> NaStappen { get; init; } = WaardeLijst<string>.Leeg;

    /// <summary>The kind of step.</summary>
    public abstract StapSoort Soort { get; }
}

/// <summary>A user task (<c>soort: "taak"</c>): assigned to the people holding a role, completed with an outcome.</summary>
public sealed record TaakStap : Stap
{
    /// <inheritdoc />
    public override StapSoort Soort => StapSoort.Taak;

    /// <summary>The role whose holders get the task (e.g. "teamleider"); the host resolves it to people.</summary>
    public required string Rol { get; init; }

    /// <summary>The scope <see cref="Rol"/> is resolved in.</summary>
    public Bereik Bereik { get; init; } = Bereik.Geen;

    /// <summary>The named form (typed input and effects) that completing the task requires, if any; the host knows it.</summary>
    public string? Formulier { get; init; }

    /// <summary>The outcomes the task may be completed with; empty means the host's default (plain completion).</summary>
    public WaardeLijst<string> Uitkomsten { get; init; } = WaardeLijst<string>.Leeg;

    /// <summary>When the task is due; null for a task without a deadline (then it has no reminders or escalations).</summary>
    public Termijn? Deadline { get; init; }

    /// <summary>Reminders, each a positive duration before the due moment (e.g. P7D and P1D).</summary>
    public WaardeLijst<IsoDuur> Herinneringen { get; init; } = WaardeLijst<IsoDuur>.Leeg;

    /// <summary>An optional follow-up date (shown to the assignee; plans nothing by itself).</summary>
    public Termijn? Opvolging { get; init; }

    /// <summary>The escalation ladder: rungs in strictly ascending order of <see cref="Escalatie.Na"/>; level 1 is the first.</summary>
    public WaardeLijst<Escalatie> Escalaties { get; init; } = WaardeLijst<Escalatie>.Leeg;
}

/// <summary>A notification (<c>soort: "melding"</c>): a message from a template to the holders of a role; completes at once.</summary>
public sealed record MeldingStap : Stap
{
    /// <inheritdoc />
    public override StapSoort Soort => StapSoort.Melding;

    /// <summary>The named message template; the host knows it.</summary>
    public required string Sjabloon { get; init; }

    /// <summary>The role whose holders receive the message.</summary>
    public required string AanRol { get; init; }

    /// <summary>The scope <see cref="AanRol"/> is resolved in.</summary>
    public Bereik Bereik { get; init; } = Bereik.Geen;
}

/// <summary>A timer (<c>soort: "wachten"</c>): completes when the moment <see cref="Tot"/> yields has come.</summary>
public sealed record WachtStap : Stap
{
    /// <inheritdoc />
    public override StapSoort Soort => StapSoort.Wachten;

    /// <summary>The moment to wait until (17:00 Amsterdam on the computed date, see <see cref="Planning"/>).</summary>
    public required Termijn Tot { get; init; }
}

/// <summary>
/// A fan-out (<c>soort: "perItem"</c>): runs <see cref="Stappen"/> once per item of a named collection, optionally only
/// for items that meet a named condition. Completes when every item's steps have completed (at once when there are no
/// items). One level only: the nested steps contain no fan-out.
/// </summary>
public sealed record PerItemStap : Stap
{
    /// <inheritdoc />
    public override StapSoort Soort => StapSoort.PerItem;

    /// <summary>The named collection (the host knows it), e.g. "every active unit on the start date".</summary>
    public required string Collectie { get; init; }

    /// <summary>A named condition an item must meet to get its own run; null for every item.</summary>
    public string? Voorwaarde { get; init; }

    /// <summary>The steps each item runs; never empty, never a <see cref="PerItemStap"/>.</summary>
    public required WaardeLijst<Stap> Stappen { get; init; }
}

/// <summary>A join (<c>soort: "samenvoegen"</c>): completes once enough of its <see cref="Stap.NaStappen"/> have completed.</summary>
public sealed record SamenvoegStap : Stap
{
    /// <inheritdoc />
    public override StapSoort Soort => StapSoort.Samenvoegen;

    /// <summary>How many predecessors to wait for.</summary>
    public required Wachtwijze Wacht { get; init; }

    /// <summary>With <see cref="Wachtwijze.Aantal"/>: how many (1 up to the number of predecessors); otherwise null.</summary>
    public int? Aantal { get; init; }

    /// <summary>
    /// <c>annuleerRest</c>: when the join fires, the predecessors that are not complete yet are cancelled (their open
    /// tasks, planned timers and, for a fan-out, its open item runs), because nobody needs them any more. Only with
    /// <see cref="Wachtwijze.Een"/> or <see cref="Wachtwijze.Aantal"/>: with <see cref="Wachtwijze.Alle"/> nothing is left.
    /// </summary>
    public bool AnnuleerRest { get; init; }

    /// <summary>The number of completed predecessors this join needs.</summary>
    public int Nodig => Wacht switch
    {
        Wachtwijze.Alle => NaStappen.Count,
        Wachtwijze.Een => 1,
        _ => Aantal ?? NaStappen.Count,
    };
}

/// <summary>A rung of an escalation ladder (an element of <c>escalaties</c>).</summary>
/// <param name="Na">How long after the due moment the rung fires; zero (<c>P0D</c>) fires at the due moment.</param>
/// <param name="NaarRol">The role to escalate to, resolved from the org chart when the rung fires (not when the task is created).</param>
/// <param name="Melding">The named message template sent to the holders of <paramref name="NaarRol"/>.</param>
/// <param name="Herverdelen">When true, the task is also reassigned to them.</param>
public sealed record Escalatie(IsoDuur Na, string NaarRol, string Melding, bool Herverdelen = false);

/// <summary>
/// A deadline-like moment (<c>deadline</c>, <c>opvolging</c>, <c>tot</c>): a fixed date (<see cref="DatumTermijn"/>) or
/// a duration after an anchor (<see cref="DuurTermijn"/>). It always yields a calendar date in Amsterdam; the moment is
/// 17:00 on that date (<see cref="Planning.Vervalmoment"/>).
/// </summary>
public abstract record Termijn
{
    private protected Termijn()
    {
    }
}

/// <summary>A fixed date (<c>{ "datum": "2025-03-31" }</c>), or the value of a date parameter (<c>{ "datum": "$naam" }</c>).</summary>
/// <param name="Datum">The calendar date in Amsterdam (for a parameter: its value in <see cref="WorkflowDefinitie.Waarden"/>).</param>
public sealed record DatumTermijn(DateOnly Datum) : Termijn
{
    /// <summary>
    /// The parameter the date comes from, or null for a date written out. Planning reads only <see cref="Datum"/>; the
    /// name is kept so the writer writes the reference back instead of the date.
    /// </summary>
    public string? Parameter { get; init; }
}

/// <summary>The kind of value a parameter takes (<c>soort</c> in an element of <c>parameters</c>).</summary>
public enum ParameterSoort
{
    /// <summary><c>datum</c>: a calendar date (jjjj-mm-dd), usable wherever a termijn takes <c>datum</c>.</summary>
    Datum,
}

/// <summary>A declared parameter (an element of <c>parameters</c>).</summary>
/// <param name="Naam">A slug, unique in the definition; steps refer to it as <c>$naam</c>.</param>
/// <param name="Label">What people see when they fill it in.</param>
/// <param name="Soort">The kind of value.</param>
public sealed record WorkflowParameter(string Naam, string Label, ParameterSoort Soort = ParameterSoort.Datum)
{
    /// <summary>An optional explanation for the person filling it in (what happens on this date).</summary>
    public string? Omschrijving { get; init; }
}

/// <summary>The value of a parameter (an entry of <c>waarden</c>).</summary>
/// <param name="Naam">The parameter's name.</param>
/// <param name="Datum">Its value, for a <see cref="ParameterSoort.Datum"/> parameter.</param>
public sealed record ParameterWaarde(string Naam, DateOnly Datum);

/// <summary>A duration after an anchor (<c>{ "na": "P28D", "vanaf": "start" }</c>).</summary>
/// <param name="Na">Whole years, months, weeks or days (no clock part), zero or more.</param>
/// <param name="Vanaf">What the duration counts from.</param>
public sealed record DuurTermijn(IsoDuur Na, Anker Vanaf) : Termijn;

/// <summary>
/// What a <see cref="DuurTermijn"/> counts from: the instance start (<c>"start"</c>) or another step's completion
/// (<c>"stap:&lt;id&gt;"</c>).
/// </summary>
public sealed record Anker
{
    private Anker(string? stapId) => StapId = stapId;

    /// <summary>The start of the instance the step runs in.</summary>
    public static Anker Start { get; } = new(stapId: null);

    /// <summary>
    /// The id of the step whose completion is the anchor; null for <see cref="Start"/>. The validator guarantees it is a
    /// step that has always completed before the step using it starts.
    /// </summary>
    public string? StapId { get; }

    /// <summary>True for <see cref="Start"/>.</summary>
    public bool IsStart => StapId is null;

    /// <summary>The completion of step <paramref name="stapId"/>.</summary>
    public static Anker NaStap(string stapId) => new(stapId ?? throw new ArgumentNullException(nameof(stapId)));

    /// <summary>The JSON form: <c>start</c> or <c>stap:&lt;id&gt;</c>.</summary>
    public override string ToString() => StapId is null ? "start" : "stap:" + StapId;
}
