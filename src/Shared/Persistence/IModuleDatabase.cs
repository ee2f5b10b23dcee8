using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// What the host needs to know of a module's database: how to migrate it and how to seed its demo data.
/// Modules register one explicitly in their Add method; the host never scans for them.
/// </summary>
public interface IModuleDatabase
{
    string Module { get; }

    Type ContextType { get; }

    /// <summary>Seeds demo data when the module's tables are empty. Runs after every earlier-registered module's.</summary>
    Task SeedDemoDataAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);

    /// <summary>Runs after this module's migrations, in every environment (e.g. publishing built-in definitions).</summary>
    Task NaMigratieAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}

public static class ModuleDatabaseRegistration
{
    public static IServiceCollection AddModuleDatabase<TContext>(
        this IServiceCollection services,
        string module,
        Func<IServiceProvider, CancellationToken, Task> seedDemoData,
        Func<IServiceProvider, CancellationToken, Task>? naMigratie = null)
        where TContext : DbContext
    {
        // Not TryAddEnumerable: every module registers the same implementation type, with other data.
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase(module, typeof(TContext), seedDemoData, naMigratie ?? ((_, _) => Task.CompletedTask)));
        return services;
    }

    private sealed class ModuleDatabase(
        string module, Type contextType, Func<IServiceProvider, CancellationToken, Task> seed, Func<IServiceProvider, CancellationToken, Task> naMigratie)
        : IModuleDatabase
    {
        public string Module => module;

        public Type ContextType => contextType;

        public Task SeedDemoDataAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
            seed(scopedServices, cancellationToken);

        public Task NaMigratieAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
            naMigratie(scopedServices, cancellationToken);
    }
}
