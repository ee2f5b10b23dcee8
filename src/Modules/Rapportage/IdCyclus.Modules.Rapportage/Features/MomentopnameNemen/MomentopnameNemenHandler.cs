using System.Text.Json;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;

/// <param name="Versie">The report's version the person saw; null when starting a new year's report.</param>
internal sealed record MomentopnameNemenOpdracht(int Jaar, int? Versie, Actor Door);

internal sealed record MomentopnameGenomen(Guid RapportageId, int Nummer, string Hash, IReadOnlyList<string> Wijzigingen);

/// <summary>
/// Starts "Rapportage {jaar}" with its first snapshot and empty blocks, or takes a newer snapshot of a started one:
/// the blocks carry over, and what changed against the previous snapshot is stored with it.
/// </summary>
internal sealed class MomentopnameNemenHandler(RapportageDbContext db, Gegevensverzamelaar verzamelaar, Standaardteksten standaard, TimeProvider klok)
{
    public const int EersteJaar = 2020;

    public async Task<Resultaat<MomentopnameGenomen>> VoerUitAsync(MomentopnameNemenOpdracht opdracht, CancellationToken ct)
    {
        if (opdracht.Jaar < EersteJaar || opdracht.Jaar > klok.GetUtcNow().Year + 1)
        {
            return Resultaat<MomentopnameGenomen>.Mislukt("Jaar", $"Kies een jaar van {EersteJaar} tot en met {klok.GetUtcNow().Year + 1}.");
        }

        var rapportage = await db.Rapportages.FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        if (rapportage is not null && opdracht.Versie != rapportage.Versie)
        {
            return Resultaat<MomentopnameGenomen>.Mislukt("Versie",
                $"Rapportage {opdracht.Jaar} is intussen gewijzigd (bijvoorbeeld een nieuwe momentopname door een collega). Laad de pagina opnieuw.");
        }

        var momentopname = await verzamelaar.VerzamelAsync(opdracht.Jaar, ct);
        if (momentopname.Secties.Count == 0)
        {
            return Resultaat<MomentopnameGenomen>.Mislukt("Jaar", $"Voor {opdracht.Jaar} zijn geen rapportsecties bekend in Organisatie.");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        IReadOnlyList<string> wijzigingen = [];
        var nummer = 1;
        if (rapportage is null)
        {
            rapportage = new Persistence.Rapportage { Id = Guid.CreateVersion7(), Jaar = opdracht.Jaar, GestartOpUtc = nu, GestartDoor = opdracht.Door.Naam };
            db.Rapportages.Add(rapportage);
            foreach (var blok in Tekstblokken.Voor(momentopname.Secties))
            {
                db.Tekstblokken.Add(new Tekstblok
                {
                    Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Sleutel = blok.Sleutel, Markdown = standaard.Voor(blok, opdracht.Jaar),
                    Staat = Blokstaat.Concept, GewijzigdOpUtc = nu, GewijzigdDoor = opdracht.Door.Naam,
                });
            }
        }
        else
        {
            var vorige = await db.Momentopnamen.AsNoTracking().Where(m => m.RapportageId == rapportage.Id).OrderByDescending(m => m.Nummer).FirstAsync(ct);
            nummer = vorige.Nummer + 1;
            wijzigingen = Momentopnameverschil.Bepaal(Momentopname.VanJson(vorige.InhoudJson), momentopname);
            if (wijzigingen.Count == 0)
            {
                wijzigingen = ["Geen wijzigingen ten opzichte van momentopname " + vorige.Nummer + "."];
            }

            await VoegOntbrekendeBlokkenToeAsync(rapportage, momentopname, opdracht.Door, nu, ct);
        }

        var rij = new MomentopnameRij
        {
            Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Nummer = nummer, InhoudJson = momentopname.NaarJson(), Hash = momentopname.Hash(),
            WijzigingenJson = JsonSerializer.Serialize(wijzigingen), GenomenOpUtc = nu, Door = opdracht.Door.Naam,
        };
        db.Momentopnamen.Add(rij);
        rapportage.HuidigeMomentopnameId = rij.Id;
        rapportage.Versie++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people started the same year (unique year) or took a snapshot at once (unique number, version token).
            return Resultaat<MomentopnameGenomen>.Mislukt(
                "Versie",
                $"Rapportage {opdracht.Jaar} is tegelijk door iemand anders gewijzigd. Laad de pagina opnieuw.");
        }

        return Resultaat<MomentopnameGenomen>.Gelukt(new MomentopnameGenomen(rapportage.Id, nummer, rij.Hash, wijzigingen));
    }

    /// <summary>A section that is new in this snapshot gets its blocks; existing blocks keep their text and state.</summary>
    private async Task VoegOntbrekendeBlokkenToeAsync(
        Persistence.Rapportage rapportage, Momentopname momentopname, Actor door, DateTime nu, CancellationToken ct)
    {
        var bestaand = await db.Tekstblokken.Where(b => b.RapportageId == rapportage.Id).Select(b => b.Sleutel).ToListAsync(ct);
        foreach (var blok in Tekstblokken.Voor(momentopname.Secties).Where(b => !bestaand.Contains(b.Sleutel)))
        {
            db.Tekstblokken.Add(new Tekstblok
            {
                Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Sleutel = blok.Sleutel, Markdown = standaard.Voor(blok, rapportage.Jaar),
                Staat = Blokstaat.Concept, GewijzigdOpUtc = nu, GewijzigdDoor = door.Naam,
            });
        }
    }
}
