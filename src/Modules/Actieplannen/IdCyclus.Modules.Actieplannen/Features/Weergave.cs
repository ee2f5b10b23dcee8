using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Actieplannen.Features;

internal static class Weergave
{
    public static string Moment(DateTime utc) => Nederlands.Moment(utc);

    public static string Datum(DateOnly? datum) => datum is { } d ? Nederlands.Datum(d) : "onbekend";

    public static string Versiestatus(VersieStatus status) => status switch
    {
        VersieStatus.Concept => "concept",
        VersieStatus.Ingediend => "ingediend",
        _ => "goedgekeurd",
    };

    public static string Planstatus(PlanStatus status) => Wijzigingen.Statusnaam(status);
}
