using System.Diagnostics;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;
using IdCyclus.Modules.Rapportage.Features.Publiceren;
using IdCyclus.Modules.Rapportage.Pdf;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared;
using IdCyclus.Shared.Opdrachtregel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Rapportage.Features.Opdrachten;

/// <summary>
/// `rapport maak --jaar &lt;jaar&gt; --uitvoer &lt;bestand.pdf&gt; [--html &lt;bestand.html&gt;]`: the year's report from the
/// data as it is now (a fresh snapshot, not stored) with the blocks' current text when Rapportage {jaar} is started,
/// printed to PDF by the same renderer and Chromium as the web page and the background job.
/// </summary>
internal static class RapportOpdracht
{
    public const string Gebruik = "Gebruik: rapport maak --jaar <jaar> --uitvoer <bestand.pdf> [--html <bestand.html>] [--database <sqlite-bestand>]";

    private static readonly Dictionary<string, string[]> Subopdrachten = new() { ["maak"] = ["jaar", "uitvoer", "html", "database"] };

    public static async Task<int> VoerUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (await Opdrachtopties.LeesAsync("rapport", args, Subopdrachten, Gebruik, fout) is not { Opties: var opties })
        {
            return 2;
        }

        if (!opties.TryGetValue("jaar", out var jaartekst) || !int.TryParse(jaartekst, out var jaar) || jaar < MomentopnameNemenHandler.EersteJaar)
        {
            await fout.WriteLineAsync($"Geef het jaar met --jaar, bijvoorbeeld --jaar 2024 (vanaf {MomentopnameNemenHandler.EersteJaar}).");
            return 2;
        }

        if (!opties.TryGetValue("uitvoer", out var uitvoer))
        {
            await fout.WriteLineAsync("Geef het PDF-bestand met --uitvoer <bestand.pdf>.");
            return 2;
        }

        await using var scope = diensten.CreateAsyncScope();
        var s = scope.ServiceProvider;
        var klok = Stopwatch.StartNew();
        var momentopname = await s.GetRequiredService<Gegevensverzamelaar>().VerzamelAsync(jaar, ct);
        if (momentopname.Secties.Count == 0)
        {
            await fout.WriteLineAsync($"Voor {jaar} zijn geen rapportsecties bekend; er is niets gemaakt.");
            return 1;
        }

        var inhoud = new Rapportinhoud(momentopname, 0, momentopname.Hash(), await BlokkenAsync(s, jaar, momentopname, ct),
            "Gemaakt met de opdrachtregel (niet gepubliceerd)", s.GetRequiredService<TimeProvider>().Vandaag(), IsConcept: false);
        var document = Rapportweergave.Document(Rapportweergave.Fragment(inhoud), jaar);
        if (opties.TryGetValue("html", out var htmlPad))
        {
            await File.WriteAllTextAsync(htmlPad, document, ct);
            await uit.WriteLineAsync($"HTML: {htmlPad}");
        }

        var html = klok.Elapsed;
        var pdf = await s.GetRequiredService<ChromiumPdf>().PrintAsync(document, PdfMaken.Titel(jaar), _ => Task.CompletedTask, ct);
        await File.WriteAllBytesAsync(uitvoer, pdf, ct);
        await uit.WriteLineAsync($"PDF: {uitvoer} ({pdf.Length} bytes, SHA-256 {Inhoudshash.Van(pdf)})");
        await uit.WriteLineAsync(
            $"Momentopname SHA-256 {inhoud.MomentopnameHash}; "
            + $"{momentopname.Directies.Count} directies, {momentopname.Interviews.Count} definitieve interviews.");
        await fout.WriteLineAsync($"Tijd: HTML {html.TotalMilliseconds:0} ms, totaal met PDF {klok.Elapsed.TotalMilliseconds:0} ms.");
        return 0;
    }

    private static async Task<IReadOnlyDictionary<string, Blokinhoud>> BlokkenAsync(
        IServiceProvider s,
        int jaar,
        Momentopname momentopname,
        CancellationToken ct)
    {
        var db = s.GetRequiredService<RapportageDbContext>();
        var rapportage = await db.Rapportages.AsNoTracking().FirstOrDefaultAsync(r => r.Jaar == jaar, ct);
        if (rapportage is not null)
        {
            return await db.Tekstblokken.AsNoTracking()
                .Where(b => b.RapportageId == rapportage.Id)
                .ToDictionaryAsync(b => b.Sleutel, b => new Blokinhoud(b.Markdown, b.Staat), ct);
        }

        var standaard = s.GetRequiredService<Standaardteksten>();
        return Tekstblokken.Voor(momentopname.Secties).ToDictionary(b => b.Sleutel, b => new Blokinhoud(standaard.Voor(b, jaar), Blokstaat.Concept));
    }
}
