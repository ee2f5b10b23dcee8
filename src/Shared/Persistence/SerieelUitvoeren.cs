using System.Data;
using IdCyclus.Shared.Validation;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IdCyclus.Shared.Persistence;

public static class SerieelUitvoeren
{
    public const string ConflictMelding =
        "Iemand anders heeft deze gegevens gewijzigd terwijl u bezig was. Uw invoer staat hieronder nog; bekijk de actuele gegevens en sla opnieuw op.";

    /// <summary>
    /// Runs a check-then-write use case in a serializable transaction, so that two people making conflicting changes at
    /// the same moment cannot both pass the rules. A serialization failure is retried once; a stale version (optimistic
    /// concurrency) becomes a Dutch conflict message on the field "Versie", never a silent overwrite.
    /// </summary>
    public static async Task<Resultaat<T>> VoerSerieelUitAsync<T>(
        this DbContext db, Func<Task<Resultaat<T>>> werk, CancellationToken cancellationToken)
    {
        for (var poging = 1; ; poging++)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            try
            {
                var resultaat = await werk();
                if (!resultaat.IsGelukt)
                {
                    await transactie.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return resultaat;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transactie.CommitAsync(cancellationToken);
                return resultaat;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Resultaat<T>.Mislukt("Versie", ConflictMelding);
            }
            catch (Exception ex) when (poging == 1 && IsSerialisatieConflict(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Npgsql's EF provider wraps the server's 40001 in a DbUpdateException, itself wrapped as "transient". SQL Server
    /// enforces serializable with range locks, so the same conflict arrives there as deadlock victim 1205.
    /// </summary>
    private static bool IsSerialisatieConflict(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure } or SqlException { Number: 1205 })
            {
                return true;
            }
        }

        return false;
    }
}
