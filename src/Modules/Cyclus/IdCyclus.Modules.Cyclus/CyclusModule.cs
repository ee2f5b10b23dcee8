using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IdCyclus.Modules.Cyclus;

/// <summary>
/// The yearly cycle on the workflow runtime: its definitions, the org-chart plug-ins (roles, collections, conditions),
/// forms and mail templates, and the pages for tasks, instances and messages. The host registers the runtime itself
/// (<c>AddWorkflowRuntime</c>, once); this module only plugs its parts in, as any other module may.
/// </summary>
public static class CyclusModule
{
    public static IServiceCollection AddCyclus(this IServiceCollection services)
    {
        services.AddScoped<IRolResolver, OrganisatieRollen>();
        services.AddScoped<Features.MijnTaken.Inbox>();
        services.AddSingleton<Shared.Persistence.Stempelcache<Features.MijnTaken.Inbox.Sleutel, Features.MijnTaken.Inboxbeeld>>();
        services.AddScoped<IWorkflowCollectie, ActieveDirecties>();
        services.AddScoped<IWorkflowCollectie, Clusters>();
        services.AddScoped<IWorkflowCollectie, Werkgroepleden>();
        services.AddScoped<IWorkflowVoorwaarde, DirectieZonderTrekker>();
        services.AddScoped<ITrekkerminimum, Trekkerminimum>();
        services.AddScoped<ITaakFormulier, TrekkerBenoemenFormulier>();
        services.AddScoped<ITaakFormulier, VoorbereidingBevestigenFormulier>();
        services.AddScoped<ITaakFormulier, WerkgroepReactieFormulier>();
        services.AddScoped<ITaakFormulier, InterviewPlannenFormulier>();
        services.AddScoped<ITaakFormulier, InterviewIndienenFormulier>();
        services.AddScoped<ITaakFormulier, InterviewBevestigenFormulier>();
        services.AddScoped<ITaakFormulier, InterviewfaseAfsluitenFormulier>();
        services.AddScoped<IWorkflowCollectie, IngediendeActieplannen>();
        services.AddScoped<IWorkflowCollectie, DirectiesMetActieplan>();
        services.AddScoped<IWorkflowVoorwaarde, ZonderOpenGoedkeuringstaak>();
        services.AddScoped<ITaakFormulier, ActieplanGoedkeurenFormulier>();
        services.AddScoped<ITaakFormulier, ActieplanVoortgangFormulier>();
        services.AddScoped<IActieplanGoedkeuring, ActieplanGoedkeuringStarter>();
        services.AddScoped<ITaakFormulier, IndicatorenAanleverenFormulier>();
        services.AddScoped<ITaakFormulier, RapportageReviewFormulier>();
        services.AddScoped<IdCyclus.Modules.Rapportage.Contracts.IWerkgroepreview, WerkgroepreviewStarter>();
        services.AddScoped<ITaakFormulier, RapportGepubliceerdFormulier>();
        services.AddScoped<IdCyclus.Modules.Rapportage.Contracts.IRapportpublicatieVolger, PublicatiestapAfronden>();
        services.AddScoped<IWorkflowVoorwaarde, DirectieZonderActieplanafspraak>();
        services.AddScoped<ICyclusjaar, CyclusjaarUitInstantie>();
        services.AddScoped<Features.ModuleIncidentOpnieuw.ModuleIncidentOpnieuwHandler>();
        services.TryAddScoped<IVragenlijstQueries, VragenlijstNietBeschikbaar>();
        services.TryAddScoped<IdCyclus.Modules.Indicatoren.Contracts.IIndicatorenQueries, IndicatorenNietBeschikbaar>();
        services.AddSingleton<IBerichtSjablonen, Sjablonen>();
        Duidingsgesprekken.DuidingsgesprekkenRegistratie.Voeg(services);
        services.AddIngebouwdeDefinities(typeof(CyclusModule).Assembly);

        services.AddScoped<IStartblokBron, Features.Startpagina.MijnTakenStartblok>();
        services.AddScoped<IStartblokBron, Features.Startpagina.CyclusstandStartblok>();
        services.AddRazorPages().AddApplicationPart(typeof(CyclusModule).Assembly);
        services.AddSingleton(new NavigatieItem("Mijn taken", "/taken", 1, user => user.Identity?.IsAuthenticated == true));
        services.AddSingleton(new NavigatieItem("Alle taken", "/taken/alle", 20, user => user.IsBureau()));
        services.AddSingleton(new NavigatieItem("Cyclus", "/cyclus", 19, user => user.IsBureau()));
        services.AddSingleton(new NavigatieItem("Workflows", "/workflows", 21, user => user.IsBureau()));
        services.AddSingleton(new NavigatieItem("Verzonden berichten", "/berichten", 22, user => user.IsBureau()));
        return services;
    }
}
