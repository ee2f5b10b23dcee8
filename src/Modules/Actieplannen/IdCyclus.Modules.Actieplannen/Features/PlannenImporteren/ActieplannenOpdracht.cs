using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Modules.Actieplannen.Features.Exporteren;
using IdCyclus.Modules.Actieplannen.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Actieplannen.Features.PlannenImporteren;

/// <summary>
/// `actieplannen import --file &lt;json&gt;` and `actieplannen export --directie DV --jaar 2024`. Exit code 0 on success,
/// 1 when the file is refused (every problem on stderr with its JSON path), 2 for wrong arguments.
/// </summary>
internal static class ActieplannenOpdracht
{
    public static async Task<int> VoerUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        await using var scope = diensten.CreateAsyncScope();
        switch (args.FirstOrDefault())
        {
            case "import" when Waarde(args, "--file") is { } bestand:
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
            case "export" when Waarde(args, "--directie") is { } afkorting && int.TryParse(Waarde(args, "--jaar"), out var jaar):
                var directie = await scope.ServiceProvider.GetRequiredService<IOrganisatieQueries>().DirectieMetAfkortingAsync(afkorting, ct);
                var plan = directie is null ? null : await scope.ServiceProvider.GetRequiredService<Planlezer>().LeesAsync(jaar, directie.Id, ct);
                if (plan is null)
                {
                    await fout.WriteLineAsync($"Er is geen actieplan {jaar} van '{afkorting}'.");
                    return 1;
                }

                await uit.WriteLineAsync(Planbestandschrijver.Schrijf([Exporteur.Bestand(plan)]));
                return 0;
            default:
                await fout.WriteLineAsync("Gebruik: actieplannen import --file <json> [--database <sqlite-bestand>]");
                await fout.WriteLineAsync("         actieplannen export --directie <afkorting> --jaar <jaar> [--database <sqlite-bestand>]");
                return 2;
        }
    }

    private static string? Waarde(string[] args, string naam) =>
        Array.IndexOf(args, naam) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
