using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Bench;

internal sealed record DoorvoerResultaat(
    int Eenheden,
    int Starts,
    int TakenAangemaakt,
    FaseTijd EngineAanmaken,
    double RijenPerTaak,
    int RuwIngevoegd,
    FaseTijd RuwInvoegen,
    int TakenVoltooid,
    FaseTijd EngineVoltooien,
    int RuwBijgewerkt,
    FaseTijd RuwBijwerken)
{
    public double AanmakenPerSeconde => TakenAangemaakt / EngineAanmaken.Wand.TotalSeconds;

    public double RuwInvoegenPerSeconde => RuwIngevoegd / RuwInvoegen.Wand.TotalSeconds;

    public double VoltooienPerSeconde => TakenVoltooid / EngineVoltooien.Wand.TotalSeconds;

    public double RuwBijwerkenPerSeconde => RuwBijgewerkt / RuwBijwerken.Wand.TotalSeconds;

    /// <summary>Engine rate divided by raw rate: 0.05 means the engine needs 20 times as long per task.</summary>
    public double VerhoudingAanmaken => AanmakenPerSeconde / RuwInvoegenPerSeconde;

    public double VerhoudingVoltooien => VoltooienPerSeconde / RuwBijwerkenPerSeconde;
}

/// <summary>
/// (b) Engine throughput on one fresh database, in this order:
/// 1. engine create: <c>starts</c> × StartAsync, each fanning out to N tasks (one transaction, one SaveChanges each);
/// 2. raw insert: as many <see cref="Taak"/> rows, filled as the engine fills them, with the same DbContext type and
///    batched the same way (one context and one SaveChanges per N rows);
/// 3. engine complete: VoltooiAsync (through the form) on every engine task, one transaction each;
/// 4. raw update: load one raw Taak row by id, mark it completed, SaveChanges — as many as step 3 completed.
/// </summary>
internal static class Doorvoer
{
    public static async Task<DoorvoerResultaat> DraaiAsync(BenchDatabase database, int eenheden, int doelTaken)
    {
        var runtime = new Runtime(database, eenheden, JaarSimulatie.Begin);
        await runtime.PubliceerAsync();
        var starts = Math.Max(1, (int)Math.Ceiling(doelTaken / (double)eenheden));

        var aanmaken = new Fase();
        await aanmaken.MeetAsync(async () =>
        {
            for (var i = 0; i < starts; i++)
            {
                await runtime.StartAsync(JaarSimulatie.Begin);
            }
        });

        var (takenAangemaakt, rijenPerTaak) = await Ruw.TelAsync(runtime);
        List<(Guid Id, string Bereik, int Versie)> engineTaken;
        await using (var db = runtime.Context())
        {
            engineTaken = [.. (await db.Taken.AsNoTracking().Select(t => new { t.Id, t.Bereik, t.Versie }).ToListAsync())
                .OrderBy(t => t.Bereik, StringComparer.Ordinal).Select(t => (t.Id, t.Bereik!, t.Versie))];
        }

        var (ruweIds, invoegen) = await Ruw.InvoegenAsync(runtime, starts);

        var teVoltooien = engineTaken;
        var voltooien = new Fase();
        await voltooien.MeetAsync(async () =>
        {
            foreach (var (id, bereik, versie) in teVoltooien)
            {
                await runtime.VoltooiAsync(id, bereik, versie);
            }
        });

        var bijwerken = await Ruw.BijwerkenAsync(runtime, ruweIds.Take(teVoltooien.Count));
        return new DoorvoerResultaat(eenheden, starts, takenAangemaakt, aanmaken.Tijd, rijenPerTaak,
            ruweIds.Count, invoegen, teVoltooien.Count, voltooien.Tijd, Math.Min(ruweIds.Count, teVoltooien.Count), bijwerken);
    }
}

/// <summary>The raw EF Core baseline: Taak rows written directly, without the engine.</summary>
internal static class Ruw
{
    /// <summary>The step id of raw rows, so the simulation can tell them from the engine's.</summary>
    public const string Stap = "ruw";

    /// <summary>Tasks and rows (all runtime tables) in the database, excluding raw rows; rows per task.</summary>
    public static async Task<(int Taken, double RijenPerTaak)> TelAsync(Runtime runtime)
    {
        await using var db = runtime.Context();
        var taken = await db.Taken.CountAsync(t => t.StapId != Stap);
        var rijen = await db.Instanties.LongCountAsync() + await db.Stappen.LongCountAsync() + taken + await db.Timers.LongCountAsync()
            + await db.Berichten.LongCountAsync() + await db.Gebeurtenissen.LongCountAsync() + await db.Outbox.LongCountAsync();
        return (taken, rijen / (double)taken);
    }

    /// <summary><paramref name="partijen"/> × N rows, one context and one SaveChanges per N, as one engine start saves.</summary>
    public static async Task<(List<Guid> Ids, FaseTijd Tijd)> InvoegenAsync(Runtime runtime, int partijen)
    {
        // Raw rows need an existing instance for their foreign key; one, outside the timing.
        var instantie = new Instantie { DefinitieId = BenchDefinitie.Id, DefinitieVersie = 1, GestartOpUtc = JaarSimulatie.Begin.UtcDateTime };
        await using (var db = runtime.Context())
        {
            db.Instanties.Add(instantie);
            await db.SaveChangesAsync();
        }

        var items = await runtime.Organisatie.ItemsAsync(default, default);
        var ids = new List<Guid>(partijen * items.Count);
        var fase = new Fase();
        await fase.MeetAsync(async () =>
        {
            for (var i = 0; i < partijen; i++)
            {
                await using var db = runtime.Context();
                foreach (var item in items)
                {
                    var taak = Taak(runtime, instantie.Id, item);
                    db.Taken.Add(taak);
                    ids.Add(taak.Id);
                }

                await db.SaveChangesAsync();
            }
        });
        return (ids, fase.Tijd);
    }

    /// <summary>Per row: a fresh context, load it by id, mark it completed, SaveChanges — as one completion saves one task.</summary>
    public static async Task<FaseTijd> BijwerkenAsync(Runtime runtime, IEnumerable<Guid> ids)
    {
        var fase = new Fase();
        await fase.MeetAsync(async () =>
        {
            foreach (var id in ids)
            {
                await using var db = runtime.Context();
                var taak = await db.Taken.FirstAsync(t => t.Id == id);
                taak.Status = TaakStatus.Voltooid;
                taak.VoltooidDoor = taak.ToegewezenAan;
                taak.VoltooidOpUtc = runtime.Klok.Nu.UtcDateTime;
                taak.Versie++;
                await db.SaveChangesAsync();
            }
        });
        return fase.Tijd;
    }

    private static Taak Taak(Runtime runtime, Guid instantieId, WorkflowItem item)
    {
        var directeur = runtime.Organisatie.Directeur(item.Sleutel);
        return new Taak
        {
            InstantieId = instantieId,
            StapId = Stap,
            Titel = "Benoem een trekker",
            Omschrijving = "Uw directie heeft geen trekker. Vul in wie de trekker wordt en met hoeveel uur per week.",
            Rol = "directeur",
            Bereik = item.Bereik,
            BereikOmschrijving = item.Omschrijving,
            Formulier = "trekker-benoemen",
            Kandidaten = [directeur.Id],
            ToegewezenAan = directeur.Id,
            DeadlineUtc = JaarSimulatie.Begin.AddDays(28).UtcDateTime,
            AangemaaktOpUtc = runtime.Klok.Nu.UtcDateTime,
        };
    }
}
