using IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Indicatoren.Persistence;

/// <summary>
/// The 2024 figures of the report (reference/indicatoren-2024.json and organisatie.json), loaded through the same
/// import as a person's file; where the report has no figure the demo value is fictional and its toelichting says so.
/// </summary>
internal static class DemoSeed
{
    public const string Bestandsnaam = "demo-2024.csv";
    public const string Door = "demogegevens (VGR2024; fictief waar de toelichting dat zegt)";

    public static async Task VulAsync(IServiceProvider diensten, CancellationToken ct)
    {
        var db = diensten.GetRequiredService<IndicatorenDbContext>();
        // After a test reset the demo seed runs before the post-migration step: the definitions must be there first.
        await DefinitieSeed.VulAsync(db, ct);
        if (await db.Imports.AnyAsync(ct))
        {
            return;
        }

        await using var stroom = typeof(DemoSeed).Assembly.GetManifestResourceStream(Bestandsnaam)
            ?? throw new InvalidOperationException($"Het seedbestand {Bestandsnaam} ontbreekt in de assembly.");
        using var geheugen = new MemoryStream();
        await stroom.CopyToAsync(geheugen, ct);

        var voorbereid = await diensten.GetRequiredService<ImportVoorbereidenHandler>()
            .VoerUitAsync(new ImportVoorbereiden(Bestandsnaam, geheugen.ToArray(), Door), ct);
        if (!voorbereid.IsGelukt)
        {
            throw new InvalidOperationException("De demogegevens van Indicatoren zijn ongeldig: " + string.Join(" ", voorbereid.Fouten.Select(f => f.Melding)));
        }

        var uitkomst = await diensten.GetRequiredService<Importcontrole>().ControleerAsync(geheugen.ToArray(), ct);
        var bevestigd = await diensten.GetRequiredService<ImportBevestigenHandler>()
            .VoerUitAsync(new ImportBevestigen(voorbereid.Waarde, uitkomst.Vergelijking!.Vingerafdruk, Door), ct);
        if (!bevestigd.IsGelukt)
        {
            throw new InvalidOperationException(
                "De demogegevens van Indicatoren konden niet worden geladen: " + string.Join(" ", bevestigd.Fouten.Select(f => f.Melding)));
        }
    }
}
