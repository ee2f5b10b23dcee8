namespace IdCyclus.Workflows.Runtime;

// What a hosting module sees of the runtime's state: immutable records, copied out of the runtime's own tables. The
// tables themselves (WorkflowDbContext and its entities) are internal, so their shape can change without a module noticing.

public enum InstantieStatus
{
    Actief,
    Voltooid,
    Geannuleerd,
}

public enum StapToestand
{
    Wachtend,
    Actief,
    Voltooid,

    /// <summary>Cancelled by a join with <c>annuleerRest</c> that no longer needs it; counts as finished for its instance.</summary>
    Geannuleerd,
}

public enum TaakStatus
{
    Open,
    Verlopen,
    Geescaleerd,
    Voltooid,
    Geannuleerd,
}

public enum BerichtKanaal
{
    Mail,
    InApp,
}

public enum BerichtStatus
{
    Wachtrij,
    Verzonden,
    Mislukt,
}

/// <summary>A published version of a definition, with its JSON.</summary>
public sealed record WorkflowDefinitieVersie(string DefinitieId, int Versie, string Naam, string Json, DateTime GepubliceerdOpUtc, string GepubliceerdDoor);

/// <summary>A run of a definition; a child instance runs one item of a fan-out (<see cref="OuderId"/>, <see cref="OuderStapId"/>).</summary>
public sealed record WorkflowInstantie(
    Guid Id,
    string DefinitieId,
    int DefinitieVersie,
    InstantieStatus Status,
    DateTime GestartOpUtc,
    DateTime? VoltooidOpUtc,
    Guid? OuderId,
    string? OuderStapId,
    string? ItemSleutel,
    string? ItemOmschrijving,
    string? ItemBereik,
    string? UniekeSleutel,
    int Versie);

/// <summary>Where one step of one instance stands.</summary>
public sealed record WorkflowStap(Guid InstantieId, string StapId, StapToestand Toestand, DateTime? GestartOpUtc, DateTime? VoltooidOpUtc);

/// <summary>
/// A task as people see it, with the workflow it belongs to. <see cref="Versie"/> is the token a command must send back:
/// a change made by someone else in between is refused instead of overwritten.
/// </summary>
public sealed record WorkflowTaak(
    Guid Id,
    Guid InstantieId,
    string DefinitieId,
    string Workflow,
    string StapId,
    string Titel,
    string? Omschrijving,
    string Rol,
    string? Bereik,
    string? BereikOmschrijving,
    string? Formulier,
    Guid? ToegewezenAan,
    IReadOnlyList<Guid> Kandidaten,
    TaakStatus Status,
    DateTime? DeadlineUtc,
    DateTime? OpvolgdatumUtc,
    int EscalatieNiveau,
    string? Uitkomst,
    string? FormulierJson,
    Guid? VoltooidDoor,
    DateTime? VoltooidOpUtc,
    DateTime AangemaaktOpUtc,
    int Versie)
{
    public bool IsAfgerond => Status is TaakStatus.Voltooid or TaakStatus.Geannuleerd;
}

public sealed record WorkflowOpmerking(Guid Id, Guid TaakId, Guid? DoorId, string DoorNaam, DateTime MomentUtc, string Tekst);

/// <summary>One line of an instance's history. <see cref="Volgnummer"/> orders lines causally, also within one moment.</summary>
public sealed record WorkflowGebeurtenis(
    long Volgnummer, Guid InstantieId, Guid? TaakId, string? StapId, DateTime MomentUtc, string Door, string Soort, string Omschrijving);

/// <summary>
/// A text file sent with a mail, such as a calendar invitation: <see cref="Inhoudstype"/> is the full MIME type with its
/// parameters (<c>text/calendar; method=REQUEST; charset=utf-8</c>), so a mail client knows what to do with it.
/// </summary>
public sealed record Mailbijlage(string Naam, string Inhoudstype, string Inhoud);

/// <summary>A message to one person on one channel (a mail, or a notification in the application).</summary>
public sealed record WorkflowBericht(
    Guid Id,
    string Sleutel,
    BerichtKanaal Kanaal,
    Guid? OntvangerId,
    string OntvangerNaam,
    string OntvangerAdres,
    string Onderwerp,
    string Tekst,
    string? Link,
    Guid? InstantieId,
    Guid? TaakId,
    BerichtStatus Status,
    int Pogingen,
    DateTime VolgendePogingUtc,
    string? LaatsteFout,
    DateTime AangemaaktOpUtc,
    DateTime? VerzondenOpUtc,
    bool Gelezen,
    Mailbijlage? Bijlage = null);

/// <summary>An integration event that failed every attempt: nothing else stops for it, but Bureau must look at it.</summary>
public sealed record WorkflowIncident(Guid Id, string Sleutel, string Type, DateTime AangemaaktOpUtc, int Pogingen, string? LaatsteFout);

/// <summary>Which tasks to read; every criterion left empty does not filter. Earliest deadline first.</summary>
public sealed record TaakVraag
{
    public bool OokAfgerond { get; init; }

    /// <summary>Only tasks whose deadline is before this moment (overdue at that moment).</summary>
    public DateTime? DeadlineVoorUtc { get; init; }

    /// <summary>Only tasks whose deadline is at or before this moment.</summary>
    public DateTime? DeadlineUiterlijkUtc { get; init; }

    /// <summary>
    /// Only tasks this person is assigned to or a candidate for (the stored list; rights are
    /// <see cref="Motor.WorkflowMotor.RechtenAsync"/>).
    /// </summary>
    public Guid? Persoon { get; init; }

    public IReadOnlyCollection<Guid>? Instanties { get; init; }

    public string? Formulier { get; init; }

    public string? Bereik { get; init; }

    public string? DefinitieId { get; init; }
}

/// <summary>Which instances to read; every criterion left empty does not filter.</summary>
public sealed record InstantieVraag
{
    /// <summary>Only top-level instances (no fan-out children).</summary>
    public bool AlleenHoofd { get; init; }

    /// <summary>Only the children of these instances.</summary>
    public IReadOnlyCollection<Guid>? Ouders { get; init; }

    /// <summary>Only children of these fan-out steps.</summary>
    public IReadOnlyCollection<string>? OuderStappen { get; init; }

    public string? DefinitieId { get; init; }

    public string? DefinitieIdBegintMet { get; init; }

    /// <summary>Only the instance started under this unique key (there is at most one).</summary>
    public string? UniekeSleutel { get; init; }

    /// <summary>Newest start first (otherwise oldest first), at most this many.</summary>
    public bool NieuwsteEerst { get; init; }

    public int? Maximum { get; init; }
}

/// <summary>Which history lines to read, in causal order (or the reverse).</summary>
public sealed record HistorieVraag
{
    public IReadOnlyCollection<Guid>? Instanties { get; init; }

    public Guid? TaakId { get; init; }

    public bool NieuwsteEerst { get; init; }

    public int? Maximum { get; init; }
}

/// <summary>Which messages to read, newest first.</summary>
public sealed record BerichtVraag(BerichtKanaal Kanaal)
{
    public BerichtStatus? Status { get; init; }

    public Guid? Ontvanger { get; init; }

    public int Maximum { get; init; } = 500;
}
