namespace IdCyclus.Modules.Vragenlijst.Contracts;

/// <summary>The accounthouder submitted the answers for the respondent's confirmation (a completed cycle task).</summary>
public sealed record InterviewIngediend(Guid InterviewId, int Versie, Guid DoorPersoonId, string DoorNaam)
{
    public const string Type = "vragenlijst.interview-ingediend";
}

/// <summary>
/// The respondent confirmed the answers of <see cref="Versie"/>, or Bureau fixed them without a confirmation
/// (<see cref="DoorBureau"/>, with the reason in <see cref="Opmerking"/>). The interview becomes final.
/// </summary>
public sealed record InterviewBevestigd(Guid InterviewId, int Versie, Guid DoorPersoonId, string DoorNaam, bool DoorBureau, string? Opmerking)
{
    public const string Type = "vragenlijst.interview-bevestigd";
}
