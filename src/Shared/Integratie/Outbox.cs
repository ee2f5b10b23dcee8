using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Shared.Integratie;

public static class Outbox
{
    /// <summary>
    /// Raises an event inside the caller's unit of work: the row is only added to the change tracker, so it is stored
    /// by the same SaveChanges (and transaction) as the change itself. A rolled-back change therefore raises nothing,
    /// and a committed one is delivered even after a crash.
    /// </summary>
    /// <param name="sleutel">Unique for this event, e.g. "roltoewijzing:{id}:v{versie}".</param>
    public static void Meld<TGebeurtenis>(this DbContext db, string sleutel, TGebeurtenis gebeurtenis, DateTime nuUtc)
        where TGebeurtenis : IIntegratieGebeurtenis
    {
        var (type, json) = Integratieverdeling.Opslaan(gebeurtenis);
        db.Set<OutboxRegel>().Add(new OutboxRegel { Sleutel = sleutel, Type = type, Json = json, AangemaaktOpUtc = nuUtc });
    }
}
