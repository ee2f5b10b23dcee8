using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Rapportage.Pdf;

/// <summary>
/// Prints HTML to PDF with headless Chromium (Debian's /usr/bin/chromium, or IDCYCLUS_CHROMIUM / Rapportage:Chromium)
/// over the DevTools protocol: the command line's --print-to-pdf cannot set page numbers, a tagged PDF or an outline,
/// Page.printToPDF can. A fresh browser with its own profile per document, so nothing is shared between prints.
/// </summary>
internal sealed class ChromiumPdf(IOptions<RapportageOpties> opties)
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(60);

    public string Pad => opties.Value.Chromium ?? Environment.GetEnvironmentVariable("IDCYCLUS_CHROMIUM") ?? "/usr/bin/chromium";

    /// <param name="voortgang">Called with a short Dutch step name as printing goes on.</param>
    public async Task<byte[]> PrintAsync(string html, string titel, Func<string, Task> voortgang, CancellationToken ct)
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-pdf-");
        var bestand = Path.Combine(map.FullName, "rapport.html");
        await File.WriteAllTextAsync(bestand, html, Encoding.UTF8, ct);
        using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
        tijdslimiet.CancelAfter(Wachttijd);
        using var proces = Start(Path.Combine(map.FullName, "profiel"));
        try
        {
            await voortgang("Chromium starten");
            var poort = await PoortAsync(Path.Combine(map.FullName, "profiel", "DevToolsActivePort"), proces, tijdslimiet.Token);
            using var http = new HttpClient();
            var doelen = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{poort}/json/list", tijdslimiet.Token))!.AsArray();
            var pagina = doelen.First(d => (string?)d!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            using var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(new Uri(pagina), tijdslimiet.Token);
            var cdp = new Devtools(socket);

            await voortgang("Rapport laden");
            await cdp.StuurAsync("Page.enable", new JsonObject(), tijdslimiet.Token);
            await cdp.StuurAsync(
                "Page.navigate",
                new JsonObject { ["url"] = new Uri(bestand).AbsoluteUri },
                tijdslimiet.Token,
                wachtOpGebeurtenis: "Page.loadEventFired");

            await voortgang("Afdrukken naar PDF");
            var eerste = Convert.FromBase64String(
                (await cdp.StuurAsync("Page.printToPDF", Afdrukopties(titel), tijdslimiet.Token))["data"]!.GetValue<string>());
            var ankers = Pdfankers.Lees(eerste);
            if (ankers.Count == 0)
            {
                return eerste;
            }

            // Chromium cannot say where a heading will land, so print once, read the pages of the link targets from that
            // PDF, write them into the contents (same lines, so the layout does not move) and print again.
            await voortgang("Paginanummers in de inhoudsopgave");
            await cdp.StuurAsync("Runtime.evaluate", new JsonObject { ["expression"] = Paginanummerscript(ankers) }, tijdslimiet.Token);
            return Convert.FromBase64String((await cdp.StuurAsync("Page.printToPDF", Afdrukopties(titel), tijdslimiet.Token))["data"]!.GetValue<string>());
        }
        finally
        {
            if (!proces.HasExited)
            {
                proces.Kill(entireProcessTree: true);
                await proces.WaitForExitAsync(CancellationToken.None);
            }

            try
            {
                map.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium's children may still hold a file for a moment; a stale temp folder is harmless.
            }
        }
    }

    /// <summary>Adds "page n" after every contents link whose target's page is known (elements with class <c>paginanummer</c>).</summary>
    private static string Paginanummerscript(IReadOnlyDictionary<string, int> ankers) =>
        "(function (paginas) { for (const a of document.querySelectorAll('.inhoud a[href^=\"#\"]')) {" +
        " const p = paginas[a.getAttribute('href').slice(1)]; if (!p) continue;" +
        " const s = document.createElement('span'); s.className = 'paginanummer'; s.textContent = 'pagina ' + p; a.after(s); } })(" +
        JsonSerializer.Serialize(ankers) + ")";

    /// <summary>A4, page numbers in the footer, the report's title in the header, tagged, with an outline from the headings.</summary>
    private static JsonObject Afdrukopties(string titel) => new()
    {
        ["paperWidth"] = 8.27,
        ["paperHeight"] = 11.69,
        ["marginTop"] = 0.8,
        ["marginBottom"] = 0.75,
        ["marginLeft"] = 0.63,
        ["marginRight"] = 0.63,
        ["printBackground"] = true,
        ["preferCSSPageSize"] = true,
        ["displayHeaderFooter"] = true,
        ["headerTemplate"] = "<div style=\"font-size:8pt;color:#595959;width:100%;padding:0 16mm;font-family:Arial\">"
            + $"{System.Net.WebUtility.HtmlEncode(titel)}</div>",
        ["footerTemplate"] = "<div style=\"font-size:8pt;color:#202020;width:100%;text-align:center;font-family:Arial\">"
            + "Pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></div>",
        ["generateTaggedPDF"] = true,
        ["generateDocumentOutline"] = true,
    };

    private Process Start(string profiel)
    {
        var start = new ProcessStartInfo(Pad)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*", $"--user-data-dir={profiel}",
                     "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var proces = Process.Start(start) ?? throw new InvalidOperationException($"Chromium ({Pad}) start niet.");
        // Drain the pipes so Chromium never blocks on a full buffer.
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        return proces;
    }

    private static async Task<int> PoortAsync(string bestand, Process proces, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (proces.HasExited)
            {
                throw new InvalidOperationException($"Chromium stopte direct (code {proces.ExitCode}).");
            }

            if (File.Exists(bestand) && (await File.ReadAllLinesAsync(bestand, ct)) is [var regel, ..] && int.TryParse(regel, out var poort))
            {
                return poort;
            }

            await Task.Delay(50, ct);
        }
    }

    /// <summary>A minimal DevTools client: one command at a time, events other than the awaited one are skipped.</summary>
    private sealed class Devtools(ClientWebSocket socket)
    {
        private int _volgnummer;

        public async Task<JsonNode> StuurAsync(string methode, JsonObject parameters, CancellationToken ct, string? wachtOpGebeurtenis = null)
        {
            var id = ++_volgnummer;
            var bericht = new JsonObject { ["id"] = id, ["method"] = methode, ["params"] = parameters };
            await socket.SendAsync(Encoding.UTF8.GetBytes(bericht.ToJsonString()), WebSocketMessageType.Text, true, ct);
            JsonNode? antwoord = null;
            var gebeurtenisGezien = wachtOpGebeurtenis is null;
            while (antwoord is null || !gebeurtenisGezien)
            {
                var ontvangen = await OntvangAsync(ct);
                if ((int?)ontvangen["id"] == id)
                {
                    if (ontvangen["error"] is { } fout)
                    {
                        throw new InvalidOperationException($"Chromium weigerde {methode}: {fout.ToJsonString()}");
                    }

                    antwoord = ontvangen["result"] ?? new JsonObject();
                }
                else if ((string?)ontvangen["method"] == wachtOpGebeurtenis)
                {
                    gebeurtenisGezien = true;
                }
            }

            return antwoord;
        }

        private async Task<JsonNode> OntvangAsync(CancellationToken ct)
        {
            using var buffer = new MemoryStream();
            var stuk = new byte[64 * 1024];
            WebSocketReceiveResult ontvangen;
            do
            {
                ontvangen = await socket.ReceiveAsync(stuk, ct);
                if (ontvangen.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException("Chromium sloot de verbinding.");
                }

                buffer.Write(stuk, 0, ontvangen.Count);
            }
            while (!ontvangen.EndOfMessage);

            return JsonNode.Parse(buffer.ToArray()) ?? throw new JsonException("Leeg bericht van Chromium.");
        }
    }
}
