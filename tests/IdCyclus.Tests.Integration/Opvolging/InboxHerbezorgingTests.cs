using IdCyclus.Modules.Opvolging;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>
/// A redelivered event changes nothing, also when the use case behind the receiver retried its serializable transaction:
/// the retry starts from a cleared change tracker, so the receiver hands its key to the use case (<c>inbox:</c>), which
/// notes it again inside the retried work. Without that the first delivery saves the agreement without its inbox row,
/// and the second delivery records the agreement again.
/// </summary>
public abstract class InboxHerbezorgingTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek)
    where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Dezelfde_duidingsafspraak_tweemaal_bezorgd_na_een_serialisatieconflict_is_een_afspraak()
    {
        var directie = await Fabriek.DirectieAsync("P&O");
        var gebeurtenis = new DuidingsafspraakGemaakt(2024, directie.ClusterId!, directie.Id, Duidingsafspraaksoort.Overig,
            "Deel de uitkomst van het duidingsgesprek met het MT.", Fabriek.Klok.Vandaag().AddMonths(3), null, null, "Bea Bureau");
        var voor = await AantalAsync(directie.Id);

        var conflict = Fabriek.Services.GetRequiredService<EenSerialisatieconflict>();
        conflict.Gewapend = true;
        await BezorgAsync("duidingsgesprek:herbezorging", gebeurtenis);
        Assert.False(conflict.Gewapend);
        Assert.Equal(voor + 1, await AantalAsync(directie.Id));

        await BezorgAsync("duidingsgesprek:herbezorging", gebeurtenis);
        Assert.Equal(voor + 1, await AantalAsync(directie.Id));
    }

    private Task<int> BezorgAsync(string sleutel, DuidingsafspraakGemaakt gebeurtenis) =>
        Fabriek.MetDienstAsync(async d =>
        {
            await d.GetRequiredService<IIntegratieHandler<DuidingsafspraakGemaakt>>().VerwerkAsync(sleutel, gebeurtenis, default);
            return 0;
        });

    private Task<int> AantalAsync(Guid directieId) =>
        Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<IOpvolgingQueries>().AfsprakenAsync([directieId], Fabriek.Klok.Vandaag())).Count);
}

/// <summary>
/// Makes the next save of Opvolging's context fail once as a serialization conflict would (PostgreSQL's 40001), which
/// <c>VoerSerieelUitAsync</c> answers by clearing the change tracker and running the work again.
/// </summary>
public sealed class EenSerialisatieconflict : SaveChangesInterceptor, IExtraDiensten
{
    public bool Gewapend { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Gewapend && eventData.Context?.Database.CurrentTransaction is not null)
        {
            Gewapend = false;
            throw new DbUpdateException(
                "Serialisatieconflict (test)", new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure));
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Opvolging's context is internal to its module; the test reaches it by name to add the interceptor.</summary>
    public static void Voeg(IServiceCollection services)
    {
        var conflict = new EenSerialisatieconflict();
        services.AddSingleton(conflict);
        var context = typeof(OpvolgingModule).Assembly.GetType("IdCyclus.Modules.Opvolging.Persistence.OpvolgingDbContext", throwOnError: true)!;
        var configureer = typeof(EntityFrameworkServiceCollectionExtensions).GetMethods()
            .Single(m => m.Name == nameof(EntityFrameworkServiceCollectionExtensions.ConfigureDbContext)
                && m.GetParameters()[1].ParameterType == typeof(Action<DbContextOptionsBuilder>))
            .MakeGenericMethod(context);
        configureer.Invoke(null, [services, (Action<DbContextOptionsBuilder>)(o => o.AddInterceptors(conflict)), ServiceLifetime.Singleton]);
    }
}

public sealed class InboxHerbezorgingTests_Sqlite(SqliteFabriekMet<EenSerialisatieconflict> fabriek)
    : InboxHerbezorgingTests<SqliteFabriekMet<EenSerialisatieconflict>>(fabriek);

public sealed class InboxHerbezorgingTests_Postgres(PostgresFabriekMet<EenSerialisatieconflict> fabriek)
    : InboxHerbezorgingTests<PostgresFabriekMet<EenSerialisatieconflict>>(fabriek);
