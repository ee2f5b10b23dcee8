using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;

namespace IdCyclus.Modules.Organisatie.Tests.Persistence;

/// <summary>
/// Guards the seed file: the demo organisation has to say what the source documents say, and every seeded role has to
/// pass the same rules a user's input passes (DemoSeed writes straight to the database, past RolRegels).
/// </summary>
public sealed class DemoSeedTests
{
    private static readonly DemoSeed.SeedBestand Seed = DemoSeed.Lees();

    [Fact]
    public void Seed_bevat_zes_clusters_en_44_directies()
    {
        Assert.Equal(6, Seed.Clusters.Count);
        Assert.Equal(44, Seed.Directies.Count);
        Assert.Equal(Seed.Directies.Count, Seed.Directies.Select(d => d.Afkorting).Distinct().Count());
    }

    [Fact]
    public void Elke_directie_hoort_bij_een_bestaand_cluster()
    {
        var clusters = Seed.Clusters.Select(c => c.Id).ToHashSet();

        Assert.All(Seed.Directies, d => Assert.Contains(d.Cluster, clusters));
    }

    [Theory]
    [InlineData("P&O")]
    [InlineData("Stadsarchief")]
    [InlineData("UI&E")]
    public void Directie_zonder_trekker_in_de_bronnen_heeft_geen_trekkersrol(string afkorting)
    {
        Assert.Contains(Seed.Directies, d => d.Afkorting == afkorting);
        Assert.DoesNotContain(AlleRollen(), r => r.Rol.Rol == Rol.Trekker && r.Rol.Directie == afkorting);
    }

    [Fact]
    public void West_heeft_twee_trekkers_tegelijk()
    {
        var trekkers = AlleRollen().Where(r => r.Rol.Rol == Rol.Trekker && r.Rol.Directie == "West").ToList();

        var tegelijk = trekkers
            .SelectMany(a => trekkers, (a, b) => (a, b))
            .Where(p => p.a.Persoon.Email != p.b.Persoon.Email)
            .Any(p => p.a.Rol.Van <= (p.b.Rol.Tot ?? DateOnly.MaxValue) && p.b.Rol.Van <= (p.a.Rol.Tot ?? DateOnly.MaxValue));
        Assert.True(tegelijk, "West heeft volgens de bronnen sinds kort twee trekkers tegelijk.");
    }

    [Fact]
    public void Zuidas_bestaat_tot_en_met_31_december_2024_en_ging_op_in_G_en_O()
    {
        var zuidas = Assert.Single(Seed.Directies, d => d.Afkorting == "Zuidas");

        Assert.Equal(new DateOnly(2024, 12, 31), zuidas.ActiefTot);
        Assert.Equal("G&O", zuidas.OpgegaanIn);
        Assert.Contains(Seed.Directies, d => d.Afkorting == "G&O");
    }

    [Fact]
    public void UI_en_E_heette_voorheen_Bijzondere_Projecten()
    {
        var uie = Assert.Single(Seed.Directies, d => d.Afkorting == "UI&E");

        Assert.Equal("Bijzondere Projecten", uie.VorigeNaam);
    }

    [Fact]
    public void Elke_rol_in_de_seed_verwijst_naar_een_bestaande_directie_of_cluster()
    {
        var directies = Seed.Directies.Select(d => d.Afkorting).ToHashSet();
        var clusters = Seed.Clusters.Select(c => c.Id).ToHashSet();

        Assert.All(AlleRollen(), r =>
        {
            if (r.Rol.Directie is { } directie)
            {
                Assert.Contains(directie, directies);
            }

            if (r.Rol.Cluster is { } cluster)
            {
                Assert.Contains(cluster, clusters);
            }
        });
    }

    [Fact]
    public void Elke_rol_in_de_seed_voldoet_aan_de_rolregels_naast_alle_andere_rollen()
    {
        var clusters = Seed.Clusters.ToDictionary(c => c.Id, c => new Cluster { Id = c.Id, Naam = c.Naam, Afkorting = c.Afkorting });
        var directies = Seed.Directies.ToDictionary(d => d.Afkorting, d => new Directie
        {
            Id = StabieleId.Voor("directie", d.Afkorting),
            Afkorting = d.Afkorting,
            Naam = d.Naam,
            ClusterId = d.Cluster,
            ActiefVanaf = d.ActiefVanaf,
            ActiefTot = d.ActiefTot,
        });
        var personen = Seed.Personen.ToDictionary(
            p => p.Email, p => new Persoon { Id = StabieleId.Voor("persoon", p.Email), Naam = p.Naam, Email = p.Email });
        var namen = personen.Values.ToDictionary(p => p.Id, p => p.Naam);

        var rollen = AlleRollen()
            .Select(r =>
            {
                var directie = r.Rol.Directie is null ? null : directies[r.Rol.Directie];
                var cluster = r.Rol.Cluster is null ? null : clusters[r.Rol.Cluster];
                var persoon = personen[r.Persoon.Email];
                var voorstel = new RolVoorstel(r.Rol.Rol, persoon, directie, cluster, r.Rol.Van, r.Rol.Tot, r.Rol.UrenPerWeek);
                var toewijzing = Roltoewijzing.Nieuw(
                    r.Rol.Rol, persoon.Id, directie?.Id, cluster?.Id, r.Rol.Van, r.Rol.Tot, r.Rol.UrenPerWeek);
                return (r.Persoon.Naam, Voorstel: voorstel, Toewijzing: toewijzing);
            })
            .ToList();

        var problemen = rollen
            .SelectMany(r => RolRegels
                .Controleer(r.Voorstel, rollen.Where(a => a.Toewijzing != r.Toewijzing).Select(a => a.Toewijzing), id => namen[id])
                .Select(f => $"{r.Naam} als {r.Voorstel.Rol} bij "
                    + $"{r.Voorstel.Directie?.Afkorting ?? r.Voorstel.Cluster?.Id ?? "gemeente"}: {f.Veld}: {f.Melding}"))
            .ToList();

        Assert.NotEmpty(rollen);
        Assert.Empty(problemen);
    }

    private static IEnumerable<(DemoSeed.SeedPersoon Persoon, DemoSeed.SeedRol Rol)> AlleRollen() =>
        Seed.Personen.SelectMany(p => p.Rollen, (p, r) => (p, r));
}
