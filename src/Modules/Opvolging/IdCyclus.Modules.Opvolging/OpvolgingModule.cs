using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Features;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Opvolging;

/// <summary>
/// The follow-up register: agreements per directie (from the GMT, a duidingsgesprek or Bureau) with owner, deadline,
/// status and history. The host calls these methods, nothing else.
/// </summary>
public static class OpvolgingModule
{
    public static IServiceCollection AddOpvolging(this IServiceCollection services, DatabaseSettings database, string connectionString)
    {
        services.AddDbContext<OpvolgingDbContext>(options =>
            options.UseModuleDatabase(database.Provider, connectionString, OpvolgingDbContext.Schema));
        // No demo agreements: they are made after the report, and a new user should see the register empty and why.
        services.AddModuleDatabase<OpvolgingDbContext>("Opvolging", (_, _) => Task.CompletedTask);

        services.AddScoped<Afspraaklezer>();
        services.AddScoped<IOpvolgingQueries>(d => d.GetRequiredService<Afspraaklezer>());
        services.AddScoped<Afspraakopslag>();
        services.AddScoped<Features.AfspraakVastleggen.AfspraakVastleggenHandler>();
        services.AddScoped<Features.DeadlineVerschuiven.DeadlineVerschuivenHandler>();
        services.AddScoped<Features.VoortgangMelden.VoortgangMeldenHandler>();
        services.AddScoped<Features.AfspraakAfsluiten.AfspraakAfsluitenHandler>();
        services.AddScoped<Features.Sturing.Sturingsgegevens>();
        services.AddScoped<Features.Sturing.SturingVastleggenHandler>();
        services.AddScoped<Features.AutomatischAfvinken.Vervullen>();
        services.AddIntegratieHandler<TrekkerVastgelegd, Features.AutomatischAfvinken.TrekkerVastgelegdHandler>();
        services.AddIntegratieHandler<ActieplanversieGoedgekeurd, Features.AutomatischAfvinken.ActieplanGoedgekeurdHandler>();

        services.AddScoped<IStartblokBron, Features.Startpagina.AfsprakenStartblok>();
        services.AddRazorPages().AddApplicationPart(typeof(OpvolgingModule).Assembly);
        services.AddSingleton(new NavigatieItem("Opvolging", "/opvolging", 18, user => user.ZietRegister()));
        return services;
    }
}
