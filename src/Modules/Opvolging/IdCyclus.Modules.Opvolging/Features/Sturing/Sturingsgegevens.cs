using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Sturing;

/// <summary>A proposed agreement with what the page shows next to it, and whether one of its kind is still open.</summary>
internal sealed record Sturingsregel(DirectieGegevens Directie, string Sectie, VoorgesteldeAfspraak Voorstel, bool HeeftLopendeAfspraak)
{
    public string Sleutel => $"{Directie.Id}:{Voorstel.Soort}";
}

/// <summary>
/// Gathers where each active directie stands (trekkers' hours from Organisatie, the plan's last approval from
/// Actieplannen) and turns the report's recommendation into proposals. Read again on every save, so what is recorded is
/// what the data says at that moment, never what a form claimed.
/// </summary>
internal sealed class Sturingsgegevens(IOrganisatieQueries organisatie, IActieplannenQueries actieplannen, OpvolgingDbContext db)
{
    public async Task<IReadOnlyList<Sturingsregel>> VoorstellenAsync(Urennorm norm, DateOnly vandaag, CancellationToken ct)
    {
        var directies = await organisatie.ActieveDirectiesAsync(vandaag, ct);
        var secties = await organisatie.RapportsectiesAsync(norm.Rapportjaar, ct);
        var plannen = (await actieplannen.HuidigeActieplannenAsync(ct)).ToDictionary(p => p.DirectieId);
        var lopend = (await db.Afspraken.AsNoTracking().Where(a => a.AfgeslotenAlsGedaan == null).Select(a => new { a.DirectieId, a.Soort }).ToListAsync(ct))
            .Select(a => (a.DirectieId, a.Soort)).ToHashSet();
        var standen = new List<DirectieStand>();
        foreach (var directie in directies)
        {
            var trekkers = await organisatie.TrekkersAsync(directie.Id, vandaag, ct);
            standen.Add(new DirectieStand(
                directie.Id, directie.Weergavenaam, trekkers.Select(t => t.UrenPerWeek ?? 0).ToList(),
                plannen.GetValueOrDefault(directie.Id)?.LaatstGoedgekeurdOp));
        }

        var perId = directies.ToDictionary(d => d.Id);
        Sturingsregel Regel(DirectieGegevens d, VoorgesteldeAfspraak v) =>
            new(d, secties.FirstOrDefault(s => s.Omvat(d))?.Naam ?? d.ClusterId, v, lopend.Contains((d.Id, v.Soort)));

        // An approval in the cycle's own year is up to date; anything older is what the recommendation is about.
        return Sturingsvoorstel.Voor(standen, norm, new DateOnly(vandaag.Year, 1, 1))
            .Select(v => Regel(perId[v.DirectieId], v))
            .OrderBy(r => r.Sectie, IdCyclus.Shared.Nederlands.Sortering)
            .ThenBy(r => r.Directie.Weergavenaam, IdCyclus.Shared.Nederlands.Sortering)
            .ToList();
    }
}
