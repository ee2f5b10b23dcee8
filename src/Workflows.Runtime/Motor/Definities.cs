using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Publishes definitions. A published version is immutable: publishing the same id and version again is accepted
/// only with identical JSON (so a host can publish its built-in definitions on every start), and a changed
/// definition needs a higher version. Running instances keep the version they started with.
/// </summary>
internal sealed class Definities(WorkflowDbContext db, TimeProvider klok, IDefinitieValidator validator)
{
    public async Task<Resultaat<(string Id, int Versie)>> PubliceerAsync(string json, string door, CancellationToken ct)
    {
        var gelezen = validator.Valideer(json);
        if (gelezen.Fouten.Count > 0)
        {
            return Resultaat<(string, int)>.Mislukt(gelezen.Fouten);
        }

        var (id, naam, versie) = (gelezen.Id!, gelezen.Naam!, gelezen.Versie);
        var bestaand = await db.Definities.AsNoTracking().Where(d => d.DefinitieId == id).OrderByDescending(d => d.Versie).ToListAsync(ct);
        if (bestaand.FirstOrDefault(d => d.Versie == versie) is { } zelfde)
        {
            return zelfde.Json == json
                ? Resultaat<(string, int)>.Gelukt((id, versie))
                : Resultaat<(string, int)>.Mislukt("$.versie",
                    $"Versie {versie} van '{id}' is al gepubliceerd met een andere inhoud. Verhoog de versie; lopende instanties houden hun eigen versie.");
        }

        if (bestaand.FirstOrDefault() is { } laatste && laatste.Versie > versie)
        {
            return Resultaat<(string, int)>.Mislukt("$.versie", $"De nieuwste versie van '{id}' is {laatste.Versie}; een nieuwe versie moet hoger zijn.");
        }

        db.Definities.Add(new GepubliceerdeDefinitie
        {
            DefinitieId = id, Versie = versie, Naam = naam, Json = json, GepubliceerdOpUtc = klok.GetUtcNow().UtcDateTime, GepubliceerdDoor = door,
        });
        await db.SaveChangesAsync(ct);
        return Resultaat<(string, int)>.Gelukt((id, versie));
    }
}

/// <summary>What publishing needs of the definition library: all errors with their JSON path, or the identity.</summary>
public interface IDefinitieValidator
{
    GevalideerdeDefinitie Valideer(string json);
}

public sealed record GevalideerdeDefinitie(string? Id, string? Naam, int Versie, IReadOnlyList<Fout> Fouten);
