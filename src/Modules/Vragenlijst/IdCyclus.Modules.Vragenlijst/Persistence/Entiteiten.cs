using System.Text.Json;
using System.Text.Json.Serialization;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

internal enum VersieStatus
{
    Concept,
    Gepubliceerd,
}

/// <summary>
/// A questionnaire version for a cycle year. Its content is one JSON document: a version is edited as a whole while it
/// is a concept and frozen once published, so rows per item would only add joins.
/// </summary>
internal sealed class Vragenlijstversie
{
    public Guid Id { get; init; }

    public int Jaar { get; set; }

    public required string Naam { get; set; }

    public string? Meetperiode { get; set; }

    public VersieStatus Status { get; set; }

    public Guid? VorigeVersieId { get; set; }

    public required string InhoudJson { get; set; }

    public DateTime AangemaaktOpUtc { get; init; }

    public DateTime? GepubliceerdOpUtc { get; set; }

    public string? GepubliceerdDoor { get; set; }

    public int Versie { get; set; }

    /// <summary>The content of <see cref="InhoudJson"/>, parsed once per text (<see cref="Inhoudcache"/>).</summary>
    public Vragenlijstinhoud Inhoud
    {
        get => Inhoudcache.Lees(InhoudJson);
        set => InhoudJson = JsonSerializer.Serialize(value, Opslag.Json);
    }
}

/// <summary>The interview of one directie in one cycle year.</summary>
internal sealed class Interview
{
    public Guid Id { get; init; }

    public int Jaar { get; init; }

    public Guid VragenlijstversieId { get; init; }

    public Guid DirectieId { get; init; }

    /// <summary>The directie's abbreviation and cluster when the interview was made: a later merge must not move old scores.</summary>
    public required string DirectieAfkorting { get; init; }

    public required string ClusterId { get; init; }

    public InterviewStatus Status { get; set; }

    public string? Accounthouders { get; set; }

    public string? Respondent { get; set; }

    public Respondenttype? Respondenttype { get; set; }

    public DateTime? GeplandOpUtc { get; set; }

    public int? DuurMinuten { get; set; }

    public string? Locatie { get; set; }

    public string AntwoordenJson { get; set; } = "{}";

    /// <summary>The accounthouder's observation where Bureau's picture differs: Bureau only, never shown to the directie.</summary>
    public string? Observatie { get; set; }

    public int Revisie { get; set; }

    public bool Geimporteerd { get; init; }

    /// <summary>
    /// A demo interview: never held, answers made up to match the 2024 report. Pages and the report say so; nothing a
    /// person enters or imports is ever marked fictional.
    /// </summary>
    public bool Fictief { get; init; }

    public DateTime? IngediendOpUtc { get; set; }

    public DateTime? DefinitiefOpUtc { get; set; }

    public string? BevestigdDoor { get; set; }

    public bool DoorBureauVastgesteld { get; set; }

    public string? Bevestigingsopmerking { get; set; }

    public DateTime GewijzigdOpUtc { get; set; }

    public string? GewijzigdDoor { get; set; }

    public int Versie { get; set; }

    public IReadOnlyDictionary<string, Antwoord> Antwoorden
    {
        get => JsonSerializer.Deserialize<Dictionary<string, Antwoord>>(AntwoordenJson, Opslag.Json)!;
        set => AntwoordenJson = JsonSerializer.Serialize(value.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(), Opslag.Json);
    }
}

/// <summary>
/// Why a directie has no interview in a year although it is in that year's report (VGR2024: V&amp;OR "geen data
/// beschikbaar over 2023"; UI&amp;E nam in 2023 "niet deel"), so a comparison can name the reason instead of a gap.
/// </summary>
internal sealed class OntbrekendInterview
{
    public Guid Id { get; init; }

    public int Jaar { get; init; }

    public Guid DirectieId { get; init; }

    public required string DirectieAfkorting { get; init; }

    public required string Reden { get; init; }

    public DateTime VastgelegdOpUtc { get; init; }

    public required string VastgelegdDoor { get; init; }
}

/// <summary>One line of an interview's history: who did what, when.</summary>
internal sealed class InterviewGebeurtenis
{
    public long Id { get; init; }

    public Guid InterviewId { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Door { get; init; }

    public required string Soort { get; init; }

    public required string Omschrijving { get; init; }
}

/// <summary>
/// The answers of a final interview as they were before a correction: corrections after confirmation are new recorded
/// revisions, so what the respondent confirmed is never lost.
/// </summary>
internal sealed class InterviewRevisie
{
    public Guid Id { get; init; }

    public Guid InterviewId { get; init; }

    public int Revisie { get; init; }

    public required string AntwoordenJson { get; init; }

    public string? Observatie { get; init; }

    public required string Reden { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Door { get; init; }
}

internal static class Opslag
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>Who changed what in a questionnaire version, and when: one row per edit, shown on the version's page.</summary>
internal sealed class Versiegeschiedenis
{
    public long Id { get; init; }

    public Guid VersieId { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Door { get; init; }

    public required string Wat { get; init; }
}
