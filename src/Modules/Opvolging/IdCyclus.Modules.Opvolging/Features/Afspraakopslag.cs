using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features;

/// <summary>A change to an existing agreement as every use case names it: which one, the version the person saw, who.</summary>
internal interface IAfspraakwijziging
{
    Guid AfspraakId { get; }

    int Versie { get; }

    Actor Door { get; }
}

/// <summary>
/// What every change to an agreement does the same way: load it as the rules see it, refuse a stale version, apply the
/// change with one history line, move the token. The use case only says what the rules are and what changes.
/// </summary>
internal sealed class Afspraakopslag(OpvolgingDbContext db, TimeProvider klok)
{
    public const string NietGevonden = "Deze afspraak bestaat niet (meer).";

    /// <param name="inbox">For an integration event: its key, recorded in the same (possibly retried) transaction.</param>
    public async Task<Resultaat<int>> WijzigAsync(
        IAfspraakwijziging wijziging,
        Func<Afspraak, DateOnly, IReadOnlyList<Fout>> regels,
        Func<Afspraakrij, DateOnly, Afspraakgebeurtenis> pasToe,
        CancellationToken ct,
        string? inbox = null) =>
        await db.VoerSerieelUitAsync(async () =>
        {
            NoteerInbox(inbox);
            var rij = await db.Afspraken.FirstOrDefaultAsync(a => a.Id == wijziging.AfspraakId, ct);
            if (rij is null)
            {
                return Resultaat<int>.Mislukt("", NietGevonden);
            }

            if (rij.Versie != wijziging.Versie)
            {
                return Resultaat<int>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            var vandaag = klok.Vandaag();
            var fouten = regels(Naar(rij, await VerschuivingenAsync(rij.Id, ct)), vandaag);
            if (fouten.Count > 0)
            {
                return Resultaat<int>.Mislukt(fouten);
            }

            var gebeurtenis = pasToe(rij, vandaag);
            db.Gebeurtenissen.Add(gebeurtenis);
            db.Entry(rij).Property(a => a.Versie).OriginalValue = wijziging.Versie;
            rij.Versie = wijziging.Versie + 1;
            MeldGewijzigd(rij);
            return Resultaat<int>.Gelukt(rij.Versie);
        }, ct);

    /// <summary>
    /// Notes an integration event's key inside the use case's serializable work: a retried transaction starts from a
    /// cleared change tracker, which would otherwise drop the row the inbox handler noted, and a redelivery would then
    /// change the agreement a second time.
    /// </summary>
    public void NoteerInbox(string? inbox)
    {
        if (inbox is not null)
        {
            Inbox.Noteer(db, inbox, klok);
        }
    }

    /// <summary>Adds a new agreement with its first history line; the directie's name and cluster are kept as they are today.</summary>
    public Afspraakrij VoegToe(
        Afspraaksoort soort, Afspraakbron bron, DirectieGegevens directie, PersoonGegevens eigenaar, string? omschrijving, decimal? minimaleUren,
        DateOnly vandaag, DateOnly deadline, Actor door, string tekst)
    {
        var rij = new Afspraakrij
        {
            Soort = soort, Bron = bron, DirectieId = directie.Id, DirectieNaam = directie.Weergavenaam, ClusterId = directie.ClusterId,
            EigenaarPersoonId = eigenaar.Id, EigenaarNaam = eigenaar.Naam, Omschrijving = omschrijving is { Length: > 0 } o ? o : null,
            MinimaleUren = minimaleUren, VastgelegdOp = vandaag, OorspronkelijkeDeadline = deadline, HuidigeDeadline = deadline,
            Versie = 1, VastgelegdDoor = door.Naam, VastgelegdOpUtc = klok.GetUtcNow().UtcDateTime,
        };
        db.Afspraken.Add(rij);
        db.Gebeurtenissen.Add(Gebeurtenis(rij.Id, Gebeurtenissoort.Vastgelegd, vandaag, door, tekst));
        MeldGewijzigd(rij);
        return rij;
    }

    /// <summary>
    /// Raises <see cref="AfspraakGewijzigd"/> in this unit of work (ADR 0020), after the version moved: the agreement's task
    /// follows from it (ADR 0023), and a change that rolls back raises nothing.
    /// </summary>
    public void MeldGewijzigd(Afspraakrij rij) =>
        db.Meld($"afspraak:{rij.Id}:v{rij.Versie}", new AfspraakGewijzigd(rij.Id, rij.Versie), klok.GetUtcNow().UtcDateTime);

    public Afspraakgebeurtenis Gebeurtenis(
        Guid afspraakId, Gebeurtenissoort soort, DateOnly op, Actor door, string tekst, DateOnly? deadlineVan = null, DateOnly? deadlineNaar = null) =>
        new()
        {
            AfspraakId = afspraakId, Soort = soort, Op = op, OpUtc = klok.GetUtcNow().UtcDateTime, Door = door.Naam, Tekst = tekst,
            DeadlineVan = deadlineVan, DeadlineNaar = deadlineNaar,
        };

    public async Task<IReadOnlyList<Deadlineverschuiving>> VerschuivingenAsync(Guid afspraakId, CancellationToken ct) =>
        (await db.Gebeurtenissen.AsNoTracking()
            .Where(g => g.AfspraakId == afspraakId && g.Soort == Gebeurtenissoort.Verschoven)
            .OrderBy(g => g.Id)
            .ToListAsync(ct))
        .Select(Verschuiving)
        .ToList();

    /// <summary>A history line of a move as the rules see it.</summary>
    public static Deadlineverschuiving Verschuiving(Afspraakgebeurtenis g) => new(g.DeadlineVan!.Value, g.DeadlineNaar!.Value, g.Tekst, g.Op, g.Door);

    /// <summary>The stored agreement as the pure rules see it.</summary>
    public static Afspraak Naar(Afspraakrij rij, IReadOnlyList<Deadlineverschuiving> verschuivingen) => new(
        rij.Soort,
        rij.Bron,
        rij.DirectieId,
        rij.VastgelegdOp,
        rij.OorspronkelijkeDeadline,
        rij.MinimaleUren,
        verschuivingen,
        rij.LaatsteVoortgangsmelding,
        rij.AfgeslotenAlsGedaan is { } gedaan ? new Afsluiting(gedaan, rij.AfgeslotenOp!.Value, rij.Afsluittekst ?? "", rij.AfgeslotenDoor ?? "") : null);
}
