using IdCyclus.Shared.Persistence;

namespace IdCyclus.Workflows.Runtime.Persistence;

/// <summary>A published version of a definition. Immutable: a running instance keeps the version it started with.</summary>
internal sealed class GepubliceerdeDefinitie
{
    public required string DefinitieId { get; init; }

    public int Versie { get; init; }

    public required string Naam { get; init; }

    public required string Json { get; init; }

    public DateTime GepubliceerdOpUtc { get; init; }

    public required string GepubliceerdDoor { get; init; }
}

internal sealed class Instantie
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string DefinitieId { get; init; }

    public int DefinitieVersie { get; init; }

    public InstantieStatus Status { get; set; } = InstantieStatus.Actief;

    /// <summary>The moment relative deadlines ("vanaf start") count from; for a cycle, its planned start.</summary>
    public DateTime GestartOpUtc { get; init; }

    public DateTime? VoltooidOpUtc { get; set; }

    /// <summary>For a child instance of a fan-out: the parent and the fan-out step.</summary>
    public Guid? OuderId { get; init; }

    public string? OuderStapId { get; init; }

    /// <summary>The item a child instance runs for (e.g. an organisational unit), as the host's collection named it.</summary>
    public string? ItemSleutel { get; init; }

    public string? ItemOmschrijving { get; init; }

    public string? ItemBereik { get; init; }

    /// <summary>
    /// An optional key the host chose when starting (e.g. <c>jaarplan-2025</c>); only on a top-level instance. A
    /// unique index makes "start this only once" hold across concurrent requests and hosts, not only a check before.
    /// </summary>
    public string? UniekeSleutel { get; init; }

    public int Versie { get; set; } = 1;
}

internal sealed class StapStatus
{
    public Guid InstantieId { get; init; }

    public required string StapId { get; init; }

    public StapToestand Toestand { get; set; } = StapToestand.Wachtend;

    public DateTime? GestartOpUtc { get; set; }

    public DateTime? VoltooidOpUtc { get; set; }
}

internal sealed class Taak
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InstantieId { get; init; }

    public required string StapId { get; init; }

    public required string Titel { get; init; }

    public string? Omschrijving { get; init; }

    public required string Rol { get; init; }

    public string? Bereik { get; init; }

    public string? BereikOmschrijving { get; init; }

    public string? Formulier { get; init; }

    /// <summary>The person who must act now (after a claim, delegation or reassignment); null = any candidate.</summary>
    public Guid? ToegewezenAan { get; set; }

    /// <summary>Everyone who may act on it: the role holders at creation, plus anyone it was delegated or escalated to.</summary>
    public List<Guid> Kandidaten { get; set; } = [];

    public TaakStatus Status { get; set; } = TaakStatus.Open;

    /// <summary>Null for a task without a deadline.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public DateTime? OpvolgdatumUtc { get; set; }

    public int EscalatieNiveau { get; set; }

    public string? Uitkomst { get; set; }

    public string? FormulierJson { get; set; }

    public Guid? VoltooidDoor { get; set; }

    public DateTime? VoltooidOpUtc { get; set; }

    public DateTime AangemaaktOpUtc { get; init; }

    public int Versie { get; set; } = 1;

    public bool IsAfgerond => Status is TaakStatus.Voltooid or TaakStatus.Geannuleerd;
}

internal sealed class TaakOpmerking
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TaakId { get; init; }

    public Guid? DoorId { get; init; }

    public required string DoorNaam { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Tekst { get; init; }
}

/// <summary>One line of an instance's history: what happened, when, by whom, at which step.</summary>
internal sealed class Gebeurtenis
{
    public long Id { get; init; }

    public Guid InstantieId { get; init; }

    public Guid? TaakId { get; init; }

    public string? StapId { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Door { get; init; }

    public required string Soort { get; init; }

    public required string Omschrijving { get; init; }
}

internal enum TimerSoort
{
    Herinnering,
    Deadline,
    Escalatie,
    Wachten,
}

internal enum TimerStatus
{
    Gepland,
    Uitgevoerd,
    Vervallen,
}

/// <summary>
/// A moment at which the runtime must do something. The unique <see cref="Sleutel"/> (instance, step, kind, level,
/// moment) makes scheduling idempotent; claiming a row by a conditional update makes firing exactly-once.
/// </summary>
internal sealed class Timer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Sleutel { get; init; }

    public TimerSoort Soort { get; init; }

    public Guid InstantieId { get; init; }

    public Guid? TaakId { get; init; }

    public required string StapId { get; init; }

    public int Niveau { get; init; }

    public DateTime MomentUtc { get; init; }

    public TimerStatus Status { get; set; } = TimerStatus.Gepland;

    public DateTime? UitgevoerdOpUtc { get; set; }
}

/// <summary>An outgoing message. Queued in the same transaction as the change that caused it; sent later, with retries.</summary>
internal sealed class Bericht
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Sleutel { get; init; }

    public BerichtKanaal Kanaal { get; init; }

    public Guid? OntvangerId { get; init; }

    public required string OntvangerNaam { get; init; }

    public required string OntvangerAdres { get; init; }

    public required string Onderwerp { get; init; }

    public required string Tekst { get; init; }

    public string? Link { get; init; }

    public Guid? InstantieId { get; init; }

    public Guid? TaakId { get; init; }

    public BerichtStatus Status { get; set; } = BerichtStatus.Wachtrij;

    public int Pogingen { get; set; }

    public DateTime VolgendePogingUtc { get; set; }

    public string? LaatsteFout { get; set; }

    public DateTime AangemaaktOpUtc { get; init; }

    public DateTime? VerzondenOpUtc { get; set; }

    public bool Gelezen { get; set; }

    /// <summary>An optional file sent with the mail (a calendar invitation, ADR 0027): its name, MIME type and text.</summary>
    public string? BijlageNaam { get; init; }

    public string? BijlageType { get; init; }

    public string? BijlageInhoud { get; init; }
}

/// <summary>An integration event for another module, stored with the change that raised it (transactional outbox).</summary>
internal sealed class OutboxBericht
{
    /// <summary>Increasing in the order the events were raised, so a delivery breaks a tie of moments by it (ADR 0035).</summary>
    public Guid Id { get; init; } = OplopendeIds.Nieuw();

    public required string Sleutel { get; init; }

    public required string Type { get; init; }

    public required string Json { get; init; }

    public DateTime AangemaaktOpUtc { get; init; }

    public DateTime? VerwerktOpUtc { get; set; }

    public int Pogingen { get; set; }

    public string? LaatsteFout { get; set; }
}
