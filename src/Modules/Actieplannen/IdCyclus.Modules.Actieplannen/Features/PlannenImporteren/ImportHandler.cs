using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;

internal sealed record Importuitkomst(IReadOnlyList<string> Regels);

/// <summary>
/// Imports plans from the documented JSON format, all or nothing: every problem in the file, with its JSON path, or every
/// plan stored in one transaction. A plan becomes a new version of the directie's plan for that year; a concept or a
/// submitted version in the way is never overwritten (what a trekker typed is never lost).
/// </summary>
internal sealed class ImportHandler(ActieplannenDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public async Task<Resultaat<Importuitkomst>> VoerUitAsync(string json, string door, CancellationToken ct)
    {
        var gelezen = Planbestandlezer.Lees(json);
        if (!gelezen.IsGelukt)
        {
            return Resultaat<Importuitkomst>.Mislukt(gelezen.Fouten);
        }

        var fouten = new List<Fout>();
        var directies = new Dictionary<string, DirectieGegevens>();
        foreach (var plan in gelezen.Waarde!)
        {
            if (await organisatie.DirectieMetAfkortingAsync(plan.Directie, ct) is { } directie)
            {
                directies[plan.Pad] = directie;
            }
            else
            {
                fouten.Add(new Fout($"{plan.Pad}.directie",
                    $"Directie '{plan.Directie}' bestaat niet in de organisatie; gebruik de afkorting, bijvoorbeeld DV."));
            }
        }

        if (fouten.Count > 0)
        {
            return Resultaat<Importuitkomst>.Mislukt(fouten);
        }

        return await db.VoerSerieelUitAsync(async () =>
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            var regels = new List<string>();
            foreach (var bestand in gelezen.Waarde!)
            {
                var directie = directies[bestand.Pad];
                var (plan, laatste) = await Planopslag.LaadAsync(db, directie.Id, bestand.Jaar, ct);
                if (laatste is { Status: not VersieStatus.Goedgekeurd })
                {
                    fouten.Add(new Fout($"{bestand.Pad}.directie",
                        $"Het actieplan {bestand.Jaar} van {directie.Afkorting} heeft een {Weergave.Versiestatus(laatste.Status)}e versie {laatste.Nummer}; "
                        + "importeren zou die overschrijven. Laat de trekker haar eerst afronden."));
                    continue;
                }

                if (plan is null)
                {
                    plan = new Actieplan
                    {
                        DirectieId = directie.Id, DirectieAfkorting = directie.Afkorting, ClusterId = directie.ClusterId, Jaar = bestand.Jaar, Versie = 1,
                    };
                    db.Actieplannen.Add(plan);
                }
                else
                {
                    Planopslag.Wijzig(db, plan, plan.Versie, nu);
                }

                plan.LaatstBijgewerktOpUtc = nu;
                var nummer = (laatste?.Nummer ?? 0) + 1;
                var inhoud = bestand.GoedgekeurdOp is { } op ? Versieregels.NaGoedkeuring(bestand.Inhoud, op) : bestand.Inhoud;
                db.Versies.Add(new Planversie
                {
                    ActieplanId = plan.Id, Nummer = nummer, Status = bestand.GoedgekeurdOp is null ? VersieStatus.Concept : VersieStatus.Goedgekeurd,
                    InhoudJson = "{}", Inhoud = inhoud, AangemaaktOpUtc = nu, AangemaaktDoor = door,
                    GoedgekeurdOp = bestand.GoedgekeurdOp, GoedgekeurdDoor = bestand.GoedgekeurdDoor,
                });
                foreach (var (sleutel, voortgang) in bestand.Voortgang)
                {
                    db.Voortgang.Add(new ActieVoortgang
                    {
                        ActieplanId = plan.Id, ActieSleutel = sleutel, Status = voortgang.Status, Notitie = voortgang.Notitie,
                        BijgewerktOpUtc = nu, Door = door,
                    });
                }

                var hoe = bestand.GoedgekeurdOp is { } g ? $" als goedgekeurd op {Weergave.Datum(g)} door {bestand.GoedgekeurdDoor}" : " als concept";
                Planopslag.Log(db, plan.Id, door, $"Versie {nummer} geïmporteerd{hoe}.", nu);
                regels.Add($"{directie.Afkorting} {bestand.Jaar}: versie {nummer} "
                    + $"({inhoud.AlleActies().Count()} acties, {inhoud.Begroting.Regels.Count} begrotingsregels).");
            }

            return fouten.Count > 0 ? Resultaat<Importuitkomst>.Mislukt(fouten) : Resultaat<Importuitkomst>.Gelukt(new Importuitkomst(regels));
        }, ct);
    }
}
