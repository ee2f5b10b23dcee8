using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

public sealed class MotorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly Testomgeving _omgeving = new(Start);

    [Fact]
    public async Task Voorbeeld_onder_de_handmatige_klok_verstuurt_precies_deze_mails()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        var instantie = await StartAsync();

        await _omgeving.LoopTotAsync(new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.FromHours(2)));

        var verwacht = new List<(string Moment, string Aan, string Onderwerp)>
        {
            ("2025-03-03 09:00Z", "hoofd.e1@voorbeeld.example", "taak-toegewezen: Benoem een leider (Eenheid 1)"),
            ("2025-03-03 09:00Z", "hoofd.e2@voorbeeld.example", "taak-toegewezen: Benoem een leider (Eenheid 2)"),
            ("2025-03-24 16:00Z", "hoofd.e1@voorbeeld.example", "herinnering: Benoem een leider (Eenheid 1)"),
            ("2025-03-24 16:00Z", "hoofd.e2@voorbeeld.example", "herinnering: Benoem een leider (Eenheid 2)"),
            ("2025-03-30 15:00Z", "hoofd.e1@voorbeeld.example", "herinnering: Benoem een leider (Eenheid 1)"),
            ("2025-03-30 15:00Z", "hoofd.e2@voorbeeld.example", "herinnering: Benoem een leider (Eenheid 2)"),
            ("2025-03-31 15:00Z", "chris@voorbeeld.example", "escalatie: Benoem een leider (Eenheid 1)"),
            ("2025-03-31 15:00Z", "chris@voorbeeld.example", "escalatie: Benoem een leider (Eenheid 2)"),
            ("2025-04-14 15:00Z", "bea@voorbeeld.example", "escalatie: Benoem een leider (Eenheid 1)"),
            ("2025-04-14 15:00Z", "bea@voorbeeld.example", "escalatie: Benoem een leider (Eenheid 2)"),
        };
        Assert.Equal(verwacht, Mails());

        var taken = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().OrderBy(t => t.BereikOmschrijving).ToListAsync());
        Assert.All(taken, t =>
        {
            Assert.Equal(TaakStatus.Geescaleerd, t.Status);
            Assert.Equal(2, t.EscalatieNiveau);
            Assert.Equal(Organisatie.Bureau.Id, t.ToegewezenAan);
        });
        Assert.NotEqual(Guid.Empty, instantie);
    }

    [Fact]
    public async Task Afronden_van_alle_taken_voltooit_de_instantie_en_de_volgende_stap()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        var instantie = await StartAsync();
        foreach (var taak in await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().ToListAsync()))
        {
            var hoofd = Organisatie.Hoofd(taak.Bereik!);
            var resultaat = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
                taak.Id, new Handelende(hoofd.Id, hoofd.Naam), null, new Dictionary<string, string?>(), taak.Versie, default));
            Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        }

        var status = await _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().SingleAsync(i => i.Id == instantie));
        Assert.Equal(InstantieStatus.Voltooid, status.Status);
        await _omgeving.LoopTotAsync(Start.AddHours(2));
        Assert.Contains(Mails(), m => m.Aan == "bea@voorbeeld.example" && m.Onderwerp == "klaar: Afsluiten");
        var timers = await _omgeving.MetAsync((_, db) => db.Timers.AsNoTracking().Where(t => t.TaakId != null).ToListAsync());
        Assert.All(timers, t => Assert.Equal(TimerStatus.Vervallen, t.Status));
    }

    [Fact]
    public async Task Een_afgeronde_taak_nogmaals_afronden_geeft_een_conflict_en_geen_tweede_voortgang()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        var taak = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().FirstAsync(t => t.Bereik == "e1"));
        var hoofd = Organisatie.Hoofd("e1");

        var eerste = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
            taak.Id, new Handelende(hoofd.Id, hoofd.Naam), null, new Dictionary<string, string?>(), taak.Versie, default));
        var tweede = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
            taak.Id, new Handelende(hoofd.Id, hoofd.Naam), null, new Dictionary<string, string?>(), taak.Versie, default));

        Assert.True(eerste.IsGelukt);
        Assert.False(tweede.IsGelukt);
        Assert.Contains("al afgerond", tweede.Fouten.Single().Melding);
        var voltooid = await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.CountAsync(g => g.Soort == "taak-voltooid"));
        Assert.Equal(1, voltooid);
    }

    [Fact]
    public async Task Twee_mensen_die_tegelijk_afronden_geven_een_voortgang_en_een_conflict()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        var taak = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().FirstAsync(t => t.Bereik == "e1"));
        var hoofd = Organisatie.Hoofd("e1");

        var resultaten = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
                taak.Id, new Handelende(hoofd.Id, hoofd.Naam), null, new Dictionary<string, string?>(), taak.Versie, default))));

        Assert.Single(resultaten, r => r.IsGelukt);
        Assert.Single(resultaten, r => !r.IsGelukt);
        Assert.Equal(1, await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.CountAsync(g => g.Soort == "taak-voltooid")));
    }

    [Fact]
    public async Task Twee_starts_tegelijk_met_dezelfde_sleutel_geven_een_instantie_en_een_melding()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        var bureau = new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true);

        var resultaten = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            _omgeving.MetAsync((motor, _) => motor.StartAsync("voorbeeld", null, Start, bureau, default, uniekeSleutel: "voorbeeld-2025"))));

        Assert.Single(resultaten, r => r.IsGelukt);
        var fout = Assert.Single(Assert.Single(resultaten, r => !r.IsGelukt).Fouten);
        Assert.StartsWith("Deze workflow is al gestart (voorbeeld versie 1, startmoment 3 maart 2025 09:00, sleutel 'voorbeeld-2025')", fout.Melding);
        Assert.Equal(1, await _omgeving.MetAsync((_, db) => db.Instanties.CountAsync(i => i.OuderId == null)));
        Assert.Equal(1, await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.CountAsync(g => g.Soort == "gestart" && g.Omschrijving.StartsWith("Voorbeeld"))));

        // The check before the insert is a courtesy; the unique index is what holds when that check races.
        await Assert.ThrowsAsync<DbUpdateException>(() => _omgeving.MetAsync((_, db) =>
        {
            db.Instanties.Add(
                new Instantie { DefinitieId = "voorbeeld", DefinitieVersie = 1, GestartOpUtc = Start.UtcDateTime, UniekeSleutel = "voorbeeld-2025" });
            return db.SaveChangesAsync();
        }));

        // Without a key, or with another one, starting again is still allowed.
        Assert.True(
            (await _omgeving.MetAsync((motor, _) => motor.StartAsync("voorbeeld", null, Start, bureau, default, uniekeSleutel: "voorbeeld-2026"))).IsGelukt);
        Assert.True((await _omgeving.MetAsync((motor, _) => motor.StartAsync("voorbeeld", null, Start, bureau, default))).IsGelukt);
    }

    [Fact]
    public async Task Iemand_die_geen_behandelaar_is_kan_niet_afronden()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        var taak = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().FirstAsync(t => t.Bereik == "e1"));
        var ander = Organisatie.Hoofd("e2");

        var resultaat = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
            taak.Id, new Handelende(ander.Id, ander.Naam), null, new Dictionary<string, string?>(), taak.Versie, default));

        Assert.False(resultaat.IsGelukt);
        Assert.Contains("geen behandelaar van deze taak", resultaat.Fouten.Single().Melding);
    }

    [Fact]
    public async Task Een_timer_vuurt_precies_een_keer_ook_als_twee_verwerkers_hem_tegelijk_pakken()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        _omgeving.Klok.SetUtcNow(new DateTimeOffset(2025, 3, 24, 18, 0, 0, TimeSpan.FromHours(1)));
        var timer = await _omgeving.MetAsync((_, db) => db.Timers.AsNoTracking().OrderBy(t => t.MomentUtc).FirstAsync(t => t.Soort == TimerSoort.Herinnering));

        var gevuurd = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _omgeving.MetAsync((motor, _) => motor.VuurAsync(timer.Id, default))));

        Assert.Single(gevuurd, g => g);
        Assert.Equal(2, await _omgeving.MetAsync((_, db) => db.Berichten.CountAsync(b => b.Sleutel.StartsWith(timer.Sleutel))));
    }

    [Fact]
    public async Task Smtp_plat_dan_weer_op_bezorgt_elke_mail_precies_een_keer_en_anders_na_max_pogingen_mislukt()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        _omgeving.Postbus.Plat = true;
        await _omgeving.LoopTotAsync(Start.AddMinutes(30));
        var mislukt = await _omgeving.MetAsync((_, db) => db.Berichten.AsNoTracking().Where(b => b.Kanaal == BerichtKanaal.Mail).ToListAsync());
        Assert.All(mislukt, b => Assert.Equal((1, BerichtStatus.Wachtrij), (b.Pogingen, b.Status)));
        Assert.All(mislukt, b => Assert.Contains("niet bereikbaar", b.LaatsteFout));

        _omgeving.Postbus.Plat = false;
        await _omgeving.LoopTotAsync(Start.AddHours(3));
        Assert.Equal(2, Mails().Count);
        Assert.Equal(2, Mails().Select(m => m.Aan).Distinct().Count());

        _omgeving.Postbus.Plat = true;
        await _omgeving.LoopTotAsync(new DateTimeOffset(2025, 3, 25, 9, 0, 0, TimeSpan.FromHours(1)));
        var herinneringen = await _omgeving.MetAsync((_, db) => db.Berichten.AsNoTracking()
            .Where(b => b.Kanaal == BerichtKanaal.Mail && b.Onderwerp.StartsWith("herinnering")).ToListAsync());
        Assert.All(herinneringen, b => Assert.Equal((3, BerichtStatus.Mislukt), (b.Pogingen, b.Status)));

        _omgeving.Postbus.Plat = false;
        await _omgeving.MetAsync(async (_, db) =>
        {
            var bezorger = _omgeving.Bezorger(db);
            foreach (var b in herinneringen)
            {
                Assert.True(await bezorger.OpnieuwAsync(b.Id, default));
            }

            return await bezorger.BezorgAsync(10, default);
        });
        Assert.Equal(4, Mails().Count);
    }

    [Fact]
    public async Task Een_mailserver_die_niet_antwoordt_wordt_afgebroken_voordat_een_andere_host_de_mail_mag_claimen()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await StartAsync();
        _omgeving.Postbus.Hangt = true;
        using var db = _omgeving.Context();
        var bezorging = _omgeving.Bezorger(db).BezorgAsync(1, default);
        await _omgeving.Postbus.Begonnen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var claimTot = _omgeving.Klok.GetUtcNow() + _omgeving.Opties.Claimduur;

        _omgeving.Klok.Advance(_omgeving.Opties.Claimduur * 3 / 4 - TimeSpan.FromSeconds(1));
        Assert.False(bezorging.IsCompleted);
        _omgeving.Klok.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await bezorging.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(_omgeving.Klok.GetUtcNow() < claimTot, "De verzending moet stoppen terwijl de claim nog geldt.");

        var mail = await _omgeving.MetAsync((_, lezer) => lezer.Berichten.AsNoTracking()
            .Where(b => b.Kanaal == BerichtKanaal.Mail && b.Pogingen > 0).ToListAsync());
        Assert.Equal((1, BerichtStatus.Wachtrij, Bezorger.ClaimVerlopen), (mail.Single().Pogingen, mail.Single().Status, mail.Single().LaatsteFout));
        Assert.Empty(_omgeving.Postbus.Verzonden);
    }

    [Fact]
    public async Task Een_partij_mails_waarvan_een_andere_host_er_een_claimde_levert_precies_de_andere_op()
    {
        var nu = _omgeving.Klok.GetUtcNow().UtcDateTime;
        var anderClaimTot = nu + _omgeving.Opties.Claimduur;
        var ids = await _omgeving.MetAsync(async (_, db) =>
        {
            var mails = Enumerable.Range(1, 3).Select(i => new Bericht
            {
                Sleutel = $"partij:{i}", Kanaal = BerichtKanaal.Mail, OntvangerNaam = $"Ontvanger {i}", OntvangerAdres = $"o{i}@voorbeeld.example",
                Onderwerp = $"Bericht {i}", Tekst = "Tekst", AangemaaktOpUtc = nu, VolgendePogingUtc = nu,
            }).ToList();
            // The second is claimed by another host: its lease runs into the future.
            mails[1].VolgendePogingUtc = anderClaimTot;
            db.Berichten.AddRange(mails);
            await db.SaveChangesAsync();
            return mails.Select(m => m.Id).ToArray();
        });

        var geclaimd = await _omgeving.MetAsync(async (_, db) => await _omgeving.Bezorger(db).ClaimAsync(ids, default));
        Assert.Equal([ids[0], ids[2]], geclaimd.Select(b => b.Id));

        var leases = await _omgeving.MetAsync((_, db) => db.Berichten.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.VolgendePogingUtc));
        var claimTot = nu + _omgeving.Opties.Claimduur;
        Assert.Equal((claimTot, anderClaimTot, claimTot), (leases[ids[0]], leases[ids[1]], leases[ids[2]]));

        // Claimed once: the same batch again (a second host, or a retry) gets none of them.
        Assert.Empty(await _omgeving.MetAsync(async (_, db) => await _omgeving.Bezorger(db).ClaimAsync(ids, default)));
    }

    private async Task<Guid> StartAsync()
    {
        var resultaat = await _omgeving.MetAsync((motor, _) => motor.StartAsync(
            "voorbeeld",
            null,
            Start,
            new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true),
            default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        return resultaat.Waarde;
    }

    private List<(string Moment, string Aan, string Onderwerp)> Mails() =>
        _omgeving.Postbus.Verzonden.Select(m => (m.Moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm") + "Z", m.Aan, m.Onderwerp)).ToList();

    public void Dispose() => _omgeving.Dispose();
}
