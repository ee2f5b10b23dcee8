using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Features;

internal static class Opmaak
{
    public static string Moment(DateTime utc) => Nederlands.DagMoment(utc);

    public static string? Moment(DateTime? utc) => utc is { } waarde ? Moment(waarde) : null;

    /// <summary>
    /// Where a notification in the application leads. A message that names a page of its own (a path here, such as a
    /// duidingsgesprek's page for its participants) goes there: its task may be someone else's, which the reader cannot open.
    /// Otherwise to its task; a workflow's own links are absolute, on the configured address, so they are not used here.
    /// </summary>
    public static string? Link(WorkflowBericht melding) => melding switch
    {
        { Link: ['/', not '/', ..] pad } => pad,
        { TaakId: { } taakId } => $"/taken/{taakId}",
        _ => null,
    };
}
