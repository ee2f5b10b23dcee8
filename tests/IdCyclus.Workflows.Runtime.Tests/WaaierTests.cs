using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// A fan-out over many items followed by a join: the fan-out step must complete exactly once, when the last child
/// completes, whether the children complete in later operations (tasks) or inside the start itself (notifications).
/// </summary>
public sealed class WaaierTests : IDisposable
{
    private const int Eenheden = 30;
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly Testomgeving _omgeving = new(Start);

    public WaaierTests() => _omgeving.Organisatie.Aantal = Eenheden;

    [Fact]
    public async Task De_waaier_is_pas_klaar_als_de_laatste_taak_is_afgerond_en_de_samenvoeging_volgt_precies_een_keer()
    {
        await _omgeving.PubliceerAsync("waaier-taken.json");
        var ouder = await StartAsync("waaier-taken");
        var taken = await _omgeving.MetAsync(
            (_, db) => db.Taken.AsNoTracking().OrderByDescending(t => t.AangemaaktOpUtc).ThenByDescending(t => t.Bereik).ToListAsync());
        Assert.Equal(Eenheden, taken.Count);
        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "aankondigen"));

        foreach (var taak in taken.SkipLast(1))
        {
            await VoltooiAsync(taak);
            Assert.Equal(StapToestand.Actief, await ToestandAsync(ouder, "per-eenheid"));
        }

        Assert.Equal(StapToestand.Wachtend, await ToestandAsync(ouder, "samen"));
        Assert.Equal(0, await AantalAsync(ouder, "samengevoegd"));
        Assert.Equal(InstantieStatus.Actief, (await InstantieAsync(ouder)).Status);

        await VoltooiAsync(taken[^1]);

        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "per-eenheid"));
        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "samen"));
        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "afsluiten"));
        Assert.Equal(InstantieStatus.Voltooid, (await InstantieAsync(ouder)).Status);
        Assert.Equal(1, await AantalAsync(ouder, "samengevoegd"));
        Assert.Equal(1, await AantalAsync(ouder, "voltooid"));
        Assert.Equal(2, await _omgeving.MetAsync((_, db) => db.Berichten.CountAsync(b => b.Sleutel.StartsWith($"melding:{ouder:N}:afsluiten:"))));
        await AlleKinderenEenKeerVoltooidAsync(ouder);
    }

    [Fact]
    public async Task Kinderen_die_bij_de_start_al_klaar_zijn_voltooien_de_waaier_en_de_samenvoeging_precies_een_keer()
    {
        await _omgeving.PubliceerAsync("waaier-meldingen.json");
        var ouder = await StartAsync("waaier-meldingen");

        Assert.Equal(InstantieStatus.Voltooid, (await InstantieAsync(ouder)).Status);
        foreach (var stap in new[] { "per-eenheid", "aankondigen", "samen", "afsluiten" })
        {
            Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, stap));
        }

        Assert.Equal(1, await AantalAsync(ouder, "samengevoegd"));
        Assert.Equal(1, await AantalAsync(ouder, "voltooid"));
        Assert.Equal(2, await _omgeving.MetAsync((_, db) => db.Berichten.CountAsync(b => b.Sleutel.StartsWith($"melding:{ouder:N}:afsluiten:"))));
        await AlleKinderenEenKeerVoltooidAsync(ouder);
    }

    [Fact]
    public async Task Een_stap_binnen_de_waaier_rekent_zijn_deadline_vanaf_een_stap_voor_de_waaier()
    {
        await _omgeving.PubliceerAsync("waaier-anker.json");
        await StartAsync("waaier-anker");
        var voorbereiden = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().SingleAsync(t => t.StapId == "voorbereiden"));
        _omgeving.Klok.Advance(TimeSpan.FromDays(2));
        var bureau = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
            voorbereiden.Id, new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true), null, new Dictionary<string, string?>(), voorbereiden.Versie, default));
        Assert.True(bureau.IsGelukt, string.Join("; ", bureau.Fouten.Select(f => f.Melding)));
        // Completed on 5 March 2025; deadlines fall at 17:00 in Amsterdam (16:00 UTC in March).

        // Made in the same operation that completed the anchor, and in a later one that knows only the child instance.
        var benoemen = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().Where(t => t.StapId == "benoemen").ToListAsync());
        Assert.Equal(Eenheden, benoemen.Count);
        Assert.All(benoemen, t => Assert.Equal(new DateTime(2025, 3, 10, 16, 0, 0, DateTimeKind.Utc), t.DeadlineUtc));
        _omgeving.Klok.Advance(TimeSpan.FromDays(1));
        await VoltooiAsync(benoemen[0]);
        var bevestigen = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().SingleAsync(t => t.StapId == "bevestigen"));
        Assert.Equal(new DateTime(2025, 3, 15, 16, 0, 0, DateTimeKind.Utc), bevestigen.DeadlineUtc);
    }

    private async Task AlleKinderenEenKeerVoltooidAsync(Guid ouder)
    {
        var kinderen = await _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().Where(i => i.OuderId == ouder).ToListAsync());
        Assert.Equal(Eenheden, kinderen.Count);
        Assert.All(kinderen, k => Assert.Equal(InstantieStatus.Voltooid, k.Status));
        var ids = kinderen.Select(k => k.Id).ToList();
        var voltooid = await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.AsNoTracking()
            .Where(g => g.Soort == "voltooid" && ids.Contains(g.InstantieId)).Select(g => g.InstantieId).ToListAsync());
        Assert.Equal(ids.Order(), voltooid.Order());
    }

    private async Task<Guid> StartAsync(string definitie)
    {
        var resultaat = await _omgeving.MetAsync((motor, _) => motor.StartAsync(
            definitie,
            null,
            Start,
            new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true),
            default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        return resultaat.Waarde;
    }

    private async Task VoltooiAsync(Taak taak)
    {
        var hoofd = Organisatie.Hoofd(taak.Bereik!);
        var resultaat = await _omgeving.MetAsync((motor, _) =>
            motor.VoltooiAsync(taak.Id, new Handelende(hoofd.Id, hoofd.Naam), null, new Dictionary<string, string?>(), taak.Versie, default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
    }

    private Task<StapToestand> ToestandAsync(Guid instantie, string stap) =>
        _omgeving.MetAsync(
            (_, db) => db.Stappen.AsNoTracking().Where(s => s.InstantieId == instantie && s.StapId == stap).Select(s => s.Toestand).SingleAsync());

    private Task<Instantie> InstantieAsync(Guid id) => _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().SingleAsync(i => i.Id == id));

    private Task<int> AantalAsync(Guid instantie, string soort) =>
        _omgeving.MetAsync((_, db) => db.Gebeurtenissen.CountAsync(g => g.InstantieId == instantie && g.Soort == soort));

    public void Dispose() => _omgeving.Dispose();
}
