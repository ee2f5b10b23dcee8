using IdCyclus.Workflows.Runtime.Lezen;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Tests;

/// <summary>
/// Task rights come from the role resolver on the day asked, not from the stored list: an escalation rung without
/// herverdelen shows the task, one with herverdelen also lets its role holders complete it; only the task's own role in
/// its scope counts, also for passing it on. (A role that ended is covered over HTTP in TaakrechtenTests of the
/// integration tests, with the real Organisatie.)
/// </summary>
public sealed class TaakrechtenTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly Testomgeving _omgeving = new(Start);

    [Fact]
    public async Task Escalatie_zonder_herverdelen_toont_en_met_herverdelen_draagt_over()
    {
        var taak = await TaakAsync();
        var chef = new Handelende(Organisatie.Chef.Id, Organisatie.Chef.Naam);
        var bureau = new Handelende(Organisatie.Bureau.Id, Organisatie.Bureau.Naam);

        // Level 1 (chef, herverdelen false) has fired: the chef sees the task but cannot complete it.
        await _omgeving.LoopTotAsync(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        taak = await LeesAsync(taak.Id);
        Assert.Equal(1, taak.EscalatieNiveau);
        Assert.Equal(new TaakRechten(true, false), await RechtenAsync(taak, chef));
        Assert.Equal(TaakRechten.Geen, await RechtenAsync(taak, bureau));
        var geweigerd = await _omgeving.MetAsync(
            (motor, _) => motor.VoltooiAsync(taak.Id, chef, null, new Dictionary<string, string?>(), taak.Versie, default));
        Assert.Contains("geen behandelaar van deze taak", geweigerd.Fouten.Single().Melding);

        // Level 2 (bureau, herverdelen true): its role holder may complete it, as a person, without the beheerder flag.
        await _omgeving.LoopTotAsync(new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.FromHours(2)));
        taak = await LeesAsync(taak.Id);
        Assert.Equal(new TaakRechten(true, false), await RechtenAsync(taak, chef));
        Assert.Equal(new TaakRechten(true, true), await RechtenAsync(taak, bureau));
        var gelukt = await _omgeving.MetAsync((motor, _) => motor.VoltooiAsync(taak.Id, bureau, null, new Dictionary<string, string?>(), taak.Versie, default));
        Assert.True(gelukt.IsGelukt, string.Join("; ", gelukt.Fouten.Select(f => f.Melding)));
    }

    [Fact]
    public async Task Alleen_de_rol_van_de_taak_in_haar_bereik_telt_ook_bij_doorgeven()
    {
        var taak = await TaakAsync();
        var hoofd = Organisatie.Hoofd(taak.Bereik!);
        Assert.Equal(new TaakRechten(true, true), await RechtenAsync(taak, new Handelende(hoofd.Id, hoofd.Naam)));

        // The chef of e1 is on nobody's list: holding some role is not enough, it must be the task's role and scope.
        Assert.Equal(TaakRechten.Geen, await RechtenAsync(taak, new Handelende(Organisatie.Chef.Id, Organisatie.Chef.Naam)));

        // The head of e2 is passed the task of e1 by its head: refused, e2's head does not hold 'hoofd' of e1.
        var ander = Organisatie.Hoofd("e2");
        var doorgeven = await _omgeving.MetAsync((motor, _) => motor.DelegeerAsync(
            taak.Id, new Handelende(hoofd.Id, hoofd.Naam), ander, "vakantie", taak.Versie, default));
        Assert.Equal("Naar", doorgeven.Fouten.Single().Veld);
        var na = await LeesAsync(taak.Id);
        Assert.Equal(hoofd.Id, na.ToegewezenAan);
        Assert.DoesNotContain(ander.Id, na.Kandidaten);
    }

    [Fact]
    public async Task Doorgeven_aan_wie_de_taak_al_heeft_of_aan_uzelf_wordt_geweigerd_en_verandert_niets()
    {
        var taak = await TaakAsync();
        var hoofd = Organisatie.Hoofd(taak.Bereik!);
        var alGehad = await _omgeving.MetAsync((motor, _) => motor.DelegeerAsync(
            taak.Id, new Handelende(Organisatie.Bureau.Id, Organisatie.Bureau.Naam, true), hoofd, "vakantie", taak.Versie, default));
        var fout = alGehad.Fouten.Single();
        Assert.Equal(("Naar", $"{hoofd.Naam} behandelt deze taak al. Kies iemand anders met de rol van deze taak."), (fout.Veld, fout.Melding));

        var bureau = new WorkflowPersoon(Organisatie.Bureau.Id, Organisatie.Bureau.Naam, Organisatie.Bureau.Email);
        var zelf = await _omgeving.MetAsync((motor, _) => motor.DelegeerAsync(
            taak.Id, new Handelende(Organisatie.Bureau.Id, Organisatie.Bureau.Naam, true), bureau, "vakantie", taak.Versie, default));
        Assert.Equal("Naar", zelf.Fouten.Single().Veld);
        Assert.StartsWith("U kunt een taak niet aan uzelf doorgeven.", zelf.Fouten.Single().Melding);

        var na = await LeesAsync(taak.Id);
        Assert.Equal((taak.Versie, hoofd.Id), (na.Versie, na.ToegewezenAan));
        Assert.Empty(await _omgeving.MetAsync((_, db) => db.Gebeurtenissen.Where(h => h.TaakId == taak.Id && h.Soort == "taak-gedelegeerd").ToListAsync()));
    }

    private async Task<Taak> TaakAsync()
    {
        await _omgeving.PubliceerAsync("voorbeeld.json");
        var start = await _omgeving.MetAsync((motor, _) => motor.StartAsync(
            "voorbeeld",
            null,
            Start,
            new Handelende(Organisatie.Bureau.Id, "Bea Bureau", true),
            default));
        Assert.True(start.IsGelukt);
        return await _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().FirstAsync(t => t.Bereik == "e1"));
    }

    private Task<Taak> LeesAsync(Guid id) => _omgeving.MetAsync((_, db) => db.Taken.AsNoTracking().FirstAsync(t => t.Id == id));

    private Task<TaakRechten> RechtenAsync(Taak taak, Handelende door) =>
        _omgeving.MetAsync((motor, _) => motor.RechtenAsync(taak.AlsRecord("voorbeeld", "Voorbeeld"), door, default));

    public void Dispose() => _omgeving.Dispose();
}
