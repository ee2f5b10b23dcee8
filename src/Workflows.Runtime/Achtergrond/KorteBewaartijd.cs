using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// A finished run of a frequent job is kept ten minutes instead of Hangfire's day: three jobs a second would otherwise
/// leave a quarter of a million rows a day in the application's own database.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KorteBewaartijdAttribute : JobFilterAttribute, IApplyStateFilter
{
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(10);

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) =>
        context.JobExpirationTimeout = Bewaartijd;

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
