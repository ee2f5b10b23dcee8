using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Features;
using IdCyclus.Modules.Opvolging.Features.Dashboard;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Opvolging;

/// <summary>
/// The follow-up register: agreements per directie (from the GMT, a duidingsgesprek or Bureau) with owner, deadline,
/// status and history. The host calls these methods, nothing else.
/// </summary>
public static class OpvolgingModule
{
    public static IServiceCollection AddOpvolging(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        // No demo agreements: they are made after the report, and a new user should see the register empty and why.
        services.AddModule<OpvolgingDbContext>(database, connectionString, OpvolgingDbContext.Schema, outbox: true);

        services.AddScoped<Afspraaklezer>();
        services.AddScoped<Cyclusjaar>();
        services.AddScoped<IOpvolgingQueries>(d => d.GetRequiredService<Afspraaklezer>());
        services.AddScoped<Afspraakopslag>();
        services.AddScoped<Features.AfspraakVastleggen.AfspraakVastleggenHandler>();
        services.AddScoped<Features.DeadlineVerschuiven.DeadlineVerschuivenHandler>();
        services.AddScoped<Features.VoortgangMelden.VoortgangMeldenHandler>();
        services.AddScoped<Features.AfspraakAfsluiten.AfspraakAfsluitenHandler>();
        services.AddScoped<Features.Sturing.Sturingsgegevens>();
        services.AddScoped<Features.Sturing.Urennormen>();
        services.AddScoped<Features.Sturing.SturingVastleggenHandler>();
        services.AddScoped<Features.AutomatischAfvinken.Vervullen>();
        services.AddIntegratieHandler<TrekkerVastgelegd, Features.AutomatischAfvinken.TrekkerVastgelegdHandler>();
        services.AddIntegratieHandler<ActieplanversieGoedgekeurd, Features.AutomatischAfvinken.ActieplanGoedgekeurdHandler>();
        services.AddIntegratieHandler<DuidingsafspraakGemaakt, Features.DuidingsafspraakOntvangen.DuidingsafspraakOntvangenHandler>();

        // Each agreement is a task for its directeur (ADR 0023): every change raises AfspraakGewijzigd in its own
        // transaction; the inbox handler brings the task in line through the workflow runtime, where these plug in.
        services.AddScoped<Features.Afspraaktaak.Taakbijwerking>();
        services.AddIntegratieHandler<AfspraakGewijzigd, Features.Afspraaktaak.AfspraakGewijzigdHandler>();
        services.AddIntegratieHandler<AfspraakGedaanGemeld, Features.Afspraaktaak.AfspraakGedaanGemeldHandler>();
        services.AddScoped<ITaakFormulier, Features.Afspraaktaak.AfspraakGedaanFormulier>();
        services.AddScoped<ITaakFormulier, Features.Afspraaktaak.ActieplanAfspraakFormulier>();
        services.AddIngebouwdeDefinities(typeof(OpvolgingModule).Assembly);

        services.AddScoped<IStartblokBron, Features.Startpagina.AfsprakenStartblok>();
        services.AddSingleton(new NavigatieItem("Opvolging", "/opvolging", 18, user => user.ZietRegister()));
        services.AddGmtDashboard();
        return services;
    }
}
