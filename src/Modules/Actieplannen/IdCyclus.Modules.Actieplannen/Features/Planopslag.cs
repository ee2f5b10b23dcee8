using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Features;

/// <summary>What every change to a plan does the same way: find it with its latest version, check the token, log the change.</summary>
internal static class Planopslag
{
    public static async Task<(Actieplan? Plan, Planversie? Laatste)> LaadAsync(ActieplannenDbContext db, Guid directieId, int jaar, CancellationToken ct)
    {
        var plan = await db.Actieplannen.FirstOrDefaultAsync(p => p.DirectieId == directieId && p.Jaar == jaar, ct);
        var laatste = plan is null ? null : await db.Versies.Where(v => v.ActieplanId == plan.Id).OrderByDescending(v => v.Nummer).FirstOrDefaultAsync(ct);
        return (plan, laatste);
    }

    /// <summary>Marks the plan changed: the token moves on, and a stale token makes the save fail instead of overwriting.</summary>
    public static void Wijzig(ActieplannenDbContext db, Actieplan plan, int verwachteVersie, DateTime nu)
    {
        db.Entry(plan).Property(p => p.Versie).OriginalValue = verwachteVersie;
        plan.Versie = verwachteVersie + 1;
        plan.LaatstBijgewerktOpUtc = nu;
    }

    public static void Log(ActieplannenDbContext db, Guid planId, string door, string tekst, DateTime nu) =>
        db.Gebeurtenissen.Add(new Plangebeurtenis { ActieplanId = planId, Door = door, Tekst = tekst, MomentUtc = nu });

    public static Resultaat<T> Conflict<T>() => Resultaat<T>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
}
