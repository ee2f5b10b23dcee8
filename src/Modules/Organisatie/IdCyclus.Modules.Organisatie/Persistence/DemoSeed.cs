using System.Text.Json;
using System.Text.Json.Serialization;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Persistence;

/// <summary>
/// Loads the organisation from the module's own seed file (derived from shared/reference/organisatie.json; the people
/// in it are fictional). Runs only on an empty database, so a user's changes are never overwritten.
/// </summary>
internal static class DemoSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static SeedBestand Lees()
    {
        using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream("organisatie-seed.json")
            ?? throw new InvalidOperationException("Het seedbestand organisatie-seed.json ontbreekt in de assembly.");
        return JsonSerializer.Deserialize<SeedBestand>(stream, Json)
            ?? throw new InvalidOperationException("Het seedbestand organisatie-seed.json is leeg.");
    }

    /// <summary>The report section titles per year, read once from the seed file.</summary>
    public static IReadOnlyList<SeedRapportsectie> Rapportsecties => RapportsectiesLui.Value;

    private static readonly Lazy<IReadOnlyList<SeedRapportsectie>> RapportsectiesLui = new(() => Lees().Rapportsecties ?? []);

    public static async Task VulAsync(OrganisatieDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Clusters.AnyAsync(cancellationToken))
        {
            return;
        }

        var seed = Lees();
        foreach (var c in seed.Clusters)
        {
            db.Clusters.Add(new Cluster
            {
                Id = c.Id,
                Naam = c.Naam,
                Afkorting = c.Afkorting,
                Kokers = c.Kokers.Select(k => new Koker { Id = k.Id, ClusterId = c.Id, Naam = k.Naam }).ToList(),
            });
            db.Bronopmerkingen.AddRange(c.Opmerkingen.Select(t => new Bronopmerking
            {
                Id = StabieleId.Voor("opmerking", $"{c.Id}:{t}"),
                ClusterId = c.Id,
                Tekst = t,
            }));
        }

        var directieIds = seed.Directies.ToDictionary(d => d.Afkorting, d => StabieleId.Voor("directie", d.Afkorting));
        foreach (var d in seed.Directies)
        {
            var id = directieIds[d.Afkorting];
            db.Directies.Add(new Directie
            {
                Id = id,
                Afkorting = d.Afkorting,
                Naam = d.Naam,
                ClusterId = d.Cluster,
                KokerId = d.Koker,
                ActiefVanaf = d.ActiefVanaf,
                ActiefTot = d.ActiefTot,
                OpgegaanInId = d.OpgegaanIn is null ? null : directieIds[d.OpgegaanIn],
                VorigeNaam = d.VorigeNaam,
            });
            db.Bronopmerkingen.AddRange(d.Opmerkingen.Select(t => new Bronopmerking
            {
                Id = StabieleId.Voor("opmerking", $"{d.Afkorting}:{t}"),
                DirectieId = id,
                Tekst = t,
            }));
        }

        foreach (var p in seed.Personen)
        {
            var persoon = new Persoon { Id = StabieleId.Voor("persoon", p.Email), Naam = p.Naam, Email = p.Email };
            db.Personen.Add(persoon);
            foreach (var r in p.Rollen)
            {
                var toewijzing = Roltoewijzing.Nieuw(
                    r.Rol, persoon.Id, r.Directie is null ? null : directieIds[r.Directie], r.Cluster, r.Van, r.Tot, r.UrenPerWeek);
                db.Roltoewijzingen.Add(toewijzing);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed record SeedBestand(
        IReadOnlyList<SeedCluster> Clusters, IReadOnlyList<SeedDirectie> Directies, IReadOnlyList<SeedPersoon> Personen,
        IReadOnlyList<SeedRapportsectie>? Rapportsecties = null);

    /// <summary>A report's section title per year (reference data from the report itself, not demo data).</summary>
    internal sealed record SeedRapportsectie(int Jaar, string Titel, string Cluster, string? Koker);

    internal sealed record SeedCluster(string Id, string Naam, string? Afkorting, IReadOnlyList<SeedKoker> Kokers, IReadOnlyList<string> Opmerkingen);

    internal sealed record SeedKoker(string Id, string Naam);

    internal sealed record SeedDirectie(
        string Afkorting,
        string? Naam,
        string Cluster,
        string? Koker,
        DateOnly? ActiefVanaf,
        DateOnly? ActiefTot,
        string? OpgegaanIn,
        string? VorigeNaam,
        IReadOnlyList<string> Opmerkingen);

    internal sealed record SeedPersoon(string Naam, string Email, IReadOnlyList<SeedRol> Rollen);

    internal sealed record SeedRol(Rol Rol, string? Directie, string? Cluster, DateOnly Van, DateOnly? Tot, decimal? UrenPerWeek);
}
