using IdCyclus.Modules.Rapportage.Contracts;

namespace IdCyclus.Host.Cli;

/// <summary>
/// A simulation runs the year's workflow, not its content: no interviews are scored and no report is written, so
/// Rapportage never has a definitive version to publish. The year's step "Publiceer de definitieve rapportage" is what
/// the behaviour file scripts instead (ADR 0032), and the duidingsgesprek forms, which need a published report to share
/// its sections, must see one. This wraps Rapportage's own queries and, only where they find no publication, answers
/// that the simulated report was published now. Registered by <c>simulate</c> alone; the sections stay Rapportage's
/// (none), so an invitation in a simulation links to no section.
/// </summary>
internal sealed class SimulatieRapportage(IRapportageQueries rapportage, TimeProvider klok) : IRapportageQueries
{
    public async Task<PublicatieGegevens?> GepubliceerdAsync(int jaar, CancellationToken cancellationToken = default) =>
        await rapportage.GepubliceerdAsync(jaar, cancellationToken)
        ?? new PublicatieGegevens(jaar, 1, klok.GetUtcNow(), $"/rapportage/{jaar}", "simulatie", null);

    public Task<ReviewrondeGegevens?> ReviewrondeAsync(int jaar, int conceptnummer, CancellationToken cancellationToken = default) =>
        rapportage.ReviewrondeAsync(jaar, conceptnummer, cancellationToken);

    public Task<IReadOnlyList<SectieGegevens>> SectiesVoorClusterdirecteurAsync(
        int jaar, IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken = default) =>
        rapportage.SectiesVoorClusterdirecteurAsync(jaar, clusterIds, cancellationToken);

    /// <summary>Puts this wrapper around the registered queries (scoped, as Rapportage registers them).</summary>
    public static void Vervang(IServiceCollection services)
    {
        var echt = services.Last(s => s.ServiceType == typeof(IRapportageQueries));
        services.Remove(echt);
        services.AddScoped(echt.ImplementationType!);
        services.AddScoped<IRapportageQueries>(p => new SimulatieRapportage(
            (IRapportageQueries)p.GetRequiredService(echt.ImplementationType!), p.GetRequiredService<TimeProvider>()));
    }
}
