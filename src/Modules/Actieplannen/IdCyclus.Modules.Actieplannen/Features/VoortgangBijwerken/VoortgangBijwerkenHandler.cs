using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Features.VoortgangBijwerken;

internal sealed record Actiestatus(string Sleutel, ActieStatus? Status, string? Notitie);

internal sealed record VoortgangBijwerken(Guid DirectieId, int Jaar, int Versie, IReadOnlyList<Actiestatus> Acties, Actor Door);

/// <summary>
/// The trekker records each action's status and a short note. Progress is living data next to the versions: it never
/// needs the directeur's approval and never starts a new version. Every update is a new row, so the history stays.
/// </summary>
internal sealed class VoortgangBijwerkenHandler(ActieplannenDbContext db, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(VoortgangBijwerken opdracht, CancellationToken ct) =>
        await db.VoerSerieelUitAsync(async () =>
        {
            var (plan, laatste) = await Planopslag.LaadAsync(db, opdracht.DirectieId, opdracht.Jaar, ct);
            if (plan is null || laatste is null)
            {
                return Resultaat<int>.Mislukt("", "Er is geen actieplan om bij te werken.");
            }

            if (plan.Versie != opdracht.Versie)
            {
                return Planopslag.Conflict<int>();
            }

            var acties = laatste.Inhoud.AlleActies().ToDictionary(a => a.Sleutel, StringComparer.Ordinal);
            var fouten = new List<Fout>();
            foreach (var actie in opdracht.Acties)
            {
                if (!acties.ContainsKey(actie.Sleutel))
                {
                    fouten.Add(new Fout($"Actie[{actie.Sleutel}]", $"Actie '{actie.Sleutel}' staat niet in het plan."));
                }
                else if (actie.Status is null)
                {
                    fouten.Add(new Fout($"Actie[{actie.Sleutel}]", $"Kies een status voor actie '{acties[actie.Sleutel].Titel}'."));
                }

                Tekstlengte.Controleer(fouten, $"Notitie[{actie.Sleutel}]", "De toelichting", actie.Notitie, Voortgangsregels.MaxNotitie);
            }

            if (fouten.Count > 0)
            {
                return Resultaat<int>.Mislukt(fouten);
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            Planopslag.Wijzig(db, plan, opdracht.Versie, nu);
            foreach (var actie in opdracht.Acties)
            {
                db.Voortgang.Add(new ActieVoortgang
                {
                    ActieplanId = plan.Id, ActieSleutel = actie.Sleutel, Status = actie.Status!.Value, Notitie = actie.Notitie,
                    BijgewerktOpUtc = nu, Door = opdracht.Door.Naam,
                });
            }

            Planopslag.Log(db, plan.Id, opdracht.Door.Naam, $"Voortgang van {opdracht.Acties.Count} actie(s) bijgewerkt.", nu);
            return Resultaat<int>.Gelukt(plan.Versie);
        }, ct);
}
