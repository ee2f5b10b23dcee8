using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace IdCyclus.Workflows.Runtime;

public static class WorkflowRuntime
{
    /// <summary>
    /// Registers the runtime: its DbContext (schema "workflows"), engine, publishing, delivery of timers, outbox and mail.
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
        services.AddScoped<Definities>();
        services.AddScoped<Bezorger>();
        services.AddScoped<OutboxBezorger>();
        services.AddSingleton<Verwerker>();
        services.TryAddSingleton<IMailVerzender, SmtpMailVerzender>();
        if (configuratie.GetValue($"{WorkflowOpties.Section}:AchtergrondVerwerking", true))
        {
            VoegSchedulerToe(services, database, connectionString, configuratie);
        }

        return services;
    }

    /// <summary>
    /// Quartz.NET with its persistent store in the same database (its own QRTZ_ tables, created on first start), clustered
    /// on PostgreSQL so that several hosts share one trigger.
    /// </summary>
    private static void VoegSchedulerToe(IServiceCollection services, DatabaseSettings database, string connectionString, IConfiguration configuratie)
    {
        var interval = configuratie.GetValue($"{WorkflowOpties.Section}:Pollinterval", new WorkflowOpties().Pollinterval);
        services.AddQuartz("IdCyclus", quartz =>
        {
            quartz.ConfigureScheduler(o => o.GenerateInstanceId = true);
            var job = new JobKey("workflow-ronde");
            quartz.AddJob(typeof(WorkflowRondeJob), j => j.WithIdentity(job).StoreDurably());
            quartz.AddTrigger(t => t.ForJob(job).WithIdentity("workflow-ronde").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(connectionString);
                }
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
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
