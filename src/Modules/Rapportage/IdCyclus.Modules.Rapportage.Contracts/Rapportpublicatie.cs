namespace IdCyclus.Modules.Rapportage.Contracts;

/// <summary>
/// What the cycle wants to hear from Rapportage: a year's definitive report was just published. Implemented by the module
/// that hosts the yearly cycle (Cyclus), which completes its publication step; Rapportage only knows this interface, as it
/// knows <see cref="IWerkgroepreview"/> (ADR 0032).
/// </summary>
public interface IRapportpublicatieVolger
{
    /// <param name="doorPersoonId">Who published (Bureau); the cycle's step is completed in their name.</param>
    Task GepubliceerdAsync(int jaar, int nummer, Guid? doorPersoonId, string doorNaam, CancellationToken cancellationToken = default);
}
