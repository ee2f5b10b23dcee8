using IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Actieplannen.Persistence;

/// <summary>
/// The two plans from the source documents (AP-DV and AP-DATA, seeds 001 and 004), loaded through the import like any
/// migrated plan, with the inconsistencies of those documents as they are (DISCREPANCIES A2, A3, B12, C27).
/// </summary>
internal static class Demodata
{
    public static async Task VulAsync(ActieplannenDbContext db, ImportHandler import, CancellationToken ct)
    {
        if (await db.Actieplannen.AnyAsync(ct))
        {
            return;
        }

        var assembly = typeof(Demodata).Assembly;
        foreach (var naam in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seed:", StringComparison.Ordinal)).Order())
        {
            await using var stream = assembly.GetManifestResourceStream(naam)!;
            using var lezer = new StreamReader(stream);
            var resultaat = await import.VoerUitAsync(await lezer.ReadToEndAsync(ct), "Demodata (bronbestand)", ct);
            if (!resultaat.IsGelukt)
            {
                throw new InvalidOperationException(
                    $"Demodata {naam} is ongeldig: " + string.Join("; ", resultaat.Fouten.Select(f => $"{f.Veld}: {f.Melding}")));
            }
        }
    }
}
