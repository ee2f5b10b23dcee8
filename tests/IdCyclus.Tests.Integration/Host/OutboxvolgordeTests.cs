using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// ADR 0035 on both databases: a transaction's outbox rows come back, in the order the deliveries ask for (moment, then
/// id), in the order they were raised. That holds only where the database orders the id column as its big-endian bytes:
/// SQLite's text and PostgreSQL's uuid.
/// </summary>
public abstract class OutboxvolgordeTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Outboxregels_van_één_transactie_komen_terug_in_de_volgorde_waarin_ze_gemeld_zijn()
    {
        var sleutels = Enumerable.Range(1, 60).Select(i => $"proef.volgorde:{i:D2}").ToList();
        var moment = Fabriek.Klok.GetUtcNow().UtcDateTime;
        await MetOrganisatieAsync(async db =>
        {
            foreach (var sleutel in sleutels)
            {
                db.Set<OutboxRegel>().Add(new OutboxRegel { Sleutel = sleutel, Type = "proef.volgorde", Json = "{}", AangemaaktOpUtc = moment });
            }

            return await db.SaveChangesAsync();
        });

        var gelezen = await MetOrganisatieAsync(db => db.Set<OutboxRegel>().AsNoTracking()
            .Where(o => o.Type == "proef.volgorde")
            .OrderBy(o => o.AangemaaktOpUtc).ThenBy(o => o.Id)
            .Select(o => o.Sleutel)
            .ToListAsync());
        Assert.Equal(sleutels, gelezen);
    }

    // Organisatie raises events (trekker appointments), so its context maps an outbox; reached by its registration.
    private Task<T> MetOrganisatieAsync<T>(Func<DbContext, Task<T>> werk) => Fabriek.MetDienstAsync(d =>
        werk((DbContext)d.GetRequiredService(d.GetServices<IModuleDatabase>().Single(m => m.Module == "Organisatie").ContextType)));
}

public sealed class OutboxvolgordeTests_Sqlite(SqliteFabriek fabriek) : OutboxvolgordeTests<SqliteFabriek>(fabriek);

public sealed class OutboxvolgordeTests_Postgres(PostgresFabriek fabriek) : OutboxvolgordeTests<PostgresFabriek>(fabriek);
