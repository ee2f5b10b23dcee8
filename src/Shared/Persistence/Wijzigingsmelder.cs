using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// Renews the <see cref="IWijzigingsstempel"/> after every committed write of a module's DbContext (ADR 0030): SaveChanges,
/// ExecuteUpdate/ExecuteDelete and raw SQL alike, because it looks at the commands themselves. A write inside a transaction
/// renews at the commit (a rolled-back one not at all); a write outside one renews once its statement has finished: a
/// non-query at once, a write that returns rows (SQLite's and PostgreSQL's <c>RETURNING</c>) when its connection is
/// being closed, because SQLite commits such a statement only when its reader is done. Renewing is awaited, so the request that
/// changed something returns only after the stamp did.
/// </summary>
public sealed class Wijzigingsmelder(IWijzigingsstempel stempel) : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly object Vuil = new();

    // Transactions and connections with a write that has not yet renewed the stamp; weak, so nothing is kept alive.
    private readonly ConditionalWeakTable<object, object> _wachtend = [];

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        NaOpdracht(command, klaar: true).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await NaOpdracht(command, klaar: true);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        NaOpdracht(command, klaar: false).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await NaOpdracht(command, klaar: false);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Vernieuw(transaction, eventData.Context?.Database.GetDbConnection()).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Vernieuw(transaction, eventData.Context?.Database.GetDbConnection());

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _wachtend.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _wachtend.Remove(transaction);
        return Task.CompletedTask;
    }

    // Closing, not closed: the write's reader is disposed by now (so SQLite has committed it) and the connection still open.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Vernieuw(connection, connection).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        await Vernieuw(connection, connection);
        return result;
    }

    /// <summary>Whether a command changes data: INSERT, UPDATE, DELETE (or an upsert), after any leading comment lines.</summary>
    public static bool IsSchrijvend(string sql)
    {
        var tekst = sql.AsSpan().TrimStart();
        while (tekst.StartsWith("--"))
        {
            var einde = tekst.IndexOf('\n');
            tekst = einde < 0 ? [] : tekst[(einde + 1)..].TrimStart();
        }

        return tekst.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || tekst.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || tekst.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || tekst.StartsWith("MERGE", StringComparison.OrdinalIgnoreCase)
            || tekst.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private Task NaOpdracht(DbCommand command, bool klaar)
    {
        if (!IsSchrijvend(command.CommandText))
        {
            return Task.CompletedTask;
        }

        if (command.Transaction is { } transactie)
        {
            _wachtend.AddOrUpdate(transactie, Vuil);
            return Task.CompletedTask;
        }

        if (klaar)
        {
            return stempel.VernieuwAsync(CancellationToken.None, command.Connection);
        }

        if (command.Connection is { } verbinding)
        {
            _wachtend.AddOrUpdate(verbinding, Vuil);
        }

        return Task.CompletedTask;
    }

    private Task Vernieuw(object transactieOfVerbinding, DbConnection? open) =>
        _wachtend.Remove(transactieOfVerbinding) ? stempel.VernieuwAsync(CancellationToken.None, open) : Task.CompletedTask;
}
