using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features.Lezen;

internal sealed class ActieplannenQueries(ActieplannenDbContext db, Planlezer lezer, TimeProvider klok) : IActieplannenQueries
{
    public async Task<ActieplanSamenvatting?> HuidigActieplanAsync(Guid directieId, CancellationToken cancellationToken = default) =>
        (await SamenvattingenAsync(p => p.DirectieId == directieId, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ActieplanSamenvatting>> HuidigeActieplannenAsync(CancellationToken cancellationToken = default) =>
        await SamenvattingenAsync(_ => true, cancellationToken);

    public async Task<IReadOnlyList<InterviewSuggestie>> SuggestiesVoorInterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Actieplannen.AsNoTracking().Where(p => p.DirectieId == directieId && p.Jaar <= jaar)
            .OrderByDescending(p => p.Jaar).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return [new InterviewSuggestie("5", 0, $"Er staat geen actieplan van deze directie in IdCyclus (tot en met {jaar}).")];
        }

        var versies = await db.Versies.AsNoTracking().Where(v => v.ActieplanId == plan.Id).OrderBy(v => v.Nummer).ToListAsync(cancellationToken);
        var goedgekeurd = versies.LastOrDefault(v => v.Status == VersieStatus.Goedgekeurd);
        var versie = goedgekeurd ?? versies[^1];
        var weergave = await lezer.LeesAsync(plan.Jaar, directieId, cancellationToken);
        return Interviewsuggesties.Voor(plan.Jaar, versie.Nummer, versie.GoedgekeurdOp, versie.Inhoud, weergave?.Trekkers.Sum(t => t.UrenPerWeek ?? 0));
    }

    public async Task<IReadOnlyList<ActieplanFout>> ControleerKwartaalupdateAsync(
        Guid directieId, DateTimeOffset sinds, CancellationToken cancellationToken = default)
    {
        var plan = await db.Actieplannen.AsNoTracking()
            .Where(p => p.DirectieId == directieId)
            .OrderByDescending(p => p.Jaar)
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return [new ActieplanFout("", "Deze directie heeft geen actieplan in IdCyclus; er is geen voortgang bij te werken.")];
        }

        var versie = await db.Versies.AsNoTracking().Where(v => v.ActieplanId == plan.Id).OrderByDescending(v => v.Nummer).FirstAsync(cancellationToken);
        var voortgang = await lezer.VoortgangAsync(plan.Id, cancellationToken);
        return Voortgangsregels.ControleerKwartaalupdate(versie.Inhoud.AlleActies(), voortgang, sinds.UtcDateTime)
            .Select(f => new ActieplanFout(f.Veld, f.Melding)).ToList();
    }

    private async Task<IReadOnlyList<ActieplanSamenvatting>> SamenvattingenAsync(
        System.Linq.Expressions.Expression<Func<Actieplan, bool>> filter, CancellationToken ct)
    {
        var plannen = (await db.Actieplannen.AsNoTracking().Where(filter).ToListAsync(ct))
            .GroupBy(p => p.DirectieId).Select(g => g.MaxBy(p => p.Jaar)!).ToList();
        var ids = plannen.Select(p => p.Id).ToList();
        var versies = (await db.Versies.AsNoTracking().Where(v => ids.Contains(v.ActieplanId)).ToListAsync(ct)).ToLookup(v => v.ActieplanId);
        var uitkomst = new List<ActieplanSamenvatting>();
        var vandaag = klok.Vandaag();
        foreach (var plan in plannen)
        {
            var lijst = versies[plan.Id].OrderBy(v => v.Nummer).ToList();
            var laatste = lijst[^1];
            var goedgekeurd = lijst.LastOrDefault(v => v.Status == VersieStatus.Goedgekeurd);
            var inhoud = laatste.Inhoud;
            var voortgang = await lezer.VoortgangAsync(plan.Id, ct);
            var standen = inhoud.AlleActies().Select(a => Voortgangsregels.Stand(a, voortgang.GetValueOrDefault(a.Sleutel), inhoud.Ankers, vandaag)).ToList();
            var status = goedgekeurd?.Inhoud.Status ?? inhoud.Status;
            uitkomst.Add(new ActieplanSamenvatting(plan.Id, plan.Jaar, plan.DirectieId, (int)status, Wijzigingen.Statusnaam(status), laatste.Nummer,
                Weergave.Versiestatus(laatste.Status), goedgekeurd is not null, standen.Count(s => Voortgangsregels.IsOpen(s.Status)),
                standen.Count(s => s.IsAchterstallig), new DateTimeOffset(DateTime.SpecifyKind(plan.LaatstBijgewerktOpUtc, DateTimeKind.Utc)),
                goedgekeurd?.GoedgekeurdOp));
        }

        return uitkomst;
    }
}
