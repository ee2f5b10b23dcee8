namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>Organisatie recorded a trekker for a directie, or changed a trekker's hours (both arrive as events).</summary>
internal sealed record TrekkerVastgelegd(Guid DirectieId, string Naam, decimal UrenPerWeek, DateOnly VastgelegdOp);

/// <summary>Actieplannen approved a version of a directie's plan.</summary>
internal sealed record ActieplanversieGoedgekeurd(Guid DirectieId, int Jaar, int Versie, DateOnly GoedgekeurdOp);

/// <summary>Why the system marked an agreement done: the day and the evidence the register shows.</summary>
internal sealed record Vervulling(DateOnly Op, string Bewijs);

/// <summary>
/// Decides whether an event from another module fulfils an agreement the system checks itself. Pure, so the rules are
/// tested without events or a database; the handler only finds the open agreements of the directie and applies this.
/// </summary>
internal static class Systeemcontrole
{
    /// <summary>
    /// One trekker with at least the agreed hours fulfils it; two trekkers of 4 hours do not, because the report's
    /// recommendation is "een trekker met minimaal 8 uur" (one person who has the time), not hours in total.
    /// A trekker recorded before the agreement does not count: the sturing proposal only makes this agreement where
    /// no such trekker existed, so an earlier record is one the agreement already knew about.
    /// </summary>
    public static Vervulling? Beoordeel(Afspraak afspraak, TrekkerVastgelegd trekker)
    {
        if (afspraak.IsAfgesloten || afspraak.Soort != Afspraaksoort.TrekkerBenoemd || afspraak.DirectieId != trekker.DirectieId)
        {
            return null;
        }

        if (trekker.UrenPerWeek < (afspraak.MinimaleUren ?? 0) || trekker.VastgelegdOp < afspraak.VastgelegdOp)
        {
            return null;
        }

        return new Vervulling(
            trekker.VastgelegdOp,
            $"Trekker {trekker.Naam} met {Uren(trekker.UrenPerWeek)} per week vastgelegd op {IdCyclus.Shared.Nederlands.Datum(trekker.VastgelegdOp)}.");
    }

    /// <summary>
    /// A version approved on or after the day of the agreement is "geactualiseerd"; an older approval is what prompted it.
    /// The same day counts, like the trekker rule: the event carries a day, and an update approved right after the GMT
    /// meeting is exactly what the agreement asked for.
    /// </summary>
    public static Vervulling? Beoordeel(Afspraak afspraak, ActieplanversieGoedgekeurd versie)
    {
        if (afspraak.IsAfgesloten || afspraak.Soort != Afspraaksoort.ActieplanOpgeleverd || afspraak.DirectieId != versie.DirectieId)
        {
            return null;
        }

        return versie.GoedgekeurdOp < afspraak.VastgelegdOp
            ? null
            : new Vervulling(
                versie.GoedgekeurdOp,
                $"Actieplan {versie.Jaar} versie {versie.Versie} goedgekeurd op {IdCyclus.Shared.Nederlands.Datum(versie.GoedgekeurdOp)}.");
    }

    internal static string Uren(decimal uren) => uren == 1 ? "1 uur" : $"{uren.ToString("0.#", IdCyclus.Shared.Nederlands.Cultuur)} uur";
}
