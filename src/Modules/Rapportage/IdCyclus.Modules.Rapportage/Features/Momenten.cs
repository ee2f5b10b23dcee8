using IdCyclus.Shared;

namespace IdCyclus.Modules.Rapportage.Features;

internal static class Momenten
{
    public static string Tekst(DateTime utc) => Tijd.InAmsterdam(utc).ToString("d MMMM yyyy HH:mm", Nederlands.Cultuur);
}
