using IdCyclus.Shared;

namespace IdCyclus.Modules.Rapportage.Features;

internal static class Momenten
{
    public static string Tekst(DateTime utc) => Nederlands.Moment(utc);
}
