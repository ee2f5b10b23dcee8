using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Vragenlijst.Contracts;

/// <summary>
/// The accounthouder submitted the interview of a directie for the respondent's confirmation (a completed cycle task).
/// Without <see cref="Antwoorden"/> the saved concept of <see cref="Versie"/> is submitted; with them (item number →
/// score or text, as in the import format) they replace the saved answers first: the path for API clients and for
/// scripted actors in a simulation. The task form has validated them through <see cref="IVragenlijstQueries"/>.
/// </summary>
public sealed record InterviewIngediend(
    int Jaar,
    Guid DirectieId,
    int? Versie,
    string? Respondenttype,
    IReadOnlyDictionary<string, string>? Antwoorden,
    Guid? DoorPersoonId,
    string DoorNaam) : IIntegratieGebeurtenis
{
    public static string Type => "vragenlijst.interview-ingediend";
}

/// <summary>
/// The respondent confirmed the answers of <see cref="Versie"/> (null: the current ones), or Bureau fixed them without a
/// confirmation (<see cref="DoorBureau"/>, with the reason in <see cref="Opmerking"/>). The interview becomes final.
/// </summary>
public sealed record InterviewBevestigd(
    int Jaar, Guid DirectieId, int? Versie, Guid? DoorPersoonId, string DoorNaam, bool DoorBureau, string? Opmerking) : IIntegratieGebeurtenis
{
    public static string Type => "vragenlijst.interview-bevestigd";
}

/// <summary>
/// The accounthouder planned the interview through the cycle task itself (API clients and simulated actors); on the
/// web the interview page records the date directly.
/// </summary>
public sealed record InterviewGepland(int Jaar, Guid DirectieId, DateTimeOffset GeplandOp, string DoorNaam) : IIntegratieGebeurtenis
{
    public static string Type => "vragenlijst.interview-gepland";
}
