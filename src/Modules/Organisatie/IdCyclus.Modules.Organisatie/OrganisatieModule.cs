using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Features.Api;
using IdCyclus.Modules.Organisatie.Features.Lezen;
using IdCyclus.Modules.Organisatie.Features.RolBeeindigen;
using IdCyclus.Modules.Organisatie.Features.RolToewijzen;
using IdCyclus.Modules.Organisatie.Features.UrenWijzigen;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Organisatie;

/// <summary>
/// Clusters, directies, people and their roles over time. The host calls AddOrganisatie and MapOrganisatie; only
/// <c>simulate --schaal</c> also calls VermenigvuldigDemoAsync.
/// </summary>
public static class OrganisatieModule
{
    public static IServiceCollection AddOrganisatie(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        services.AddModule<OrganisatieDbContext>(database, connectionString, OrganisatieDbContext.Schema, outbox: true,
            demodata: (diensten, ct) => DemoSeed.VulAsync(diensten.GetRequiredService<OrganisatieDbContext>(), ct));

        services.AddScoped<IOrganisatieQueries, OrganisatieQueries>();
        services.AddScoped<OrganisatieLezer>();
        services.AddScoped<RolToewijzenHandler>();
        services.AddScoped<RolBeeindigenHandler>();
        services.AddScoped<UrenWijzigenHandler>();
        services.AddIntegratieHandler<TrekkerBenoemd, Features.TrekkerBenoemen.TrekkerBenoemdHandler>();

        services.AddSingleton(new NavigatieItem("Organisatie", "/organisatie", 10,
            user => user.ZietAlles() || user.Clusters().Count > 0));
        services.AddSingleton(new NavigatieItem("Mijn directie", "/organisatie/mijn-directie", 11,
            user => !user.ZietAlles() && user.Clusters().Count == 0 && user.Directies().Count > 0));
        services.AddSingleton(new NavigatieItem("Personen en rollen", "/organisatie/personen", 12, user => user.IsBureau()));
        return services;
    }

    /// <summary>
    /// <c>simulate --schaal N</c> only: the seeded demo organisation made N times as large, marked "synthetisch", in the
    /// simulation's throwaway database (see <see cref="SynthetischeOrganisatie"/>).
    /// </summary>
    public static async Task VermenigvuldigDemoAsync(IServiceProvider services, int schaal, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await SynthetischeOrganisatie.VermenigvuldigAsync(scope.ServiceProvider.GetRequiredService<OrganisatieDbContext>(), schaal, cancellationToken);
    }

    public static IEndpointRouteBuilder MapOrganisatie(this IEndpointRouteBuilder endpoints)
    {
        OrganisatieApi.Map(endpoints);
        return endpoints;
    }
}
