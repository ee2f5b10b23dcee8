using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// One value in the database that every module write changes, right after it committed, on whichever host (ADR 0030).
/// A read model cached under a stamp is current while the stamp is the same, provided the stamp was read BEFORE the
/// data: a commit after that read is followed by a new stamp. Each change writes a fresh random value rather than a
/// count, so a database put back to an earlier copy (the tests' reset) can never repeat a stamp a cache still holds.
/// </summary>
public interface IWijzigingsstempel
{
    /// <summary>The current stamp; null when this database keeps none (then nothing may be cached).</summary>
    ValueTask<string?> LeesAsync(CancellationToken ct);

    /// <summary>
    /// Gives the stamp a new value; called by <see cref="Wijzigingsmelder"/> after a write has committed, on the writer's
    /// own open connection when it has one (so it has that connection's settings, such as the simulation's
    /// <c>synchronous=OFF</c>), else on a connection of its own.
    /// </summary>
    Task VernieuwAsync(CancellationToken ct, DbConnection? open = null);
}

public static class Wijzigingsstempels
{
    private static readonly ConcurrentDictionary<(DatabaseProvider, string), IWijzigingsstempel> Stempels = new();
    private static readonly ConcurrentDictionary<IWijzigingsstempel, Wijzigingsmelder> Melders = new();

    /// <summary>
    /// The stamp of one database. It holds no state of its own (the value lives in the database), so every host and
    /// DbContext on the same connection string may share the instance.
    /// </summary>
    public static IWijzigingsstempel Voor(DatabaseProvider provider, string verbinding) =>
        Stempels.GetOrAdd((provider, verbinding), sleutel => sleutel.Item1 switch
        {
            DatabaseProvider.Sqlite when IsInMemory(sleutel.Item2) => new GeenWijzigingsstempel(),
            DatabaseProvider.Sqlite or DatabaseProvider.Postgres => new DatabaseWijzigingsstempel(sleutel.Item1, sleutel.Item2),
            _ => new GeenWijzigingsstempel(),
        });

    /// <summary>The one interceptor per database, so a write and its commit meet the same one whatever scope built the options.</summary>
    public static Wijzigingsmelder MelderVoor(DatabaseProvider provider, string verbinding) =>
        Melders.GetOrAdd(Voor(provider, verbinding), stempel => new Wijzigingsmelder(stempel));

    // An in-memory database lives and dies with one connection: there is no second reader to keep a cache for.
    private static bool IsInMemory(string verbinding)
    {
        var opbouw = new SqliteConnectionStringBuilder(verbinding);
        return opbouw.Mode == SqliteOpenMode.Memory || opbouw.DataSource is "" or ":memory:";
    }

    /// <summary>Makes the database's stamp available to the read models (registered once, by the first module).</summary>
    public static IServiceCollection TryAddWijzigingsstempel(this IServiceCollection services, DatabaseProvider provider, string verbinding)
    {
        services.TryAddSingleton(Voor(provider, verbinding));
        return services;
    }
}

/// <summary>
/// The stamp as one row in a table of its own (<c>stempel_wijzigingen</c> on SQLite, <c>stempel.wijzigingen</c> on
/// PostgreSQL). It is infrastructure like the job store, not a module's data, so it is created here when missing
/// instead of by a module's migrations (ADR 0030). A renewal is its own short statement after the change committed,
/// never part of the change's serializable transaction: two changes at once must not conflict on this row.
/// </summary>
internal sealed class DatabaseWijzigingsstempel(DatabaseProvider provider, string verbinding) : IWijzigingsstempel
{
    private readonly string _tabel = provider == DatabaseProvider.Sqlite ? "stempel_wijzigingen" : "stempel.wijzigingen";
    private volatile bool _aangelegd;

    public async ValueTask<string?> LeesAsync(CancellationToken ct) =>
        await VoerUitAsync(async verbinding =>
        {
            await using var vraag = verbinding.CreateCommand();
            vraag.CommandText = $"SELECT versie FROM {_tabel} WHERE id = 1";
            return Convert.ToString(await vraag.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }, ct);

    public async Task VernieuwAsync(CancellationToken ct, DbConnection? open = null) =>
        await VoerUitAsync(async verbinding =>
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = $"UPDATE {_tabel} SET versie = @versie WHERE id = 1";
            var versie = opdracht.CreateParameter();
            versie.ParameterName = "versie";
            versie.Value = Random.Shared.NextInt64();
            opdracht.Parameters.Add(versie);
            return await opdracht.ExecuteNonQueryAsync(ct);
        }, ct, open);

    // The table is made on first use, and again when it vanished (a database replaced by a copy made before it existed).
    private async Task<T> VoerUitAsync<T>(Func<DbConnection, Task<T>> werk, CancellationToken ct, DbConnection? open = null)
    {
        await using var eigen = open is { State: System.Data.ConnectionState.Open } ? null : Open();
        var verbinding = eigen ?? open!;
        if (eigen is not null)
        {
            await eigen.OpenAsync(ct);
        }

        if (!_aangelegd)
        {
            await LegAanAsync(verbinding, ct);
        }

        try
        {
            return await werk(verbinding);
        }
        catch (DbException) when (_aangelegd)
        {
            await LegAanAsync(verbinding, ct);
            return await werk(verbinding);
        }
    }

    private DbConnection Open() => provider == DatabaseProvider.Sqlite ? new SqliteConnection(verbinding) : new NpgsqlConnection(verbinding);

    private async Task LegAanAsync(DbConnection verbinding, CancellationToken ct)
    {
        try
        {
            await LegAanEenmaalAsync(verbinding, ct);
        }
        catch (DbException)
        {
            // Two hosts creating it at the same moment: one wins, the other finds it made.
            await LegAanEenmaalAsync(verbinding, ct);
        }

        _aangelegd = true;
    }

    private async Task LegAanEenmaalAsync(DbConnection verbinding, CancellationToken ct)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = (provider == DatabaseProvider.Sqlite ? "" : "CREATE SCHEMA IF NOT EXISTS stempel; ")
            + $"CREATE TABLE IF NOT EXISTS {_tabel} (id integer PRIMARY KEY, versie bigint NOT NULL); "
            + $"INSERT INTO {_tabel} (id, versie) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;";
        await opdracht.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>SQL Server (only migrations are generated for it here): no stamp, so every read goes to the database.</summary>
internal sealed class GeenWijzigingsstempel : IWijzigingsstempel
{
    public ValueTask<string?> LeesAsync(CancellationToken ct) => ValueTask.FromResult<string?>(null);

    public Task VernieuwAsync(CancellationToken ct, DbConnection? open = null) => Task.CompletedTask;
}
