using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// What a module that keeps the facts decides for an instance it started for one of its items: the start with a chosen
/// due moment, a moved deadline (its reminders and escalations move along), and the end from outside, completed or
/// cancelled. Each is idempotent.
/// </summary>
public sealed class BijsturingTests : IDisposable
{
    private const string Json = """
        {
          "id": "per-ding", "naam": "Per ding", "versie": 1,
          "stappen": [
            { "id": "doen", "naam": "Doe het", "soort": "taak", "rol": "hoofd", "bereik": "item",
              "deadline": { "na": "P28D", "vanaf": "start" }, "herinneringen": ["P7D"],
              "escalaties": [{ "na": "P0D", "naarRol": "chef", "melding": "escalatie" }] }
          ]
        }
        """;

    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Deadline = new(2025, 6, 2, 17, 0, 0, TimeSpan.FromHours(2));
    private static readonly Handelende Module = new(null, "De module");
    private readonly Testomgeving _omgeving = new(Start);

    [Fact]
    public async Task Een_start_voor_een_item_krijgt_de_gekozen_deadline_en_een_tweede_start_van_de_sleutel_wordt_geweigerd()
    {
        var id = await StartAsync();

        var taak = await TaakAsync();
        Assert.Equal("e1", taak.Bereik);
        Assert.Equal("Ding 1", taak.BereikOmschrijving);
        Assert.Equal(Deadline.UtcDateTime, taak.DeadlineUtc);
        Assert.Equal([Deadline.AddDays(-7).UtcDateTime, Deadline.UtcDateTime, Deadline.UtcDateTime], (await GeplandAsync()).Select(t => t.MomentUtc).Order());
        var tweede = await _omgeving.MetAsync((motor, _) =>
            motor.StartVoorItemAsync("per-ding", null, Start, Module, "ding:1", new WorkflowItem("1", "Ding 1", "e1"), Deadline, default));
        Assert.Equal("Workflow", tweede.Fouten.Single().Veld);
        Assert.Equal(id, Assert.Single(await _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().Select(i => i.Id).ToListAsync())));

        var zonderItem = await _omgeving.MetAsync((motor, _) => motor.StartAsync("per-ding", null, Start, Module, default));
        Assert.Contains("loopt voor één item", zonderItem.Fouten.Single().Melding);
    }

    [Fact]
    public async Task Een_verplaatste_deadline_plant_herinnering_en_escalatie_opnieuw_en_dezelfde_deadline_verandert_niets()
    {
        await StartAsync();
        var taak = await TaakAsync();
        var nieuw = Deadline.AddDays(30);

        Assert.True((await _omgeving.MetAsync((motor, _) => motor.VerplaatsDeadlineAsync(taak.Id, nieuw, Module, "Reorganisatie", default))).IsGelukt);
        Assert.True((await _omgeving.MetAsync((motor, _) => motor.VerplaatsDeadlineAsync(taak.Id, nieuw, Module, "Reorganisatie", default))).IsGelukt);

        Assert.Equal(nieuw.UtcDateTime, (await TaakAsync()).DeadlineUtc);
        Assert.Equal([nieuw.AddDays(-7).UtcDateTime, nieuw.UtcDateTime, nieuw.UtcDateTime], (await GeplandAsync()).Select(t => t.MomentUtc).Order());
        await _omgeving.LoopTotAsync(Deadline.AddDays(1));
        Assert.DoesNotContain(_omgeving.Postbus.Verzonden, m => m.Onderwerp.StartsWith("escalatie", StringComparison.OrdinalIgnoreCase));
        await _omgeving.LoopTotAsync(nieuw.AddHours(1));
        Assert.Equal(TaakStatus.Geescaleerd, (await TaakAsync()).Status);
        Assert.Single(await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.AsNoTracking().Where(g => g.Soort == "deadline-verplaatst").ToListAsync()));
    }

    [Fact]
    public async Task Een_module_die_per_item_start_in_een_scope_houdt_na_elke_start_niets_gevolgd()
    {
        await StartAsync();

        // A module starts one run per directie in one scope (the clusterdirecteur's conversations per directeur). If a start
        // left its rows tracked, each later start would compare all of them again: quadratic in the section's size.
        var gevolgd = await _omgeving.MetAsync(async (motor, db) =>
        {
            var aantallen = new List<int>();
            for (var i = 2; i <= 4; i++)
            {
                var item = new WorkflowItem($"{i}", $"Ding {i}", $"e{i}");
                Assert.True((await motor.StartVoorItemAsync("per-ding", null, Start, Module, $"ding:{i}", item, Deadline, default)).IsGelukt);
                aantallen.Add(db.ChangeTracker.Entries().Count());
            }

            return aantallen;
        });

        Assert.Equal([0, 0, 0], gevolgd);
        Assert.Equal(4, await _omgeving.MetAsync((_, db) => db.Taken.CountAsync()));
    }

    [Theory]
    [InlineData(true, TaakStatus.Voltooid, InstantieStatus.Voltooid)]
    [InlineData(false, TaakStatus.Geannuleerd, InstantieStatus.Geannuleerd)]
    public async Task Beeindigen_sluit_taak_timers_en_instantie_met_de_reden_en_nogmaals_verandert_niets(
        bool voltooid,
        TaakStatus taakstatus,
        InstantieStatus status)
    {
        var id = await StartAsync();

        Assert.True((await _omgeving.MetAsync((motor, _) => motor.BeeindigAsync(id, Module, voltooid, "elders besloten", default))).IsGelukt);
        Assert.True((await _omgeving.MetAsync((motor, _) => motor.BeeindigAsync(id, Module, !voltooid, "later", default))).IsGelukt);

        Assert.Equal(taakstatus, (await TaakAsync()).Status);
        Assert.Equal(status, (await _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().SingleAsync())).Status);
        Assert.Empty(await GeplandAsync());
        var historie = await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.AsNoTracking().Select(g => g.Omschrijving).ToListAsync());
        Assert.Equal(2, historie.Count(h => h.Contains("elders besloten")));
        Assert.DoesNotContain(historie, h => h.Contains("later"));
        var verplaatsen = await _omgeving.MetAsync((motor, _) => motor.VerplaatsDeadlineAsync(Guid.Empty, Deadline, Module, "x", default));
        Assert.False(verplaatsen.IsGelukt);
    }

    private async Task<Guid> StartAsync()
    {
        await using (var db = _omgeving.Context())
        {
            Assert.True((await new Definities(db, _omgeving.Klok, new AlleenSyntax()).PubliceerAsync(Json, "test", default)).IsGelukt);
        }

        var resultaat = await _omgeving.MetAsync((motor, _) =>
            motor.StartVoorItemAsync("per-ding", null, Start, Module, "ding:1", new WorkflowItem("1", "Ding 1", "e1"), Deadline, default));
        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        return resultaat.Waarde;
    }

    private Task<Taak> TaakAsync() => _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().SingleAsync());

    private Task<List<Persistence.Timer>> GeplandAsync() =>
        _omgeving.MetAsync((_, db) => db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Gepland).ToListAsync());

    public void Dispose() => _omgeving.Dispose();
}
