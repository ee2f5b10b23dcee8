using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly Testomgeving _omgeving = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)));

    private sealed record TestGebeurtenis : IIntegratieGebeurtenis
    {
        public static string Type => "test.gebeurtenis";
    }

    private sealed class Ontvanger : IIntegratieHandler<TestGebeurtenis>
    {
        public bool Kapot { get; set; } = true;

        public List<string> Verwerkt { get; } = [];

        public Task VerwerkAsync(string sleutel, TestGebeurtenis gebeurtenis, CancellationToken cancellationToken)
        {
            if (Kapot)
            {
                throw new InvalidOperationException("De organisatie weigert dit.");
            }

            Verwerkt.Add(sleutel);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task De_gebeurtenissen_van_één_transactie_worden_bezorgd_in_de_volgorde_waarin_ze_gemeld_zijn()
    {
        var ontvanger = new Ontvanger { Kapot = false };
        await using var diensten = new ServiceCollection().AddIntegratieHandler<TestGebeurtenis, Ontvanger>().AddSingleton(ontvanger).BuildServiceProvider();
        var sleutels = Enumerable.Range(1, 40).Select(i => $"taak:{i}").ToList();
        await using (var db = _omgeving.Context())
        {
            // One SaveChanges at one moment, as when one completion raises several events (ADR 0035).
            var moment = _omgeving.Klok.GetUtcNow().UtcDateTime;
            foreach (var sleutel in sleutels)
            {
                db.Outbox.Add(new OutboxBericht { Sleutel = sleutel, Type = "test.gebeurtenis", Json = "{}", AangemaaktOpUtc = moment });
            }

            await db.SaveChangesAsync();
        }

        await using (var db = _omgeving.Context())
        {
            Assert.Equal(sleutels.Count, await Bezorger(db, diensten).BezorgAsync(100, default));
        }

        Assert.Equal(sleutels, ontvanger.Verwerkt);
    }

    [Fact]
    public async Task Een_gebeurtenis_die_blijft_mislukken_wordt_een_incident_dat_bureau_opnieuw_kan_laten_verwerken()
    {
        var ontvanger = new Ontvanger();
        await using var diensten = new ServiceCollection().AddIntegratieHandler<TestGebeurtenis, Ontvanger>().AddSingleton(ontvanger).BuildServiceProvider();
        await using (var db = _omgeving.Context())
        {
            db.Outbox.Add(
                new OutboxBericht { Sleutel = "taak:1", Type = "test.gebeurtenis", Json = "{}", AangemaaktOpUtc = _omgeving.Klok.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        for (var ronde = 0; ronde < 5; ronde++)
        {
            await using var db = _omgeving.Context();
            await Bezorger(db, diensten).BezorgAsync(10, default);
        }

        await using (var db = _omgeving.Context())
        {
            var incident = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal((3, (DateTime?)null), (incident.Pogingen, incident.VerwerktOpUtc));
            Assert.Equal("De organisatie weigert dit.", incident.LaatsteFout);
            Assert.True(await Bezorger(db, diensten).OpnieuwAsync(incident.Id, default));
        }

        ontvanger.Kapot = false;
        await using (var db = _omgeving.Context())
        {
            Assert.Equal(1, await Bezorger(db, diensten).BezorgAsync(10, default));
        }

        Assert.Equal(["taak:1"], ontvanger.Verwerkt);
    }

    private OutboxBezorger Bezorger(WorkflowDbContext db, IServiceProvider diensten) =>
        new(db, diensten, _omgeving.Klok, Options.Create(_omgeving.Opties), NullLogger<OutboxBezorger>.Instance);

    public void Dispose() => _omgeving.Dispose();
}
