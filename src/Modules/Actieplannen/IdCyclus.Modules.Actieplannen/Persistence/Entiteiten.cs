using System.Text.Json;
using System.Text.Json.Serialization;
using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Persistence;

/// <summary>A directie's plan for a year. <see cref="Versie"/> is the token every edit names, so two edits never silently overwrite each other.</summary>
internal sealed class Actieplan
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DirectieId { get; init; }

    public required string DirectieAfkorting { get; set; }

    public required string ClusterId { get; set; }

    public int Jaar { get; init; }

    public int Versie { get; set; }

    public DateTime LaatstBijgewerktOpUtc { get; set; }
}

/// <summary>One version of the plan's content; frozen once approved (<see cref="GoedgekeurdOp"/>).</summary>
internal sealed class Planversie
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActieplanId { get; init; }

    public int Nummer { get; init; }

    public VersieStatus Status { get; set; }

    public required string InhoudJson { get; set; }

    public DateTime AangemaaktOpUtc { get; init; }

    public required string AangemaaktDoor { get; init; }

    public DateTime? IngediendOpUtc { get; set; }

    public string? IngediendDoor { get; set; }

    public DateOnly? GoedgekeurdOp { get; set; }

    public string? GoedgekeurdDoor { get; set; }

    /// <summary>The directeur's comment when the version was last sent back.</summary>
    public string? Terugkoppeling { get; set; }

    public Planinhoud Inhoud
    {
        get => JsonSerializer.Deserialize<Planinhoud>(InhoudJson, Opslag.Json)!;
        set => InhoudJson = JsonSerializer.Serialize(value, Opslag.Json);
    }

    public Versiestand Stand => new(Nummer, Status);
}

/// <summary>Progress recorded for an action; rows are only added, so the history of an action stays.</summary>
internal sealed class ActieVoortgang
{
    public long Id { get; init; }

    public Guid ActieplanId { get; init; }

    public required string ActieSleutel { get; init; }

    public ActieStatus Status { get; init; }

    public string? Notitie { get; init; }

    public DateTime BijgewerktOpUtc { get; init; }

    public required string Door { get; init; }
}

internal sealed class Bijlage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActieplanId { get; init; }

    public required string Bestandsnaam { get; init; }

    public required string Inhoudstype { get; init; }

    public long Grootte { get; init; }

    public required byte[] Inhoud { get; init; }

    public DateTime GeuploadOpUtc { get; init; }

    public required string Door { get; init; }

    /// <summary>Set when someone removed it from the plan; the file itself is kept (nothing entered is ever lost).</summary>
    public DateTime? VerwijderdOpUtc { get; set; }

    public string? VerwijderdDoor { get; set; }
}

/// <summary>The plan's history in words: who did what, when.</summary>
internal sealed class Plangebeurtenis
{
    public long Id { get; init; }

    public Guid ActieplanId { get; init; }

    public DateTime MomentUtc { get; init; }

    public required string Door { get; init; }

    public required string Tekst { get; init; }
}

internal static class Opslag
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
