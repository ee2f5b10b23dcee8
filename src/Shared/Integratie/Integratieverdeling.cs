using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Shared.Integratie;

/// <summary>
/// Hands a stored event (its name and JSON) to the handlers registered for its CLR type. Both outboxes use it: the
/// workflow runtime's and the modules' own (<see cref="ModuleOutbox{TContext}"/>), so there is one way to receive.
/// </summary>
public static class Integratieverdeling
{
    /// <summary>Registers a receiver; the event's CLR type, not a string, decides what it receives.</summary>
    public static IServiceCollection AddIntegratieHandler<TGebeurtenis, THandler>(this IServiceCollection services)
        where TGebeurtenis : class, IIntegratieGebeurtenis
        where THandler : class, IIntegratieHandler<TGebeurtenis>
    {
        services.AddScoped<THandler>();
        services.AddScoped<IIntegratieHandler<TGebeurtenis>>(diensten => diensten.GetRequiredService<THandler>());
        if (!services.Any(d => d.ServiceType == typeof(Gebeurtenistype)
            && d.ImplementationInstance is Gebeurtenistype { ClrType: var t }
            && t == typeof(TGebeurtenis)))
        {
            services.AddSingleton(Gebeurtenistype.Van<TGebeurtenis>());
        }

        return services;
    }

    /// <summary>Delivers to every handler of the named event type in <paramref name="diensten"/>; returns how many there were.</summary>
    public static async Task<int> VerdeelAsync(IServiceProvider diensten, string type, string sleutel, string json, CancellationToken ct)
    {
        var ontvangers = 0;
        foreach (var gebeurtenistype in diensten.GetServices<Gebeurtenistype>().Where(t => t.Naam == type))
        {
            ontvangers += await gebeurtenistype.VerdeelAsync(diensten, sleutel, json, ct);
        }

        return ontvangers;
    }

    /// <summary>The stored form of an event: its name and its JSON (web defaults, as every module reads it).</summary>
    public static (string Type, string Json) Opslaan<TGebeurtenis>(TGebeurtenis gebeurtenis)
        where TGebeurtenis : IIntegratieGebeurtenis =>
        (TGebeurtenis.Type, JsonSerializer.Serialize(gebeurtenis, JsonSerializerOptions.Web));

    /// <summary>Maps a stored name to its CLR type once, at registration, so delivery needs no reflection.</summary>
    private sealed record Gebeurtenistype(
        string Naam, Type ClrType, Func<IServiceProvider, string, string, CancellationToken, Task<int>> VerdeelAsync)
    {
        public static Gebeurtenistype Van<TGebeurtenis>()
            where TGebeurtenis : class, IIntegratieGebeurtenis =>
            new(TGebeurtenis.Type, typeof(TGebeurtenis), async (diensten, sleutel, json, ct) =>
            {
                var handlers = diensten.GetServices<IIntegratieHandler<TGebeurtenis>>().ToList();
                if (handlers.Count == 0)
                {
                    return 0;
                }

                var gebeurtenis = JsonSerializer.Deserialize<TGebeurtenis>(json, JsonSerializerOptions.Web)
                    ?? throw new InvalidOperationException($"Gebeurtenis {sleutel} is leeg.");
                foreach (var handler in handlers)
                {
                    await handler.VerwerkAsync(sleutel, gebeurtenis, ct);
                }

                return handlers.Count;
            });
    }
}
