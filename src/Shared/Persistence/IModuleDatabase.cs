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
}

public static class ModuleDatabaseRegistration
{
    public static IServiceCollection AddModuleDatabase<TContext>(
        this IServiceCollection services, string module, Func<IServiceProvider, CancellationToken, Task> seedDemoData)
        where TContext : DbContext
    {
        // Not TryAddEnumerable: every module registers the same implementation type, with other data.
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase(module, typeof(TContext), seedDemoData));
        return services;
    }

    private sealed class ModuleDatabase(string module, Type contextType, Func<IServiceProvider, CancellationToken, Task> seed)
        : IModuleDatabase
    {
        public string Module => module;

        public Type ContextType => contextType;

        public Task SeedDemoDataAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
            seed(scopedServices, cancellationToken);
    }
}
