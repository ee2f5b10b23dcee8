using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>The cycle year a task belongs to: the year (in Amsterdam) of its instance's start. Behind an interface so forms can be tested without a database.</summary>
internal interface ICyclusjaar
{
    Task<int> VanInstantieAsync(Guid instantieId, CancellationToken cancellationToken);
}

/// <summary>
/// Reads the start from the runtime's own table. Cyclus may: it hosts the runtime. A child instance (per directie) has
/// the same start moment as its parent, so no walk up is needed.
/// </summary>
internal sealed class CyclusjaarUitInstantie(WorkflowDbContext db) : ICyclusjaar
{
    public async Task<int> VanInstantieAsync(Guid instantieId, CancellationToken cancellationToken)
    {
        var gestart = await db.Instanties.AsNoTracking().Where(i => i.Id == instantieId).Select(i => i.GestartOpUtc).FirstAsync(cancellationToken);
        return Tijd.InAmsterdam(gestart).Year;
    }
}
