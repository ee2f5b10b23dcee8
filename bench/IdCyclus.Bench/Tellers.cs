using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IdCyclus.Bench;

/// <summary>
/// Where the time goes on the database side: every SQL command and every commit EF Core sends, counted and timed by
/// EF Core's own interceptors. What a phase spends outside these is .NET work (EF Core change tracking and SQL
/// generation, the engine, templates). The benchmark is single-threaded, so plain fields suffice.
/// </summary>
internal sealed class Tellers : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly Tellers Globaal = new();

    public long Commandos { get; private set; }

    public TimeSpan CommandoTijd { get; private set; }

    public long Commits { get; private set; }

    public TimeSpan CommitTijd { get; private set; }

    public Stand Nu => new(Commandos, CommandoTijd, Commits, CommitTijd);

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Commando(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Commando(eventData.Duration);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Commando(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Commando(eventData.Duration);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Commando(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Commando(eventData.Duration);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Duration);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(eventData.Duration);

    private void Commando(TimeSpan duur)
    {
        Commandos++;
        CommandoTijd += duur;
    }

    private void Commit(TimeSpan duur)
    {
        Commits++;
        CommitTijd += duur;
    }

    /// <summary>A snapshot; subtract two to get what a phase cost.</summary>
    internal readonly record struct Stand(long Commandos, TimeSpan CommandoTijd, long Commits, TimeSpan CommitTijd)
    {
        public static Stand operator -(Stand a, Stand b) => new(a.Commandos - b.Commandos, a.CommandoTijd - b.CommandoTijd, a.Commits - b.Commits, a.CommitTijd - b.CommitTijd);

        public TimeSpan Database => CommandoTijd + CommitTijd;
    }
}

/// <summary>What one phase cost: wall time, and the database's share (commands, commits) of it.</summary>
internal readonly record struct FaseTijd(TimeSpan Wand, long Commandos, long Commits, TimeSpan Database, TimeSpan Cpu)
{
    /// <summary>Wall time not spent waiting for a command or a commit: EF Core and engine work in .NET.</summary>
    public TimeSpan DotNet => Wand - Database;

    public static FaseTijd operator +(FaseTijd a, FaseTijd b) =>
        new(a.Wand + b.Wand, a.Commandos + b.Commandos, a.Commits + b.Commits, a.Database + b.Database, a.Cpu + b.Cpu);
}

/// <summary>Accumulates wall time and database counters over the pieces of a phase.</summary>
internal sealed class Fase
{
    private readonly System.Diagnostics.Stopwatch _stopwatch = new();
    private Tellers.Stand _db;
    private TimeSpan _cpu;

    public FaseTijd Tijd => new(_stopwatch.Elapsed, _db.Commandos, _db.Commits, _db.Database, _cpu);

    public async Task<T> MeetAsync<T>(Func<Task<T>> werk)
    {
        var voor = Tellers.Globaal.Nu;
        var cpu = Cpu();
        _stopwatch.Start();
        try
        {
            return await werk();
        }
        finally
        {
            _stopwatch.Stop();
            _cpu += Cpu() - cpu;
            var verschil = Tellers.Globaal.Nu - voor;
            _db = new Tellers.Stand(_db.Commandos + verschil.Commandos, _db.CommandoTijd + verschil.CommandoTijd, _db.Commits + verschil.Commits, _db.CommitTijd + verschil.CommitTijd);
        }
    }

    /// <summary>CPU time of this process (all threads; the database server's is not in it).</summary>
    public static TimeSpan Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public async Task MeetAsync(Func<Task> werk) => await MeetAsync(async () =>
    {
        await werk();
        return 0;
    });
}
