using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;

namespace IdCyclus.Modules.Opvolging.Features;

/// <summary>How the register's pages write dates and statuses.</summary>
internal static class Weergave
{
    public static string Datum(DateOnly datum) => Afspraakregels.Datum(datum);

    /// <summary>A CSS modifier per status, so "te laat" stands out by more than colour alone (the text says it too).</summary>
    public static string StatusKlasse(Afspraakstatus status) => $"idc-afspraakstatus idc-afspraakstatus--{Afspraakteksten.Code(status)}";

    public static string Deadline(Afspraakrij rij) =>
        rij.HuidigeDeadline == rij.OorspronkelijkeDeadline
            ? Datum(rij.HuidigeDeadline)
            : $"{Datum(rij.HuidigeDeadline)} (oorspronkelijk {Datum(rij.OorspronkelijkeDeadline)})";
}
