using System.Reflection;
using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Achtergrond;
using IdCyclus.Workflows.Runtime.Lezen;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IdCyclus.Workflows.Runtime;

public static class WorkflowRuntime
{
    /// <summary>
    /// Registers the runtime, once, in the host: its DbContext (schema "workflows"), the engine's commands
    /// (<see cref="WorkflowMotor"/>), the read API (<see cref="IWorkflowLezer"/>), publishing, and the Hangfire jobs that
    /// deliver timers, outbox and mail. Modules plug in by registering their own implementations of the interfaces in
    /// Aansluitpunten.cs (the host one <see cref="IRolResolver"/>; any module collections, conditions, forms, templates
    /// and built-in definitions): the engine and the definition check take all that are registered.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(
        this IServiceCollection services, DatabaseOpties database, string connectionString, IConfiguration configuratie)
    {
        // Pooled, with options built once, like the modules' contexts (ModuleRegistratie, ADR 0039).
        services.AddDbContextPool<WorkflowDbContext>(options => options.UseModuleDatabase(database.Provider, connectionString, WorkflowDbContext.Schema));
        services.AddModuleDatabase<WorkflowDbContext>("Workflows", (_, _) => Task.CompletedTask, PubliceerIngebouwdeAsync);
        services.Configure<WorkflowOpties>(configuratie.GetSection(WorkflowOpties.Sectie));
        services.Configure<SmtpOpties>(configuratie.GetSection(SmtpOpties.Sectie));
        services.AddScoped<Werkplaats>();
        services.AddScoped<Plannen>();
        services.AddScoped<Starten>();
        services.AddScoped<Voortgang>();
        services.AddScoped<Annulering>();
        services.AddScoped<Timerafhandeling>();
        services.AddScoped<Taakacties>();
        services.AddScoped<Taakrechten>();
        services.AddScoped<Bijsturing>();
        services.AddScoped<Definities>();
        services.AddScoped(d => new Formulieren(d.GetServices<ITaakFormulier>));
        // The commands' constructor is internal (its parts are), so the container is told how to build it.
        services.AddScoped(d => new WorkflowMotor(
            d.GetRequiredService<Starten>(), d.GetRequiredService<Taakacties>(), d.GetRequiredService<Timerafhandeling>(), d.GetRequiredService<Taakrechten>(),
            d.GetRequiredService<Plannen>(), d.GetRequiredService<Definities>(), d.GetRequiredService<Bezorger>(), d.GetRequiredService<OutboxBezorger>(),
            d.GetRequiredService<Bijsturing>()));
        services.AddScoped(d => new Taakherziening(d.GetRequiredService<Werkplaats>()));
        services.AddScoped<IWorkflowLezer, WorkflowLezer>();
        services.TryAddScoped<IDefinitieValidator, AangeslotenDefinitieValidator>();
        services.AddScoped<Bezorger>();
        services.AddScoped<OutboxBezorger>();
        services.AddScoped<HerhaaldeStarts>();
        services.AddSingleton<Verwerker>();
        services.TryAddSingleton<IMailVerzender, SmtpMailVerzender>();
        services.AddTransient<WorkflowTaken>();
        services.AddSingleton<IAchtergrondTaken, HangfireAchtergrondTaken>();
        services.AddTransient(typeof(AchtergrondUitvoerder<,>));
        HangfireRegistratie.VoegOpslagToe(services, database, connectionString);
        if ((configuratie.GetSection(WorkflowOpties.Sectie).Get<WorkflowOpties>() ?? new WorkflowOpties()).AchtergrondVerwerking)
        {
            // Tests and `simulate` leave this off and run Verwerker's round themselves, on their own clock.
            HangfireRegistratie.VoegServersToe(services, database, connectionString);
        }

        return services;
    }

    /// <summary>A definition a module ships with; published (idempotently) after every migration.</summary>
    public static IServiceCollection AddIngebouwdeDefinitie(this IServiceCollection services, string json) =>
        services.AddSingleton(new IngebouwdeDefinitie(json));

    /// <summary>
    /// Every definition <paramref name="assembly"/> embeds as a resource named "definitie:…" (in the module's csproj:
    /// <c>LogicalName="definitie:%(Filename)%(Extension)"</c>), in name order; each as <see cref="AddIngebouwdeDefinitie"/>.
    /// </summary>
    public static IServiceCollection AddIngebouwdeDefinities(this IServiceCollection services, Assembly assembly)
    {
        foreach (var naam in assembly.GetManifestResourceNames().Where(n => n.StartsWith("definitie:", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(naam)!;
            using var lezer = new StreamReader(stream);
            services.AddIngebouwdeDefinitie(lezer.ReadToEnd());
        }

        return services;
    }

    private static async Task PubliceerIngebouwdeAsync(IServiceProvider diensten, CancellationToken ct)
    {
        var definities = diensten.GetRequiredService<Definities>();
        foreach (var ingebouwd in diensten.GetServices<IngebouwdeDefinitie>())
        {
            var resultaat = await definities.PubliceerAsync(ingebouwd.Json, "IdCyclus (ingebouwd)", ct);
            if (!resultaat.IsGelukt)
            {
                throw new InvalidOperationException(
                    "Ingebouwde definitie is ongeldig: " + string.Join("; ", resultaat.Fouten.Select(f => $"{f.Veld}: {f.Melding}")));
            }
        }
    }
}

internal sealed record IngebouwdeDefinitie(string Json);
