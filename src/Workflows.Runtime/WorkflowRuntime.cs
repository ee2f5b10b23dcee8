using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Achtergrond;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IdCyclus.Workflows.Runtime;

public static class WorkflowRuntime
{
    /// <summary>
    /// Registers the runtime: its DbContext (schema "workflows"), engine, publishing, and the
    /// Hangfire jobs that deliver timers, outbox and mail.
    /// The host adds the role resolver, collections, conditions, forms, templates and an <see cref="IDefinitieValidator"/>.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(
        this IServiceCollection services, DatabaseSettings database, string connectionString, IConfiguration configuratie)
    {
        services.AddDbContext<WorkflowDbContext>(options => options.UseModuleDatabase(database.Provider, connectionString, WorkflowDbContext.Schema));
        services.AddModuleDatabase<WorkflowDbContext>("Workflows", (_, _) => Task.CompletedTask, PubliceerIngebouwdeAsync);
        services.Configure<WorkflowOpties>(configuratie.GetSection(WorkflowOpties.Section));
        services.Configure<SmtpOpties>(configuratie.GetSection(SmtpOpties.Section));
        services.AddScoped<WorkflowMotor>();
        services.AddScoped<Taakrechten>();
        services.AddScoped<Definities>();
        services.AddScoped<Bezorger>();
        services.AddScoped<OutboxBezorger>();
        services.AddScoped<HerhaaldeStarts>();
        services.AddSingleton<Verwerker>();
        services.TryAddSingleton<IMailVerzender, SmtpMailVerzender>();
        services.AddTransient<WorkflowTaken>();
        services.AddSingleton<IAchtergrondTaken, HangfireAchtergrondTaken>();
        services.AddTransient(typeof(AchtergrondUitvoerder<,>));
        HangfireRegistratie.VoegOpslagToe(services, database, connectionString);
        if (configuratie.GetValue($"{WorkflowOpties.Section}:AchtergrondVerwerking", true))
        {
            // Tests and `simulate` leave this off and run Verwerker's round themselves, on their own clock.
            HangfireRegistratie.VoegServersToe(services, database, connectionString);
        }

        return services;
    }

    /// <summary>A definition a module ships with; published (idempotently) after every migration.</summary>
    public static IServiceCollection AddIngebouwdeDefinitie(this IServiceCollection services, string json) =>
        services.AddSingleton(new IngebouwdeDefinitie(json));

    private static async Task PubliceerIngebouwdeAsync(IServiceProvider diensten, CancellationToken ct)
    {
        var definities = diensten.GetRequiredService<Definities>();
        foreach (var ingebouwd in diensten.GetServices<IngebouwdeDefinitie>())
        {
            var resultaat = await definities.PubliceerAsync(ingebouwd.Json, "IdCyclus (ingebouwd)", ct);
            if (!resultaat.IsGelukt)
            {
                throw new InvalidOperationException("Ingebouwde definitie is ongeldig: " + string.Join("; ", resultaat.Fouten.Select(f => $"{f.Veld}: {f.Melding}")));
            }
        }
    }
}

public sealed record IngebouwdeDefinitie(string Json);
