using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>The cycle year a task belongs to: the year (in Amsterdam) of its instance's start. Behind an interface so
/// forms can be tested without a database.</summary>
internal interface ICyclusjaar
{
    Task<int> VanInstantieAsync(Guid instantieId, CancellationToken cancellationToken);

    /// <summary>For a form: from the start moment the engine gives it, without reading the instance again.</summary>
    int Van(FormulierContext context);
}

/// <summary>
/// Reads the start through the runtime's read API. A child instance (per directie) has the same start moment as its
/// parent, so no walk up is needed.
/// </summary>
internal sealed class CyclusjaarUitInstantie(IWorkflowLezer lezer) : ICyclusjaar
{
    public async Task<int> VanInstantieAsync(Guid instantieId, CancellationToken cancellationToken)
    {
        var gestart = (await lezer.InstantieAsync(instantieId, cancellationToken))!.GestartOpUtc;
        return Jaar(gestart);
    }

    public int Van(FormulierContext context) => Jaar(context.InstantieGestart.UtcDateTime);

    private static int Jaar(DateTime gestartUtc) => Tijd.InAmsterdam(gestartUtc).Year;
}
