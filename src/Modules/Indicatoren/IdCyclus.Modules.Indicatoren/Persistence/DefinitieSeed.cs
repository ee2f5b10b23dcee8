using System.Text.Json;
using System.Text.Json.Serialization;
using IdCyclus.Modules.Indicatoren.Domain;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Persistence;

/// <summary>
/// The 2024 definitions (derived from the reference's indicatoren-2024.json) are reference data: every database gets
/// them once after migrating. A later year's definitions are added as rows of their own.
/// </summary>
internal static class DefinitieSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<Indicatordefinitie> Lees()
    {
        using var stroom = typeof(DefinitieSeed).Assembly.GetManifestResourceStream("definities-2024.json")
            ?? throw new InvalidOperationException("Het seedbestand definities-2024.json ontbreekt in de assembly.");
        var bestand = JsonSerializer.Deserialize<Bestand>(stroom, Json) ?? throw new InvalidOperationException("definities-2024.json is leeg.");
        return bestand.Indicatoren.Select(i => new Indicatordefinitie
        {
            Jaar = bestand.Jaar,
            IndicatorId = i.IndicatorId,
            Naam = i.Naam,
            Soort = i.Soort,
            Niveaus = i.Niveaus.Aggregate(Niveaus.Geen, (a, b) => a | b),
            Eenheid = i.Eenheid,
            Bron = i.Bron,
            PerMaand = i.PerMaand,
            Peiljaarverschil = i.Peiljaarverschil,
            Classificatie = i.Classificatie,
            Streefcijfer = i.Streefcijfer,
            StreefcijferBron = i.StreefcijferBron,
            DoelIndicatorId = i.DoelIndicatorId,
            TeltOp = i.TeltOp,
            Toelichting = i.Toelichting,
        }).ToList();
    }

    public static async Task VulAsync(IndicatorenDbContext db, CancellationToken ct)
    {
        var definities = Lees();
        var jaar = definities[0].Jaar;
        if (await db.Definities.AnyAsync(d => d.Jaar == jaar, ct))
        {
            return;
        }

        db.Definities.AddRange(definities);
        await db.SaveChangesAsync(ct);
    }

    private sealed record Bestand(int Jaar, IReadOnlyList<Regel> Indicatoren);

    private sealed record Regel(
        string IndicatorId, string Naam, Waardesoort Soort, IReadOnlyList<Niveaus> Niveaus, string Eenheid, string Bron, bool PerMaand,
        int Peiljaarverschil, string? Classificatie, decimal? Streefcijfer, string? StreefcijferBron, string? DoelIndicatorId, bool TeltOp,
        string? Toelichting);
}
