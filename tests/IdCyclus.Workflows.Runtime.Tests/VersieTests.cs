using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

public sealed class VersieTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly Testomgeving _omgeving = new(Start);

    [Fact]
    public async Task Een_nieuwe_versie_publiceren_verandert_lopende_instanties_niet()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        var bureau = new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true);
        var oud = await _omgeving.MetAsync((motor, _) => motor.StartAsync("voorbeeld", null, Start, bureau, default));

        await _omgeving.PubliceerAsync("voorbeeld-v2.json");
        var nieuw = await _omgeving.MetAsync((motor, _) => motor.StartAsync("voorbeeld", null, Start, bureau, default));

        var taken = await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().ToListAsync());
        var instanties = await _omgeving.MetAsync((_, db) => db.Instanties.AsNoTracking().ToListAsync());
        Guid Hoofd(Taak t) => instanties.Single(i => i.Id == t.InstantieId).OuderId!.Value;
        Assert.All(
            taken.Where(t => Hoofd(t) == oud.Waarde),
            t => Assert.Equal(("Benoem een leider", 2025, 3, 31), (t.Titel, t.DeadlineUtc!.Value.Year, t.DeadlineUtc.Value.Month, t.DeadlineUtc.Value.Day)));
        Assert.All(
            taken.Where(t => Hoofd(t) == nieuw.Waarde),
            t => Assert.Equal(
                ("Benoem snel een leider", 2025, 3, 10),
                (t.Titel, t.DeadlineUtc!.Value.Year, t.DeadlineUtc.Value.Month, t.DeadlineUtc.Value.Day)));
        Assert.Equal([1, 1, 1, 2, 2, 2], instanties.Select(i => i.DefinitieVersie).Order());
    }

    [Fact]
    public async Task Dezelfde_versie_met_andere_inhoud_publiceren_wordt_geweigerd()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        await using var db = _omgeving.Context();
        var json = (await File.ReadAllTextAsync(Path.Combine("Definities", "voorbeeld-v2.json"))).Replace(
            "\"versie\": 2",
            "\"versie\": 1",
            StringComparison.Ordinal);

        var resultaat = await new Definities(db, _omgeving.Klok, new AlleenSyntax()).PubliceerAsync(json, "test", default);

        Assert.False(resultaat.IsGelukt);
        Assert.Equal("$.versie", resultaat.Fouten.Single().Veld);
        Assert.Contains("Verhoog de versie", resultaat.Fouten.Single().Melding);
    }

    public void Dispose() => _omgeving.Dispose();
}
