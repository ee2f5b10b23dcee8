namespace IdCyclus.Modules.Actieplannen.Contracts;

/// <summary>What other modules (the cycle's task forms, the interview page) may ask of the action plans.</summary>
public interface IActieplannenQueries
{
    /// <summary>The directie's most recent plan (the highest year), or null when it has none.</summary>
    Task<ActieplanSamenvatting?> HuidigActieplanAsync(Guid directieId, CancellationToken cancellationToken = default);

    /// <summary>Every directie's most recent plan.</summary>
    Task<IReadOnlyList<ActieplanSamenvatting>> HuidigeActieplannenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Suggested scores for questionnaire items 3, 5, 6, 7 and 9 from the plan of the year (or, failing that, the
    /// latest one before it), each with the reason. For the interviewer to accept or not; never an answer in itself.
    /// </summary>
    Task<IReadOnlyList<InterviewSuggestie>> SuggestiesVoorInterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks that every open action of the directie's current approved plan has a status recorded since
    /// <paramref name="sinds"/> (the start of the quarterly update). Empty when all is well.
    /// </summary>
    Task<IReadOnlyList<ActieplanFout>> ControleerKwartaalupdateAsync(Guid directieId, DateTimeOffset sinds, CancellationToken cancellationToken = default);
}

public sealed record ActieplanFout(string Veld, string Melding);

/// <param name="Planstatus">The plan's status on the scale of questionnaire item 5 (0–3) with its words.</param>
/// <param name="LaatstGoedgekeurdOp">The day the directeur approved the newest approved version, if any (the GMT's sturing asks whether it is recent).</param>
/// <param name="Versiestatus">"concept", "ingediend" or "goedgekeurd": the state of the latest version.</param>
public sealed record ActieplanSamenvatting(
    Guid Id,
    int Jaar,
    Guid DirectieId,
    int Planstatus,
    string PlanstatusTekst,
    int Versie,
    string Versiestatus,
    bool HeeftGoedgekeurdeVersie,
    int OpenActies,
    int AchterstalligeActies,
    DateTimeOffset LaatstBijgewerkt,
    DateOnly? LaatstGoedgekeurdOp = null);

public sealed record InterviewSuggestie(string Vraag, int Score, string Reden);
