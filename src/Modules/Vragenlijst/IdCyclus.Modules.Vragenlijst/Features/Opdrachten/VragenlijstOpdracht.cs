using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IdCyclus.Modules.Vragenlijst.Features.Importeren;
using IdCyclus.Modules.Vragenlijst.Features.Lezen;
using IdCyclus.Shared.Opdrachtregel;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Vragenlijst.Features.Opdrachten;

/// <summary>
/// `vragenlijst import --file &lt;path&gt;` and `vragenlijst scores --jaar &lt;jaar&gt; [--format json|csv]`: the same import
/// and the same scores as the pages, for migrating Bureau's spreadsheets and for checking results outside the browser.
/// </summary>
internal static class VragenlijstOpdracht
{
    public const string Gebruik =
        "Gebruik: vragenlijst import --file <bestand.json> [--database <sqlite-bestand>]\n" +
        "         vragenlijst scores --jaar <jaar> [--format json|csv] [--database <sqlite-bestand>]";

    private static readonly Dictionary<string, string[]> Subopdrachten = new()
    {
        ["import"] = ["file", "database"],
        ["scores"] = ["jaar", "format", "database"],
    };

    public static async Task<int> VoerUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (await Opdrachtopties.LeesAsync("vragenlijst", args, Subopdrachten, Gebruik, fout) is not { } gelezen)
        {
            return 2;
        }

        var opties = gelezen.Opties;
        await using var scope = diensten.CreateAsyncScope();
        switch (gelezen.Subopdracht)
        {
            case "import":
                return await ImporteerAsync(scope.ServiceProvider, opties, uit, fout, ct);
            case "scores":
                return await ScoresAsync(scope.ServiceProvider, opties, uit, fout, ct);
            default:
                throw new InvalidOperationException($"Subopdracht '{gelezen.Subopdracht}' zonder uitvoering.");
        }
    }

    private static async Task<int> ImporteerAsync(
        IServiceProvider diensten,
        IReadOnlyDictionary<string, string> opties,
        TextWriter uit,
        TextWriter fout,
        CancellationToken ct)
    {
        if (!opties.TryGetValue("file", out var pad))
        {
            await fout.WriteLineAsync("Geef het importbestand met --file <bestand.json>.");
            return 2;
        }

        if (!File.Exists(pad))
        {
            await fout.WriteLineAsync($"Het bestand '{pad}' bestaat niet.");
            return 1;
        }

        var inhoud = await File.ReadAllTextAsync(pad, ct);
        var resultaat = await diensten.GetRequiredService<InterviewImporteur>().ImporteerAsync(inhoud, "import (opdrachtregel)", ct);
        if (!resultaat.IsGelukt)
        {
            await fout.WriteLineAsync($"Import geweigerd: {resultaat.Fouten.Count} fout(en); er is niets opgeslagen.");
            foreach (var f in resultaat.Fouten)
            {
                await fout.WriteLineAsync($"- {f.Melding}");
            }

            return 1;
        }

        await uit.WriteLineAsync($"{resultaat.Waarde!.Aantal} interview(s) geïmporteerd ({string.Join(", ", resultaat.Waarde.Jaren)}).");
        return 0;
    }

    private static async Task<int> ScoresAsync(
        IServiceProvider diensten,
        IReadOnlyDictionary<string, string> opties,
        TextWriter uit,
        TextWriter fout,
        CancellationToken ct)
    {
        if (!opties.TryGetValue("jaar", out var jaarTekst) || !int.TryParse(jaarTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar))
        {
            await fout.WriteLineAsync("Geef het jaar met --jaar, bijvoorbeeld --jaar 2024.");
            return 2;
        }

        var formaat = opties.GetValueOrDefault("format", "json");
        if (formaat is not ("json" or "csv"))
        {
            await fout.WriteLineAsync($"Onbekend formaat '{formaat}'; kies json of csv.");
            return 2;
        }

        var overzicht = await diensten.GetRequiredService<ScoreLezer>().LeesAsync(jaar, alleenDefinitief: true, ct);
        if (overzicht is null)
        {
            await fout.WriteLineAsync($"Er is geen vragenlijst voor {jaar}.");
            return 1;
        }

        await uit.WriteAsync(formaat == "json" ? AlsJson(overzicht) : AlsCsv(overzicht));
        return 0;
    }

    private static IEnumerable<string> Randvoorwaarden(Scoreoverzicht o) =>
        o.Inhoud.GescoordeVragen.Where(v => v.Groep == Domain.Rapportgroep.Randvoorwaarde).Select(v => v.Nummer);

    public static string AlsJson(Scoreoverzicht o) => JsonSerializer.Serialize(
        o.Regels.Select(r => new
        {
            directie = r.Directie,
            cluster = r.Cluster,
            totaal = r.Uitslag.Totaal,
            max = r.Uitslag.Max,
            randvoorwaarden = r.Uitslag.Randvoorwaarden,
            themas = r.Uitslag.Themas,
            opOrde = Randvoorwaarden(o).ToDictionary(n => n, n => r.Uitslag.OpOrde.GetValueOrDefault(n)),
            ontbreekt = r.Uitslag.Ontbreekt,
        }),
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine;

    public static string AlsCsv(Scoreoverzicht o)
    {
        var items = Randvoorwaarden(o).ToList();
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', new[] { "directie", "cluster", "totaal", "max", "randvoorwaarden", "themas" }
            .Concat(items.Select(n => $"opOrde_{n}")).Append("ontbreekt")));
        foreach (var r in o.Regels)
        {
            var velden = new[] { r.Directie, r.Cluster, r.Uitslag.Totaal?.ToString(CultureInfo.InvariantCulture) ?? "",
                    r.Uitslag.Max.ToString(CultureInfo.InvariantCulture),
                    r.Uitslag.Randvoorwaarden.ToString(CultureInfo.InvariantCulture), r.Uitslag.Themas.ToString(CultureInfo.InvariantCulture) }
                .Concat(items.Select(n => r.Uitslag.OpOrde.GetValueOrDefault(n) switch { true => "true", false => "false", null => "" }))
                .Append(string.Join(' ', r.Uitslag.Ontbreekt));
            csv.AppendLine(string.Join(',', velden.Select(Csvuitvoer.Veld)));
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: quote a field with a comma, quote or line break, doubling inner quotes.</summary>
}
