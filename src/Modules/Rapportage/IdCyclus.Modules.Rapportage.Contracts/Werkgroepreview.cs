using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Rapportage.Contracts;

/// <summary>
/// What the cycle offers Rapportage: review tasks for every werkgroep member on a review round, with the round's deadline,
/// reminders and an escalation. Implemented by the module that hosts the workflow definitions (Cyclus); Rapportage only
/// knows this interface (ADR 0017).
/// </summary>
public interface IWerkgroepreview
{
    /// <summary>Starts the review tasks of the round; a second call for the same round does nothing.</summary>
    Task StartAsync(ReviewrondeGegevens ronde, string doorNaam, CancellationToken cancellationToken = default);
}

/// <summary>
/// A werkgroep member completed the review task of a round: "I have read the concept text and placed my comments"
/// (a completed cycle task "Lees het concept van de Voortgangsrapportage").
/// </summary>
public sealed record ReviewAfgerond(int Jaar, int Conceptnummer, Guid PersoonId, string Naam, DateTimeOffset Op) : IIntegratieGebeurtenis
{
    public static string Type => "rapportage.review-afgerond";
}
