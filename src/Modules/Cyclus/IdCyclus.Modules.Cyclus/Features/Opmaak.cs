using IdCyclus.Shared;

namespace IdCyclus.Modules.Cyclus.Features;

internal static class Opmaak
{
    public static string Moment(DateTime utc) => Nederlands.DagMoment(utc);

    public static string? Moment(DateTime? utc) => utc is { } waarde ? Moment(waarde) : null;
}
