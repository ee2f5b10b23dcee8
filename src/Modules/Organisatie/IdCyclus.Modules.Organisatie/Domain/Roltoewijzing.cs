using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Organisatie.Domain;

/// <summary>A person holding a role for a directie, a cluster or the whole municipality, over a period of days.</summary>
internal sealed class Roltoewijzing
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Rol Rol { get; init; }

    public Guid PersoonId { get; init; }

    public Persoon? Persoon { get; init; }

    public Guid? DirectieId { get; init; }

    public string? ClusterId { get; init; }

    public DateOnly Van { get; init; }

    /// <summary>Last day (inclusive); null while the assignment runs.</summary>
    public DateOnly? Tot { get; private set; }

    public decimal? UrenPerWeek { get; private set; }

    /// <summary>Raised on every change; a stale copy cannot overwrite a newer one (optimistic concurrency).</summary>
    public int Versie { get; private set; } = 1;

    public bool IsActiefOp(DateOnly datum) => Van <= datum && (Tot is null || datum <= Tot);

    public bool OverlaptMet(DateOnly van, DateOnly? tot) =>
        Van <= (tot ?? DateOnly.MaxValue) && van <= (Tot ?? DateOnly.MaxValue);

    public void Beeindig(DateOnly tot)
    {
        Tot = tot;
        Versie++;
    }

    public void WijzigUren(decimal uren)
    {
        UrenPerWeek = uren;
        Versie++;
    }

    public static Roltoewijzing Nieuw(
        Rol rol, Guid persoonId, Guid? directieId, string? clusterId, DateOnly van, DateOnly? tot, decimal? uren) =>
        new()
        {
            Rol = rol,
            PersoonId = persoonId,
            DirectieId = directieId,
            ClusterId = clusterId,
            Van = van,
            Tot = tot,
            UrenPerWeek = uren,
        };
}
