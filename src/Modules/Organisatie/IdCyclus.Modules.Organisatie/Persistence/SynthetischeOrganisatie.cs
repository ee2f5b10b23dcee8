using IdCyclus.Modules.Organisatie.Domain;

namespace IdCyclus.Modules.Organisatie.Persistence;

/// <summary>
/// For <c>simulate --schaal N</c> only: makes the demo organisation N times as large in the simulation's throwaway
/// database, to measure the yearly cycle at that size. Copy k (2..N) of every directie is called "… (synthetisch k)"
/// with abbreviation "AFK-sk", in the same cluster; everyone with a role in a directie gets a copy "… (synthetisch k)"
/// with that role in the copy. Roles of a cluster, Bureau and the GMT stay with the original people, so a
/// clusterdirecteur, Bureau and the GMT carry N times the work, as they would in an organisation that large.
/// </summary>
internal static class SynthetischeOrganisatie
{
    public static async Task VermenigvuldigAsync(OrganisatieDbContext db, int schaal, CancellationToken cancellationToken)
    {
        var seed = DemoSeed.Lees();
        for (var k = 2; k <= schaal; k++)
        {
            var ids = seed.Directies.ToDictionary(d => d.Afkorting, d => StabieleId.Voor("directie", Afkorting(d.Afkorting, k)));
            foreach (var d in seed.Directies)
            {
                db.Directies.Add(new Directie
                {
                    Id = ids[d.Afkorting],
                    Afkorting = Afkorting(d.Afkorting, k),
                    Naam = $"{d.Naam ?? d.Afkorting} (synthetisch {k})",
                    ClusterId = d.Cluster,
                    KokerId = d.Koker,
                    ActiefVanaf = d.ActiefVanaf,
                    ActiefTot = d.ActiefTot,
                    OpgegaanInId = d.OpgegaanIn is null ? null : ids[d.OpgegaanIn],
                });
            }

            foreach (var p in seed.Personen.Where(p => p.Rollen.Any(r => r.Directie is not null)))
            {
                var at = p.Email.IndexOf('@', StringComparison.Ordinal);
                var email = $"{p.Email[..at]}.synthetisch{k}{p.Email[at..]}";
                var persoon = new Persoon { Id = StabieleId.Voor("persoon", email), Naam = $"{p.Naam} (synthetisch {k})", Email = email };
                db.Personen.Add(persoon);
                foreach (var r in p.Rollen.Where(r => r.Directie is not null))
                {
                    db.Roltoewijzingen.Add(Roltoewijzing.Nieuw(r.Rol, persoon.Id, ids[r.Directie!], null, r.Van, r.Tot, r.UrenPerWeek));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Afkorting(string afkorting, int k) => $"{afkorting}-s{k}";
}
