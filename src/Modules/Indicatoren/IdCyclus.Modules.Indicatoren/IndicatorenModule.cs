using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;
using IdCyclus.Modules.Indicatoren.Features.Lezen;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Indicatoren;

/// <summary>
/// Indicator definitions and targets per year, imported figures with their provenance, and the gaps and checks per
/// report year. The host calls these methods, nothing else.
/// </summary>
public static class IndicatorenModule
{
    public static IServiceCollection AddIndicatoren(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        services.AddOptions<IndicatorenOpties>().BindConfiguration(IndicatorenOpties.Sectie);
        services.AddModule<IndicatorenDbContext>(database, connectionString, IndicatorenDbContext.Schema,
            demodata: (diensten, ct) => diensten.GetRequiredService<IOptions<IndicatorenOpties>>().Value.DemoCijfers
                ? DemoSeed.VulAsync(diensten, ct)
                : DefinitieSeed.VulAsync(diensten.GetRequiredService<IndicatorenDbContext>(), ct),
            naMigratie: (diensten, ct) => DefinitieSeed.VulAsync(diensten.GetRequiredService<IndicatorenDbContext>(), ct));

        services.AddScoped<IIndicatorenQueries, IndicatorenQueries>();
        services.AddScoped<Organisatiebeeld>();
        services.AddScoped<IndicatorLezer>();
        services.AddScoped<Importcontrole>();
        services.AddScoped<ImportVoorbereidenHandler>();
        services.AddScoped<ImportBevestigenHandler>();

        services.AddSingleton(new NavigatieItem("Indicatoren", "/indicatoren", 15,
            user => user.ZietAlles() || user.IsInRole(Rollen.Gmt) || user.Clusters().Count > 0 || user.Directies().Count > 0));
        return services;
    }

    /// <summary>The command verbs (import, overzicht) need the same services without the web host.</summary>
    public static Task<int> VoerOpdrachtUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct) =>
        Features.Opdrachten.IndicatorenOpdracht.VoerUitAsync(diensten, args, uit, fout, ct);
}
