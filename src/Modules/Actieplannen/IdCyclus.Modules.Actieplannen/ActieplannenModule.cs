using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Actieplannen.Features.Beoordelen;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IdCyclus.Modules.Actieplannen;

/// <summary>
/// Every directie's action plan per year as data: versions and approval, actions with their progress, budget with its
/// discrepancies, attachments, import and export. The host calls these methods, nothing else.
/// </summary>
public static class ActieplannenModule
{
    public static IServiceCollection AddActieplannen(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        services.AddModule<ActieplannenDbContext>(database, connectionString, ActieplannenDbContext.Schema, outbox: true,
            demodata: (diensten, ct) => Demodata.VulAsync(
                diensten.GetRequiredService<ActieplannenDbContext>(), diensten.GetRequiredService<Features.PlannenImporteren.ImportHandler>(), ct));

        services.AddScoped<IActieplannenQueries, ActieplannenQueries>();
        services.AddScoped<Planlezer>();
        services.AddScoped<Features.ConceptOpslaan.ConceptOpslaanHandler>();
        services.AddScoped<Features.Indienen.IndienenHandler>();
        services.AddScoped<Features.VoortgangBijwerken.VoortgangBijwerkenHandler>();
        services.AddScoped<Features.Bijlagen.BijlageToevoegenHandler>();
        services.AddScoped<Features.Bijlagen.BijlageVerwijderenHandler>();
        services.AddScoped<Features.PlannenImporteren.ImportHandler>();
        services.AddIntegratieHandler<ActieplanBeoordeeld, ActieplanBeoordeeldHandler>();
        services.TryAddScoped<IActieplanGoedkeuring, GeenGoedkeuringsworkflow>();

        services.AddSingleton(new NavigatieItem("Actieplannen", "/actieplannen", 16, user => Features.Toegang.ZietOverzicht(user)));
        return services;
    }

    /// <summary>The `actieplannen import|export` verbs need the same services without the web host.</summary>
    public static Task<int> VoerOpdrachtUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct) =>
        Features.PlannenImporteren.ActieplannenOpdracht.VoerUitAsync(diensten, args, uit, fout, ct);
}

/// <summary>
/// Without a module that hosts the approval workflow (a test host with Actieplannen alone), submitting still works; the
/// plan waits as submitted until a workflow picks it up.
/// </summary>
internal sealed class GeenGoedkeuringsworkflow : IActieplanGoedkeuring
{
    public Task VraagGoedkeuringAsync(Guid directieId, int jaar, int versie, string doorNaam, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
