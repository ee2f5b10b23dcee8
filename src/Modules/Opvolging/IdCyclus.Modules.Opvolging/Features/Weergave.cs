using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Opvolging.Features;

/// <summary>How the register's pages write statuses and deadlines (dates in the house format of Nederlands.Datum).</summary>
internal static class Weergave
{
    /// <summary>A CSS modifier per status, so "te laat" stands out by more than colour alone (the text says it too).</summary>
    public static string StatusKlasse(Afspraakstatus status) => $"idc-afspraakstatus idc-afspraakstatus--{Afspraakteksten.Code(status)}";

    public static string Deadline(Afspraakrij rij) =>
        rij.HuidigeDeadline == rij.OorspronkelijkeDeadline
            ? Nederlands.Datum(rij.HuidigeDeadline)
            : $"{Nederlands.Datum(rij.HuidigeDeadline)} (oorspronkelijk {Nederlands.Datum(rij.OorspronkelijkeDeadline)})";
}
