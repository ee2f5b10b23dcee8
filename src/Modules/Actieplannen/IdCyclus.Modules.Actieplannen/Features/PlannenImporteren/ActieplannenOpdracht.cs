using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Exporteren;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Opdrachtregel;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;

/// <summary>
/// `actieplannen import --file &lt;json&gt;` and `actieplannen export --directie DV --jaar 2024`. Exit code 0 on success,
/// 1 when the file is refused (every problem on stderr with its JSON path), 2 for wrong arguments.
/// </summary>
internal static class ActieplannenOpdracht
{
    public const string Gebruik =
        "Gebruik: actieplannen import --file <json> [--database <sqlite-bestand>]\n" +
        "         actieplannen export --directie <afkorting> --jaar <jaar> [--database <sqlite-bestand>]";

    private static readonly Dictionary<string, string[]> Subopdrachten = new()
    {
        ["import"] = ["file", "database"],
        ["export"] = ["directie", "jaar", "database"],
    };

    public static async Task<int> VoerUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (await Opdrachtopties.LeesAsync("actieplannen", args, Subopdrachten, Gebruik, fout) is not { } gelezen)
        {
            return 2;
        }

        var opties = gelezen.Opties;
        await using var scope = diensten.CreateAsyncScope();
        switch (gelezen.Subopdracht)
        {
            case "import" when opties.GetValueOrDefault("file") is { } bestand:
                if (!File.Exists(bestand))
                {
                    await fout.WriteLineAsync($"Bestand '{bestand}' bestaat niet.");
                    return 2;
                }

                var resultaat = await scope.ServiceProvider.GetRequiredService<ImportHandler>()
                    .VoerUitAsync(await File.ReadAllTextAsync(bestand, ct), $"import ({Path.GetFileName(bestand)})", ct);
                if (!resultaat.IsGelukt)
                {
                    await fout.WriteLineAsync($"Niets geïmporteerd: {resultaat.Fouten.Count} probleem/problemen in {bestand}.");
                    foreach (var f in resultaat.Fouten)
                    {
                        await fout.WriteLineAsync($"{f.Veld}: {f.Melding}");
                    }

                    return 1;
                }

                foreach (var regel in resultaat.Waarde!.Regels)
                {
                    await uit.WriteLineAsync($"Geïmporteerd: {regel}");
                }

                return 0;
            case "export" when opties.GetValueOrDefault("directie") is { } afkorting && int.TryParse(opties.GetValueOrDefault("jaar"), out var jaar):
                var directie = await scope.ServiceProvider.GetRequiredService<IOrganisatieQueries>().DirectieMetAfkortingAsync(afkorting, ct);
                var plan = directie is null ? null : await scope.ServiceProvider.GetRequiredService<Planlezer>().LeesAsync(jaar, directie.Id, ct);
                if (plan is null)
                {
                    await fout.WriteLineAsync($"Er is geen actieplan {jaar} van '{afkorting}'.");
                    return 1;
                }

                await uit.WriteLineAsync(Planbestandschrijver.Schrijf([Exporteur.Bestand(plan)]));
                return 0;
            case "import":
                await fout.WriteLineAsync("Geef het importbestand met --file <bestand.json>.");
                await fout.WriteLineAsync(Gebruik);
                return 2;
            default:
                await fout.WriteLineAsync("Geef de directie met --directie <afkorting> en het jaar met --jaar <jaar>, bijvoorbeeld --jaar 2024.");
                await fout.WriteLineAsync(Gebruik);
                return 2;
        }
    }
}
