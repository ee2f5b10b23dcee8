using IdCyclus.Modules.Vragenlijst.Domain;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>Puts the 2024 questionnaire, exactly as the reference gives it, into every database once.</summary>
internal static class VersieSeed
{
    public static readonly Guid Versie2024 = new("a5f0c1d2-2024-4000-8000-000000002024");

    public static async Task VulAsync(VragenlijstDbContext db, TimeProvider klok, CancellationToken ct)
    {
        if (await db.Versies.AnyAsync(v => v.Jaar == 2024, ct))
        {
            return;
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var versie = new Vragenlijstversie
        {
            Id = Versie2024,
            Jaar = 2024,
            Naam = Seed2024.Naam,
            Meetperiode = Seed2024.Meetperiode,
            Status = VersieStatus.Gepubliceerd,
            InhoudJson = "{}",
            AangemaaktOpUtc = nu,
            GepubliceerdOpUtc = nu,
            GepubliceerdDoor = "referentiegegevens (VGR2024, bijlage 1b)",
        };
        versie.Inhoud = Seed2024.Lees();
        db.Versies.Add(versie);
        await db.SaveChangesAsync(ct);
    }
}
