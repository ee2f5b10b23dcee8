using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.Lezen;

internal sealed record Bijlagegegevens(
    Guid Id, string Bestandsnaam, long Grootte, DateTime GeuploadOpUtc, string Door, DateTime? VerwijderdOpUtc, string? VerwijderdDoor)
{
    public bool IsVerwijderd => VerwijderdOpUtc is not null;
}

internal sealed record Versieverschil(Planversie Versie, IReadOnlyList<string> Zinnen);

/// <summary>Everything a page shows of one plan, computed once: action due dates and lateness, the budget and its discrepancies, the history.</summary>
internal sealed record Planweergave(
    Actieplan Plan,
    DirectieGegevens Directie,
    Planversie Laatste,
    Planinhoud Inhoud,
    IReadOnlyDictionary<string, Voortgang> Voortgang,
    IReadOnlyList<Actiestand> Acties,
    Begrotingsuitkomst Begroting,
    IReadOnlyList<RolGegevens> Trekkers,
    decimal? WerkgroepUren,
    IReadOnlyList<Bijlagegegevens> Bijlagen,
    IReadOnlyList<Plangebeurtenis> Historie,
    IReadOnlyList<Versieverschil> Versies)
{
    public Planversie? Goedgekeurd => Versies.Select(v => v.Versie).LastOrDefault(v => v.Status == VersieStatus.Goedgekeurd);
}

internal sealed class Planlezer(ActieplannenDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public async Task<Planweergave?> LeesAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        var plan = await db.Actieplannen.AsNoTracking().FirstOrDefaultAsync(p => p.DirectieId == directieId && p.Jaar == jaar, ct);
        var directie = await organisatie.DirectieAsync(directieId, ct);
        if (plan is null || directie is null)
        {
            return null;
        }

        var versies = await db.Versies.AsNoTracking().Where(v => v.ActieplanId == plan.Id).OrderBy(v => v.Nummer).ToListAsync(ct);
        var laatste = versies[^1];
        var inhoud = laatste.Inhoud;
        var voortgang = await VoortgangAsync(plan.Id, ct);
        var vandaag = klok.Vandaag();
        var acties = inhoud.AlleActies().Select(a => Voortgangsregels.Stand(a, voortgang.GetValueOrDefault(a.Sleutel), inhoud.Ankers, vandaag)).ToList();
        var trekkers = await organisatie.TrekkersAsync(directieId, vandaag, ct);
        var werkgroepUren = inhoud.Werkgroep.Any(w => w.UrenPerWeek is not null)
            ? inhoud.Werkgroep.Sum(w => w.UrenPerWeek ?? 0) + trekkers.Sum(t => t.UrenPerWeek ?? 0)
            : (decimal?)null;
        var bijlagen = await db.Bijlagen.AsNoTracking().Where(b => b.ActieplanId == plan.Id).OrderBy(b => b.GeuploadOpUtc)
            .Select(b => new Bijlagegegevens(b.Id, b.Bestandsnaam, b.Grootte, b.GeuploadOpUtc, b.Door, b.VerwijderdOpUtc, b.VerwijderdDoor)).ToListAsync(ct);
        var historie = await db.Gebeurtenissen.AsNoTracking().Where(g => g.ActieplanId == plan.Id).OrderByDescending(g => g.Id).ToListAsync(ct);
        var verschillen = versies.Select((v, i) => new Versieverschil(v, i == 0 ? [] : Wijzigingen.Beschrijf(versies[i - 1].Inhoud, v.Inhoud))).ToList();
        return new Planweergave(plan, directie, laatste, inhoud, voortgang, acties, Begrotingscontrole.Bereken(inhoud.Begroting, werkgroepUren),
            trekkers, werkgroepUren, bijlagen, historie, verschillen);
    }

    public async Task<Dictionary<string, Voortgang>> VoortgangAsync(Guid planId, CancellationToken ct) =>
        (await db.Voortgang.AsNoTracking().Where(v => v.ActieplanId == planId).OrderBy(v => v.Id).ToListAsync(ct))
            .GroupBy(v => v.ActieSleutel)
            .ToDictionary(g => g.Key, g => g.Last() is var l ? new Voortgang(l.Status, l.Notitie, l.BijgewerktOpUtc) : null!, StringComparer.Ordinal);
}
