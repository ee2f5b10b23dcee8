using IdCyclus.Shared;

namespace IdCyclus.Modules.Cyclus.Features;

internal static class Opmaak
{
    public static string Moment(DateTime utc) =>
        Tijd.InAmsterdam(utc).ToString("ddd d MMMM yyyy HH:mm", Nederlands.Cultuur);

    public static string? Moment(DateTime? utc) => utc is { } waarde ? Moment(waarde) : null;
}
