using IdCyclus.Modules.Vragenlijst.Domain;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>
/// Puts the 2023 questionnaire (a reconstruction, see <see cref="Seed2023"/>) and the 2024 one, exactly as the reference
/// gives it and linked to 2023 per item, into every database once: importing one's own 2023 interviews and comparing
/// 2023 with 2024 need both, with or without demo data.
/// </summary>
internal static class VersieSeed
{
    public static readonly Guid Versie2023 = new("a5f0c1d2-2023-4000-8000-000000002023");

    public static readonly Guid Versie2024 = new("a5f0c1d2-2024-4000-8000-000000002024");

    public static async Task VulAsync(VragenlijstDbContext db, TimeProvider klok, CancellationToken ct)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        // A database that already had 2024 keeps it as published (frozen): 2023 is then added without a link.
        var nieuw2024 = !await db.Versies.AnyAsync(v => v.Jaar == 2024, ct);
        var versie2023 = await db.Versies.FirstOrDefaultAsync(v => v.Jaar == 2023, ct);
        if (versie2023 is null)
        {
            versie2023 = new Vragenlijstversie
            {
                Id = Versie2023,
                Jaar = 2023,
                Naam = Seed2023.Naam,
                Meetperiode = null,
                Status = VersieStatus.Gepubliceerd,
                InhoudJson = "{}",
                AangemaaktOpUtc = nu,
                GepubliceerdOpUtc = nu,
                GepubliceerdDoor = "referentiegegevens (reconstructie uit VGR2024, bijlage 1b en 2.1)",
            };
            versie2023.Inhoud = Seed2023.Lees();
            db.Versies.Add(versie2023);
        }

        if (nieuw2024)
        {
            var versie = new Vragenlijstversie
            {
                Id = Versie2024,
                Jaar = 2024,
                Naam = Seed2024.Naam,
                Meetperiode = Seed2024.Meetperiode,
                Status = VersieStatus.Gepubliceerd,
                VorigeVersieId = versie2023.Id,
                InhoudJson = "{}",
                AangemaaktOpUtc = nu,
                GepubliceerdOpUtc = nu,
                GepubliceerdDoor = "referentiegegevens (VGR2024, bijlage 1b)",
            };
            versie.Inhoud = Seed2023.Koppel2024(Seed2024.Lees());
            db.Versies.Add(versie);
        }

        await db.SaveChangesAsync(ct);
    }
}
