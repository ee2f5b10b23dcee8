namespace IdCyclus.Modules.Opvolging.Contracts;

/// <summary>
/// An agreement as other modules see it (the GMT dashboard, a directeur's start page). <see cref="Status"/> is the status
/// on the day asked: "open", "op-schema", "te-laat", "gedaan" or "vervallen".
/// </summary>
public sealed record AfspraakGegevens(
    Guid Id,
    Guid DirectieId,
    string Soort,
    string Titel,
    Guid? EigenaarPersoonId,
    DateOnly OorspronkelijkeDeadline,
    DateOnly HuidigeDeadline,
    string Status);

public interface IOpvolgingQueries
{
    /// <summary>Every agreement of these directies (all when <paramref name="directies"/> is null), with its status on <paramref name="datum"/>.</summary>
    Task<IReadOnlyList<AfspraakGegevens>> AfsprakenAsync(IReadOnlyCollection<Guid>? directies, DateOnly datum, CancellationToken cancellationToken = default);

    /// <summary>
    /// The hours per week a trekker agreement asks for ("trekker met minimaal N uur per week"); null when the agreement
    /// does not exist, is of another kind or names no hours. The form of its task uses it as the minimum.
    /// </summary>
    Task<decimal?> MinimaleTrekkerurenAsync(Guid afspraakId, CancellationToken cancellationToken = default);
}
