using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// A join <c>wacht: "een"</c> over a Bureau task and a fan-out of tasks. With <c>annuleerRest</c>, whichever branch
/// completes first cancels the other: its tasks, their timers and the fan-out's open item runs, so nobody is reminded
/// of work that is no longer needed. Without it (the old behaviour) the other branch keeps running.
/// </summary>
public sealed class AnnuleerRestTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Handelende Bureau = new(Organisatie.Bureau.Id, "Bea Bureau", true);
    private readonly Testomgeving _omgeving = new(Start);

    [Fact]
    public async Task Bureau_sluit_af_en_de_open_taken_van_de_waaier_worden_geannuleerd_zonder_latere_mail()
    {
        var ouder = await StartAsync(annuleerRest: true);
        var kindTaken = await TakenAsync("benoemen");
        Assert.Equal(3, kindTaken.Count);
        await VoltooiAsync(kindTaken[0], Handelend(kindTaken[0]));
        _omgeving.Klok.SetUtcNow(Start.AddDays(2));

        await VoltooiAsync((await TakenAsync("afsluiten")).Single(), Bureau);

        var taken = await TakenAsync("benoemen");
        Assert.Equal([TaakStatus.Voltooid, TaakStatus.Geannuleerd, TaakStatus.Geannuleerd], taken.Select(t => t.Status));
        var open = taken.Skip(1).Select(t => t.Id).ToList();
        Assert.All(await TimersAsync(open), t => Assert.Equal(TimerStatus.Vervallen, t.Status));
        // Deadline, reminder and escalation for each of the two open tasks.
        Assert.Equal(6, (await TimersAsync(open)).Count);
        var kinderen = await _omgeving.MetAsync(
            (_, db) => db.Instanties.AsNoTracking().Where(i => i.OuderId == ouder).OrderBy(i => i.ItemSleutel).ToListAsync());
        Assert.Equal([InstantieStatus.Voltooid, InstantieStatus.Geannuleerd, InstantieStatus.Geannuleerd], kinderen.Select(k => k.Status));
        Assert.Equal(StapToestand.Geannuleerd, await ToestandAsync(ouder, "per-eenheid"));
        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "klaar"));
        Assert.Equal(InstantieStatus.Voltooid, (await InstantieAsync(ouder)).Status);
        Assert.Equal(
            [
                "Geannuleerd: Alle eenheden is niet meer nodig omdat 'Ronde gesloten' al is bereikt.",
                "Geannuleerd: Benoem een leider (Eenheid 2) is niet meer nodig omdat 'Ronde gesloten' al is bereikt.",
                "Geannuleerd: Benoem een leider (Eenheid 3) is niet meer nodig omdat 'Ronde gesloten' al is bereikt.",
            ],
            (await GeannuleerdAsync()).Order(StringComparer.Ordinal));

        await GeenMailMeerTotEindeAsync();
        var nogmaals = await _omgeving.MetAsync((motor, _) =>
            motor.VoltooiAsync(taken[1].Id, Handelend(taken[1]), null, new Dictionary<string, string?>(), taken[1].Versie, default));
        Assert.Equal(
            "Deze taak is geannuleerd op 5 maart 2025 09:00: de workflow heeft haar niet meer nodig. Er is niets gewijzigd.",
            nogmaals.Fouten.Single().Melding);
        var oppakken = await _omgeving.MetAsync((motor, _) => motor.ClaimAsync(taken[2].Id, Handelend(taken[2]), taken[2].Versie, default));
        Assert.StartsWith("Deze taak is geannuleerd", oppakken.Fouten.Single().Melding);
    }

    [Fact]
    public async Task De_waaier_wordt_eerst_klaar_en_de_taak_van_Bureau_wordt_geannuleerd_zonder_herinnering()
    {
        var ouder = await StartAsync(annuleerRest: true);

        foreach (var taak in await TakenAsync("benoemen"))
        {
            await VoltooiAsync(taak, Handelend(taak));
        }

        var afsluiten = (await TakenAsync("afsluiten")).Single();
        Assert.Equal(TaakStatus.Geannuleerd, afsluiten.Status);
        Assert.All(await TimersAsync([afsluiten.Id]), t => Assert.Equal(TimerStatus.Vervallen, t.Status));
        Assert.Equal(StapToestand.Geannuleerd, await ToestandAsync(ouder, "afsluiten"));
        Assert.Equal(InstantieStatus.Voltooid, (await InstantieAsync(ouder)).Status);
        Assert.Equal(["Geannuleerd: Sluit de ronde af is niet meer nodig omdat 'Ronde gesloten' al is bereikt."], await GeannuleerdAsync());

        await GeenMailMeerTotEindeAsync();
        var nogmaals = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(
            afsluiten.Id, Bureau, null, new Dictionary<string, string?>(), afsluiten.Versie, default));
        Assert.StartsWith("Deze taak is geannuleerd op 3 maart 2025 09:00", nogmaals.Fouten.Single().Melding);
    }

    [Fact]
    public async Task Zonder_annuleerRest_loopt_de_rest_door_en_wordt_niets_geannuleerd()
    {
        var ouder = await StartAsync(annuleerRest: false);

        await VoltooiAsync((await TakenAsync("afsluiten")).Single(), Bureau);

        Assert.Equal(StapToestand.Voltooid, await ToestandAsync(ouder, "samen"));
        Assert.Equal(StapToestand.Actief, await ToestandAsync(ouder, "per-eenheid"));
        var taken = await TakenAsync("benoemen");
        Assert.All(taken, t => Assert.Equal(TaakStatus.Open, t.Status));
        Assert.All(await TimersAsync(taken.Select(t => t.Id).ToList()), t => Assert.Equal(TimerStatus.Gepland, t.Status));
        Assert.Empty(await GeannuleerdAsync());

        foreach (var taak in taken)
        {
            await VoltooiAsync(taak, Handelend(taak));
        }

        Assert.Equal(InstantieStatus.Voltooid, (await InstantieAsync(ouder)).Status);
        Assert.Equal(1, await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.CountAsync(g => g.InstantieId == ouder && g.Soort == "samengevoegd")));
    }

    /// <summary>Sends what is queued now, then runs the clock past every deadline and escalation: nothing more may be sent.</summary>
    private async Task GeenMailMeerTotEindeAsync()
    {
        await _omgeving.MetAsync((_, db) => _omgeving.Bezorger(db).BezorgAsync(100, default));
        var verzonden = _omgeving.Postbus.Verzonden.Count;

        await _omgeving.LoopTotAsync(new DateTimeOffset(2025, 5, 31, 0, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(verzonden, _omgeving.Postbus.Verzonden.Count);
        Assert.Equal(0, await _omgeving.MetAsync((_, db) => db.Timers.CountAsync(t => t.Status != TimerStatus.Vervallen)));
    }

    private async Task<Guid> StartAsync(bool annuleerRest)
    {
        // The engine caches a parsed definition per id and version for the whole process, so the variant gets its own id.
        var id = annuleerRest ? "annuleer-rest" : "annuleer-rest-uit";
        var json = (await File.ReadAllTextAsync(Path.Combine("Definities", "annuleer-rest.json")))
            .Replace("\"annuleerRest\": true", $"\"annuleerRest\": {(annuleerRest ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("\"annuleer-rest\"", $"\"{id}\"", StringComparison.Ordinal);
        await using (var db = _omgeving.Context())
        {
            Assert.True((await new Definities(db, _omgeving.Klok, new AlleenSyntax()).PubliceerAsync(json, "test", default)).IsGelukt);
        }

        var resultaat = await _omgeving.MetAsync((motor, _) => motor.StartAsync(id, null, Start, Bureau, default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        return resultaat.Waarde;
    }

    private static Handelende Handelend(Taak taak)
    {
        var hoofd = Organisatie.Hoofd(taak.Bereik!);
        return new Handelende(hoofd.Id, hoofd.Naam);
    }

    private async Task VoltooiAsync(Taak taak, Handelende door)
    {
        var resultaat = await _omgeving.MetAsync(
            (motor, _) => motor.VoltooiAsync(taak.Id, door, null, new Dictionary<string, string?>(), taak.Versie, default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
    }

    private Task<List<Taak>> TakenAsync(string stap) =>
        _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().Where(t => t.StapId == stap).OrderBy(t => t.Bereik).ToListAsync());

    private Task<List<Persistence.Timer>> TimersAsync(List<Guid> taken) =>
        _omgeving.MetAsync((_, db) => db.Timers.AsNoTracking().Where(t => t.TaakId != null && taken.Contains(t.TaakId.Value)).ToListAsync());

    private Task<List<string>> GeannuleerdAsync() =>
        _omgeving.MetAsync((_, db) => db.Gebeurtenissen.AsNoTracking()
            .Where(g => g.Soort == "geannuleerd" || g.Soort == "taak-geannuleerd").Select(g => g.Omschrijving).ToListAsync());

    private Task<StapToestand> ToestandAsync(Guid instantie, string stap) =>
        _omgeving.MetAsync(
            (_, db) => db.Stappen.AsNoTracking().Where(s => s.InstantieId == instantie && s.StapId == stap).Select(s => s.Toestand).SingleAsync());

    private Task<Instantie> InstantieAsync(Guid id) => _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().SingleAsync(i => i.Id == id));

    public void Dispose() => _omgeving.Dispose();
}
