namespace IdCyclus.Modules.Vragenlijst.Contracts;

/// <summary>What other modules (the cycle's task forms) may ask of the questionnaires and interviews.</summary>
public interface IVragenlijstQueries
{
    /// <summary>The published questionnaire version for a cycle year, or null when Bureau has not published one.</summary>
    Task<VragenlijstversieGegevens?> GepubliceerdeVersieAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>The interview of a directie in a cycle year, or null when nobody has started it.</summary>
    Task<InterviewGegevens?> InterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InterviewGegevens>> InterviewsAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks answers given as item number → score or text against the year's published questionnaire, and a respondent
    /// type key. Returns Dutch messages with the field ("Antwoorden[6]", "Respondenttype"); empty when all is well.
    /// </summary>
    Task<IReadOnlyList<VeldFout>> ControleerAntwoordenAsync(
        int jaar, IReadOnlyDictionary<string, string> antwoorden, string? respondenttype, CancellationToken cancellationToken = default);

    /// <summary>The questionnaire of a year (published or not), or null when the year has none. For the report.</summary>
    Task<VragenlijstGegevens?> VragenlijstAsync(int jaar, CancellationToken cancellationToken = default);

    /// <summary>The scores of every final (definitief) interview of a year. For the report's snapshot.</summary>
    Task<IReadOnlyList<InterviewscoresGegevens>> DefinitieveScoresAsync(int jaar, CancellationToken cancellationToken = default);
}

public sealed record VeldFout(string Veld, string Melding);

public sealed record VragenlijstversieGegevens(Guid Id, int Jaar, string Naam, int AantalVragen, int MaxScore);

public enum InterviewStatus
{
    Concept,
    Ingediend,
    Definitief,
}

/// <summary>
/// An interview's state. <see cref="Versie"/> changes with every save: a confirmation names the version the respondent
/// saw, so answers changed afterwards are never confirmed unseen.
/// </summary>
public sealed record InterviewGegevens(
    Guid Id,
    int Jaar,
    Guid DirectieId,
    InterviewStatus Status,
    int Versie,
    int Revisie,
    int Beantwoord,
    int Ontbreekt,
    int? Totaal,
    int Max,
    DateTimeOffset? GeplandOp);
