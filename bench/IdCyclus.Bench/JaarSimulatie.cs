using System.Diagnostics;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Bench;

internal sealed record JaarResultaat(
    int Eenheden,
    int Maanden,
    FaseTijd Totaal,
    FaseTijd Starten,
    FaseTijd Timers,
    FaseTijd Outbox,
    FaseTijd Mail,
    FaseTijd Afronden,
    FaseTijd Volgende,
    int Taken,
    int TakenVoltooid,
    int TimersGevuurd,
    int TimersVervallen,
    int TimersOver,
    int Mails,
    int InApp,
    int Gebeurtenissen,
    int Klokmomenten,
    DateTimeOffset LaatsteMoment,
    long GealloceerdBytes,
    DoorvoerResultaat? Doorvoer);

/// <summary>
/// (a) The "Benoem een trekker"-like definition for N units over a year: start on Monday 5 January 2026 09:00, then move
/// the manual clock from event to event (the next planned timer, the next mail retry, the scripted completion), running
/// at every moment the rounds the Hangfire jobs run (timers, outbox, mail; 200 per round, until nothing is left). After 10
/// days the directeuren of half the units (every other unit) complete their task through the form; the other half run
/// through both reminders, the deadline and the three-rung escalation ladder.
/// With <c>metDoorvoer</c> (used at 100x, where a separate throughput run would double the cost of the fan-out) the
/// throughput figures of (b) are taken from this run: the start is the engine create, the completions are the engine
/// complete, and the raw insert and update run on this database right after each (they are left out of the counts).
/// </summary>
internal static class JaarSimulatie
{
    public static readonly DateTimeOffset Begin = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));

    private const int Partij = 200;

    public static async Task<JaarResultaat> DraaiAsync(BenchDatabase database, int eenheden, int maanden, bool metDoorvoer)
    {
        var runtime = new Runtime(database, eenheden, Begin);
        await runtime.PubliceerAsync();
        var eind = Begin.AddMonths(maanden);
        var afrondMoment = Begin.AddDays(10);
        var afgerond = false;
        var momenten = 1;
        var laatste = Begin;
        var (starten, timers, outbox, mail, afronden, volgende) = (new Fase(), new Fase(), new Fase(), new Fase(), new Fase(), new Fase());
        var totaal = new Stopwatch();
        var gealloceerd = GC.GetTotalAllocatedBytes(precise: false);
        var rijenPerTaak = 0.0;
        var ruw = (Ids: new List<Guid>(), Invoegen: default(FaseTijd), Bijwerken: default(FaseTijd));
        var voltooid = 0;

        totaal.Start();
        await starten.MeetAsync(() => runtime.StartAsync(Begin));
        if (metDoorvoer)
        {
            totaal.Stop();
            rijenPerTaak = (await Ruw.TelAsync(runtime)).RijenPerTaak;
            (ruw.Ids, ruw.Invoegen) = await Ruw.InvoegenAsync(runtime, 1);
            totaal.Start();
        }

        while (true)
        {
            int gedaan;
            do
            {
                gedaan = 0;
                gedaan += await timers.MeetAsync(async () => { await using var db = runtime.Context(); return await runtime.Motor(db).VuurAlleAsync(Partij, default); });
                gedaan += await outbox.MeetAsync(async () => { await using var db = runtime.Context(); return await runtime.OutboxBezorger(db).BezorgAsync(Partij, default); });
                gedaan += await mail.MeetAsync(async () => { await using var db = runtime.Context(); return await runtime.Bezorger(db).BezorgAsync(Partij, default); });
                laatste = gedaan > 0 ? runtime.Klok.Nu : laatste;
            }
            while (gedaan > 0);

            if (!afgerond && runtime.Klok.Nu >= afrondMoment)
            {
                afgerond = true;
                voltooid = await afronden.MeetAsync(() => RondHelftAfAsync(runtime));
                if (metDoorvoer)
                {
                    totaal.Stop();
                    ruw.Bijwerken = await Ruw.BijwerkenAsync(runtime, ruw.Ids.Take(voltooid));
                    totaal.Start();
                }

                continue;
            }

            var volgend = await volgende.MeetAsync(() => VolgendMomentAsync(runtime, afgerond ? null : afrondMoment));
            if (volgend is null || volgend >= eind)
            {
                break;
            }

            runtime.Klok.Nu = volgend.Value > runtime.Klok.Nu ? volgend.Value : runtime.Klok.Nu.AddMinutes(1);
            momenten++;
        }

        totaal.Stop();
        gealloceerd = GC.GetTotalAllocatedBytes(precise: false) - gealloceerd;
        // The phases cover all the work; the total's database and CPU figures are their sum (so the raw baseline and the
        // counting in between, outside the phases, stay out of them).
        var totaalTijd = new[] { starten, timers, outbox, mail, afronden, volgende }.Select(f => f.Tijd).Aggregate((a, b) => a + b) with { Wand = totaal.Elapsed };

        await using var telling = runtime.Context();
        var taken = await telling.Taken.CountAsync(t => t.StapId != Ruw.Stap);
        var gevuurd = await telling.Timers.CountAsync(t => t.Status == TimerStatus.Uitgevoerd);
        var vervallen = await telling.Timers.CountAsync(t => t.Status == TimerStatus.Vervallen);
        var over = await telling.Timers.CountAsync(t => t.Status == TimerStatus.Gepland);
        var inApp = await telling.Berichten.CountAsync(b => b.Kanaal == BerichtKanaal.InApp);
        var gebeurtenissen = await telling.Gebeurtenissen.CountAsync();
        var doorvoer = metDoorvoer
            ? new DoorvoerResultaat(eenheden, 1, taken, starten.Tijd, rijenPerTaak, ruw.Ids.Count, ruw.Invoegen, voltooid, afronden.Tijd, Math.Min(voltooid, ruw.Ids.Count), ruw.Bijwerken)
            : null;
        return new JaarResultaat(eenheden, maanden, totaalTijd, starten.Tijd, timers.Tijd, outbox.Tijd, mail.Tijd, afronden.Tijd, volgende.Tijd,
            taken, voltooid, gevuurd, vervallen, over, runtime.Verzender.Verzonden, inApp, gebeurtenissen, momenten, laatste, gealloceerd, doorvoer);
    }

    /// <summary>Every other open task (in unit order) is completed by its directeur, each in its own transaction.</summary>
    private static async Task<int> RondHelftAfAsync(Runtime runtime)
    {
        List<(Guid Id, string? Bereik, int Versie)> open;
        await using (var db = runtime.Context())
        {
            open = [.. (await db.Taken.AsNoTracking().Where(t => t.StapId != Ruw.Stap && t.Status != TaakStatus.Voltooid && t.Status != TaakStatus.Geannuleerd)
                .Select(t => new { t.Id, t.Bereik, t.Versie }).ToListAsync()).OrderBy(t => t.Bereik, StringComparer.Ordinal).Select(t => (t.Id, t.Bereik, t.Versie))];
        }

        var aantal = 0;
        for (var i = 0; i < open.Count; i += 2)
        {
            await runtime.VoltooiAsync(open[i].Id, open[i].Bereik!, open[i].Versie);
            aantal++;
        }

        return aantal;
    }

    private static async Task<DateTimeOffset?> VolgendMomentAsync(Runtime runtime, DateTimeOffset? afronden)
    {
        var nu = runtime.Klok.Nu.UtcDateTime;
        await using var db = runtime.Context();
        var timer = await db.Timers.Where(t => t.Status == TimerStatus.Gepland).OrderBy(t => t.MomentUtc).Select(t => (DateTime?)t.MomentUtc).FirstOrDefaultAsync();
        var mail = await db.Berichten.Where(b => b.Status == BerichtStatus.Wachtrij && b.VolgendePogingUtc > nu)
            .OrderBy(b => b.VolgendePogingUtc).Select(b => (DateTime?)b.VolgendePogingUtc).FirstOrDefaultAsync();
        var kandidaten = new[] { timer, mail }.Where(m => m is not null).Select(m => new DateTimeOffset(DateTime.SpecifyKind(m!.Value, DateTimeKind.Utc)))
            .Concat(afronden is { } a ? [a] : []).ToList();
        return kandidaten.Count == 0 ? null : kandidaten.Min();
    }
}
