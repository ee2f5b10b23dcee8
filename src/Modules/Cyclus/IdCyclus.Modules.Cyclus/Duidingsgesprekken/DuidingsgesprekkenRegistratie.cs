using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>The duidingsgesprekken's plug-ins under their stable names (forms, templates), and their reader and starter.</summary>
internal static class DuidingsgesprekkenRegistratie
{
    public static void Voeg(IServiceCollection services)
    {
        services.AddScoped<ITaakFormulier, DuidingsgesprekPlannenFormulier>();
        services.AddScoped<ITaakFormulier, DuidingsgesprekUitkomstFormulier>();
        services.AddScoped<ITaakFormulier, DuidingNabesprekenFormulier>();
        services.AddSingleton<IBerichtSjablonen, Duidingssjablonen>();
        services.AddScoped<Gesprekken>();
        services.AddScoped<DuidingsgesprekkenStartenHandler>();
        services.AddScoped<GesprekVerplaatsenHandler>();
        services.AddIntegratieHandler<DuidingsgesprekGepland, DuidingsgesprekGeplandHandler>();
        services.AddScoped<GesprekAnnulerenHandler>();
        services.AddIntegratieHandler<DuidingsgesprekGeannuleerd, DuidingsgesprekGeannuleerdHandler>();
        services.AddIntegratieHandler<DuidingsuitkomstVastgelegd, NabesprekenStartenHandler>();
        services.AddScoped<Agenda.PersoonlijkeAgenda>();
        services.AddSingleton(new NavigatieItem("Duidingsgesprekken", "/duidingsgesprekken", 17,
            user => user.IsBureau() || user.IsInRole(Rollen.Accounthouder) || user.IsInRole(Rollen.Clusterdirecteur)));
    }
}
