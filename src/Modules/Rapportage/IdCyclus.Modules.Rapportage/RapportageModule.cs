using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;
using IdCyclus.Modules.Rapportage.Features.Publiceren;
using IdCyclus.Modules.Rapportage.Features.TekstBewerken;
using IdCyclus.Modules.Rapportage.Pdf;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Rapportage;

/// <summary>
/// The Voortgangsrapportage: a frozen snapshot of the year's data from Vragenlijst, Indicatoren, Actieplannen and
/// Organisatie (read through their contracts), narrative blocks, publishing as web page and PDF. The host calls these
/// methods, nothing else.
/// </summary>
public static class RapportageModule
{
    public static IServiceCollection AddRapportage(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        services.AddModule<RapportageDbContext>(database, connectionString, RapportageDbContext.Schema, demodata: Demodata.VulAsync);

        services.AddScoped<IRapportageQueries, RapportageQueries>();
        services.AddScoped<Rapportlezer>();
        services.AddScoped<Features.Overzicht.EigenSecties>();
        services.AddScoped<IStartblokBron, Features.Startpagina.SectieStartblok>();
        services.AddScoped<Gegevensverzamelaar>();
        services.AddSingleton<Standaardteksten>();
        services.AddScoped<MomentopnameNemenHandler>();
        services.AddScoped<BlokOpslaanHandler>();
        services.AddScoped<BlokstaatWijzigenHandler>();
        services.AddScoped<ConceptVastleggenHandler>();
        services.AddScoped<PublicerenHandler>();
        services.AddScoped<Features.Review.ReviewStartenHandler>();
        services.AddScoped<Features.Review.OpmerkingPlaatsenHandler>();
        services.AddScoped<Features.Review.OpmerkingAfhandelenHandler>();
        services.AddScoped<Features.Review.ReviewtakenStartenHandler>();
        services.AddIntegratieHandler<ReviewAfgerond, Features.Review.ReviewAfgerondHandler>();
        services.AddOptions<RapportageOpties>().BindConfiguration(RapportageOpties.Sectie);
        services.AddSingleton<ChromiumPdf>();
        services.AddTransient<PdfMaken>();

        services.AddSingleton(new NavigatieItem(
            "Rapportage",
            "/rapportage",
            17,
            user => user.IsBureau() || user.IsInRole(Rollen.WerkgroepLid) || user.IsInRole(Rollen.Clusterdirecteur)));
        return services;
    }

    /// <summary>The `rapport maak` verb needs the same services without the web host.</summary>
    public static Task<int> VoerOpdrachtUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct) =>
        Features.Opdrachten.RapportOpdracht.VoerUitAsync(diensten, args, uit, fout, ct);
}
