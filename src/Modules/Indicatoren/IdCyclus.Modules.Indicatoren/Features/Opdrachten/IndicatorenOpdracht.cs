using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;
using IdCyclus.Modules.Indicatoren.Features.Lezen;
using IdCyclus.Shared.Opdrachtregel;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Indicatoren.Features.Opdrachten;

/// <summary>
/// `indicatoren import --file &lt;csv|xlsx&gt;` and `indicatoren overzicht --jaar &lt;jaar&gt; [--format json|csv]`: the
/// same import (checked, then applied as one whole) and the same gaps and checks as the pages.
/// </summary>
internal static class IndicatorenOpdracht
{
    public const string Gebruik =
        "Gebruik: indicatoren import --file <bestand.csv|bestand.xlsx> [--database <sqlite-bestand>]\n" +
        "         indicatoren overzicht --jaar <jaar> [--format json|csv] [--database <sqlite-bestand>]";

    public const string Door = "import (opdrachtregel)";

    private static readonly Dictionary<string, string[]> Subopdrachten = new()
    {
        ["import"] = ["file", "database"],
        ["overzicht"] = ["jaar", "format", "database"],
    };

    public static async Task<int> VoerUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (await Opdrachtopties.LeesAsync("indicatoren", args, Subopdrachten, Gebruik, fout) is not { } gelezen)
        {
            return 2;
        }

        var opties = gelezen.Opties;
        await using var scope = diensten.CreateAsyncScope();
        switch (gelezen.Subopdracht)
        {
            case "import":
                return await ImporteerAsync(scope.ServiceProvider, opties, uit, fout, ct);
            case "overzicht":
                return await OverzichtAsync(scope.ServiceProvider, opties, uit, fout, ct);
            default:
                throw new InvalidOperationException($"Subopdracht '{gelezen.Subopdracht}' zonder uitvoering.");
        }
    }

    private static async Task<int> ImporteerAsync(
        IServiceProvider diensten, IReadOnlyDictionary<string, string> opties, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (!opties.TryGetValue("file", out var pad))
        {
            await fout.WriteLineAsync("Geef het importbestand met --file <bestand.csv|bestand.xlsx>.");
            return 2;
        }

        if (!File.Exists(pad))
        {
            await fout.WriteLineAsync($"Het bestand '{pad}' bestaat niet.");
            return 1;
        }

        var inhoud = await File.ReadAllBytesAsync(pad, ct);
        var voorbereid = await diensten.GetRequiredService<ImportVoorbereidenHandler>()
            .VoerUitAsync(new ImportVoorbereiden(Path.GetFileName(pad), inhoud, Door), ct);
        if (!voorbereid.IsGelukt)
        {
            await fout.WriteLineAsync($"Import geweigerd: {voorbereid.Fouten.Count} fout(en); er is niets opgeslagen.");
            foreach (var f in voorbereid.Fouten)
            {
                await fout.WriteLineAsync($"- {f.Melding}");
            }

            return 1;
        }

        // The command line has no preview page: the preview just made is confirmed at once, with its own fingerprint.
        var uitkomst = await diensten.GetRequiredService<Importcontrole>().ControleerAsync(inhoud, ct);
        var bevestigd = await diensten.GetRequiredService<ImportBevestigenHandler>()
            .VoerUitAsync(new ImportBevestigen(voorbereid.Waarde, uitkomst.Vergelijking?.Vingerafdruk ?? "", Door), ct);
        if (!bevestigd.IsGelukt)
        {
            await fout.WriteLineAsync("Import geweigerd; er is niets opgeslagen.");
            foreach (var f in bevestigd.Fouten)
            {
                await fout.WriteLineAsync($"- {f.Melding}");
            }

            return 1;
        }

        var r = bevestigd.Waarde!;
        await uit.WriteLineAsync(
            $"Geïmporteerd uit {Path.GetFileName(pad)}: {r.Nieuw} nieuw, {r.Gewijzigd} gewijzigd (oude waarde bewaard), {r.Ongewijzigd} ongewijzigd.");
        return 0;
    }

    private static async Task<int> OverzichtAsync(
        IServiceProvider diensten, IReadOnlyDictionary<string, string> opties, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (!opties.TryGetValue("jaar", out var jaarTekst)
            || !int.TryParse(jaarTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            || jaar is < 2000 or > 2100)
        {
            await fout.WriteLineAsync("Geef het rapportjaar met --jaar, bijvoorbeeld --jaar 2024.");
            return 2;
        }

        var formaat = opties.GetValueOrDefault("format", "json");
        if (formaat is not ("json" or "csv"))
        {
            await fout.WriteLineAsync($"Onbekend formaat '{formaat}'; kies json of csv.");
            return 2;
        }

        var overzicht = await diensten.GetRequiredService<IndicatorLezer>().OverzichtAsync(jaar, ct);
        await uit.WriteAsync(formaat == "json" ? AlsJson(overzicht) : AlsCsv(overzicht));
        return 0;
    }

    public static string VoldoetTekst(Voldoet? voldoet) => voldoet switch
    {
        Voldoet.Ja => "ja",
        Voldoet.Nee => "nee",
        Voldoet.Onbekend => "onbekend",
        _ => "",
    };

    public static string AlsJson(Overzicht o)
    {
        var json = new JsonObject
        {
            ["jaar"] = o.Jaar,
            ["waarden"] = new JsonArray(o.Regels.Select(r => (JsonNode)new JsonObject
            {
                ["indicator"] = r.Definitie.IndicatorId,
                ["eenheid"] = r.Eenheid.Naam,
                ["periode"] = r.Periode.ToString(),
                ["waarde"] = r.Waarde.Getal is { } g ? JsonValue.Create(Normaal(g)) : JsonValue.Create(r.Waarde.Symbool),
                ["streefcijfer"] = Getal(r.Streefcijfer),
                ["verschil"] = Getal(r.Verschil),
                ["voldoet"] = r.Voldoet is null ? null : VoldoetTekst(r.Voldoet),
            }).ToArray()),
            ["controles"] = new JsonArray(o.Controles.Select(c => (JsonNode)new JsonObject
            {
                ["soort"] = c.Soort,
                ["indicator"] = c.IndicatorId,
                ["eenheid"] = c.Eenheid,
                ["tekst"] = c.Tekst,
                ["totaal"] = Getal(c.Totaal),
                ["somOnderdelen"] = Getal(c.SomOnderdelen),
                ["verschil"] = Getal(c.Verschil),
            }).ToArray()),
        };
        var opmaak = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return json.ToJsonString(opmaak) + Environment.NewLine;
    }

    /// <summary>Two tables, separated by an empty line: the values, then the checks (RFC 4180, invariant numbers).</summary>
    public static string AlsCsv(Overzicht o)
    {
        var csv = new StringBuilder();
        csv.AppendLine("jaar,indicator,eenheid,periode,waarde,streefcijfer,verschil,voldoet");
        foreach (var r in o.Regels)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                o.Jaar.ToString(CultureInfo.InvariantCulture), r.Definitie.IndicatorId, r.Eenheid.Naam, r.Periode.ToString(),
                r.Waarde.Getal is { } g ? Waarde.Invariant(g) : r.Waarde.Symbool ?? "", Tekst(r.Streefcijfer), Tekst(r.Verschil), VoldoetTekst(r.Voldoet),
            }.Select(Csvuitvoer.Veld)));
        }

        csv.AppendLine();
        csv.AppendLine("jaar,soort,indicator,eenheid,tekst,totaal,somOnderdelen,verschil");
        foreach (var c in o.Controles)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                o.Jaar.ToString(CultureInfo.InvariantCulture), c.Soort, c.IndicatorId, c.Eenheid, c.Tekst,
                Tekst(c.Totaal), Tekst(c.SomOnderdelen), Tekst(c.Verschil),
            }.Select(Csvuitvoer.Veld)));
        }

        return csv.ToString();
    }

    private static JsonNode? Getal(decimal? getal) => getal is { } g ? JsonValue.Create(Normaal(g)) : null;

    /// <summary>667.500000 from PostgreSQL's numeric and 667.5 from SQLite print the same.</summary>
    private static decimal Normaal(decimal getal) => decimal.Parse(getal.ToString("0.##########", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Tekst(decimal? getal) => getal is { } g ? Waarde.Invariant(g) : "";
}
