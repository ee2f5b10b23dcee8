using IdCyclus.Shared.Integratie;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// The part every module's <c>AddX</c> has in common (ADR 0022), so that what remains there is what is special about
/// the module: its services, handlers, receivers and menu items.
/// </summary>
public static class ModuleRegistratie
{
    /// <summary>
    /// Registers a module with its own database: the DbContext on the configured provider in the module's schema, the
    /// migrate-and-seed entry for the host (named after the assembly, <c>IdCyclus.Modules.X</c> → X, in the order the
    /// host calls the modules), optionally the outbox, and the module's Razor pages.
    /// </summary>
    /// <param name="demodata">Fills empty tables with demo data; none when omitted.</param>
    /// <param name="naMigratie">Runs after the module's migrations in every environment (reference data).</param>
    /// <param name="outbox">The module raises integration events (its DbContext maps <c>AddBerichtentabellen(outbox: true)</c>).</param>
    public static IServiceCollection AddModule<TContext>(
        this IServiceCollection services,
        DatabaseOpties database,
        string verbinding,
        string schema,
        Func<IServiceProvider, CancellationToken, Task>? demodata = null,
        Func<IServiceProvider, CancellationToken, Task>? naMigratie = null,
        bool outbox = false)
        where TContext : DbContext
    {
        var assembly = typeof(TContext).Assembly;
        // Pooled: a context is handed back at the end of its scope, reset, and used again, so EF Core's own services
        // (about forty per context) are not resolved anew for every scope: that was 7 % of a simulated year (ADR 0039).
        // The options are built once (a singleton); building them per context was 8 % of the CPU of a page under load.
        // So a context must hold no state of its own beyond what EF Core resets, and options depend on nothing scoped.
        services.AddDbContextPool<TContext>(options => options.UseModuleDatabase(database.Provider, verbinding, schema));
        services.AddModuleDatabase<TContext>(ModuleNaam(assembly.GetName().Name!), demodata ?? Niets, naMigratie);
        services.TryAddWijzigingsstempel(database.Provider, verbinding);
        if (outbox)
        {
            services.AddModuleOutbox<TContext>();
        }

        services.AddRazorPages().AddApplicationPart(assembly);
        return services;
    }

    /// <summary>"IdCyclus.Modules.Organisatie" → "Organisatie".</summary>
    public static string ModuleNaam(string assembly) => assembly[(assembly.LastIndexOf('.') + 1)..];

    private static Task Niets(IServiceProvider diensten, CancellationToken ct) => Task.CompletedTask;
}
