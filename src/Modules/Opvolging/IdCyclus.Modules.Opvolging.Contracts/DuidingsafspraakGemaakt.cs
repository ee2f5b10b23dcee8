using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Opvolging.Contracts;

/// <summary>What a duidingsgesprek agreed for a directie; the same kinds as the GMT's (ADR 0021).</summary>
public enum Duidingsafspraaksoort
{
    /// <summary>Appoint a trekker with at least <see cref="DuidingsafspraakGemaakt.MinimaleUren"/> hours a week.</summary>
    TrekkerBenoemd,

    /// <summary>Deliver an updated action plan (approved after the agreement).</summary>
    ActieplanOpgeleverd,

    /// <summary>Anything else; closed by hand with evidence.</summary>
    Overig,
}

/// <summary>
/// The accounthouder recorded an agreement from the duidingsgesprek with a clusterdirecteur (the cycle's outcome task).
/// Opvolging records it as an agreement with source "duidingsgesprek" (ADR 0025); one event per agreement, so one refusal
/// never holds back the others.
/// </summary>
public sealed record DuidingsafspraakGemaakt(
    int Jaar,
    string ClusterId,
    Guid DirectieId,
    Duidingsafspraaksoort Soort,
    string Omschrijving,
    DateOnly Deadline,
    decimal? MinimaleUren,
    Guid? DoorPersoonId,
    string DoorNaam) : IIntegratieGebeurtenis
{
    public static string Type => "opvolging.duidingsafspraak-gemaakt";
}
