using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// maildev (npm devDependency, <c>node_modules/.bin/maildev</c>): a local SMTP server that keeps every mail the host
/// sends and shows it over HTTP (<c>GET /email</c>). scripts/test.sh starts it and sets
/// IDCYCLUS_TEST_SMTP_PORT and IDCYCLUS_TEST_MAILDEV_URL; when both are missing (a plain <c>dotnet test</c>) we start
/// our own on free ports and stop it afterwards.
/// </summary>
public sealed class Maildev : IAsyncDisposable
{
    public const string SmtpPoortVariabele = "IDCYCLUS_TEST_SMTP_PORT";
    public const string UrlVariabele = "IDCYCLUS_TEST_MAILDEV_URL";

    private static readonly TimeSpan StartTijd = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;
    private readonly Process? eigenProces;
    private readonly string? eigenMap;
    private readonly StringBuilder eigenUitvoer = new();

    private Maildev(int smtpPoort, Uri webUrl, Process? eigenProces, string? eigenMap)
    {
        SmtpPoort = smtpPoort;
        WebUrl = webUrl;
        this.eigenProces = eigenProces;
        this.eigenMap = eigenMap;
        http = new HttpClient { BaseAddress = webUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPoort { get; }

    public Uri WebUrl { get; }

    /// <summary>The one from the environment (scripts/test.sh), else a fresh one of our own.</summary>
    public static async Task<Maildev> StartAsync(string repoRoot)
    {
        var poortTekst = Environment.GetEnvironmentVariable(SmtpPoortVariabele);
        var urlTekst = Environment.GetEnvironmentVariable(UrlVariabele);
        if (!string.IsNullOrEmpty(poortTekst) || !string.IsNullOrEmpty(urlTekst))
        {
            if (!int.TryParse(poortTekst, out var poort) || !Uri.TryCreate(urlTekst, UriKind.Absolute, out var url))
            {
                throw new InvalidOperationException(
                    $"Zet {SmtpPoortVariabele} (bijv. 1025) én {UrlVariabele} (bijv. http://127.0.0.1:1080), of geen van beide " +
                    $"(dan starten de tests zelf maildev); nu: '{poortTekst}' en '{urlTekst}'.");
            }

            var gedeeld = new Maildev(poort, url, null, null);
            await gedeeld.WachtTotBereikbaarAsync();
            return gedeeld;
        }

        return await StartEigenAsync(repoRoot);
    }

    /// <summary>
    /// Always a fresh one of our own, on free ports, with extra maildev arguments (e.g. <c>--incoming-user</c>): for
    /// tests that must not share the caught mail with other test assemblies (a journey empties the shared one).
    /// </summary>
    public static async Task<Maildev> StartEigenAsync(string repoRoot, params string[] extraArgumenten)
    {
        var maildev = Path.Combine(repoRoot, "node_modules", "maildev", "bin", "maildev");
        if (!File.Exists(maildev))
        {
            throw new InvalidOperationException($"{maildev} ontbreekt: voer 'npm ci --legacy-peer-deps' uit in de hoofdmap.");
        }

        var smtp = VrijePoort();
        var web = VrijePoort();
        var map = Directory.CreateTempSubdirectory("idcyclus-e2e-maildev-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { maildev, "--smtp", smtp.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--mail-directory", map }.Concat(
            extraArgumenten))
        {
            start.ArgumentList.Add(argument);
        }

        var proces = new Process { StartInfo = start };
        var eigen = new Maildev(smtp, new Uri($"http://127.0.0.1:{web}"), proces, map);
        proces.OutputDataReceived += (_, e) => eigen.Schrijf(e.Data);
        proces.ErrorDataReceived += (_, e) => eigen.Schrijf(e.Data);
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        try
        {
            await eigen.WachtTotBereikbaarAsync();
        }
        catch
        {
            await eigen.DisposeAsync();
            throw;
        }

        return eigen;
    }

    public async Task<IReadOnlyList<Mail>> MailsAsync() =>
        await http.GetFromJsonAsync<List<Mail>>("/email", Json) ?? [];

    /// <summary>The mail as it arrived over SMTP (<c>GET /email/{id}/source</c>): headers and every MIME part, raw.</summary>
    public Task<string> BronAsync(string id) => http.GetStringAsync($"/email/{Uri.EscapeDataString(id)}/source");

    /// <summary>An attachment as maildev decoded it (<c>GET /email/{id}/attachment/{generatedFileName}</c>), as text.</summary>
    public Task<string> BijlageAsync(string id, Maildevbijlage bijlage) =>
        http.GetStringAsync($"/email/{Uri.EscapeDataString(id)}/attachment/{Uri.EscapeDataString(bijlage.GegenereerdeNaam ?? bijlage.Naam)}");

    /// <summary>Polls <c>GET /email</c> until a mail matches; fails with what did arrive.</summary>
    public async Task<Mail> WachtOpMailAsync(Func<Mail, bool> voorwaarde, string omschrijving, TimeSpan maximaal)
    {
        var klok = Stopwatch.StartNew();
        IReadOnlyList<Mail> mails = [];
        while (true)
        {
            mails = await MailsAsync();
            if (mails.FirstOrDefault(voorwaarde) is { } mail)
            {
                return mail;
            }

            if (klok.Elapsed > maximaal)
            {
                break;
            }

            await Task.Delay(250);
        }

        var ontvangen = mails.Count == 0
            ? "geen enkele mail"
            // Other hosts share this catcher and may have sent hundreds: the last 30 are enough to see what came instead.
            : $"{mails.Count} mails, de laatste 30:\n" +
              string.Join("\n", mails.TakeLast(30).Select(m => $"- aan {string.Join(", ", m.To.Select(t => t.Address))}: {m.Subject}"));
        throw new TimeoutException($"Na {maximaal.TotalSeconds:0} s nog geen mail {omschrijving} in maildev ({WebUrl}). Ontvangen:\n{ontvangen}");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (eigenProces is null)
        {
            return;
        }

        try
        {
            if (!eigenProces.HasExited)
            {
                eigenProces.Kill(entireProcessTree: true);
                await eigenProces.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or it will be shortly.
        }

        eigenProces.Dispose();
        try
        {
            Directory.Delete(eigenMap!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task WachtTotBereikbaarAsync()
    {
        var klok = Stopwatch.StartNew();
        var laatste = "nog geen antwoord";
        while (klok.Elapsed < StartTijd)
        {
            if (eigenProces is { HasExited: true })
            {
                throw new InvalidOperationException($"maildev stopte tijdens het starten (exitcode {eigenProces.ExitCode}).\n{EigenUitvoer()}");
            }

            try
            {
                using var antwoord = await http.GetAsync("/email");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                laatste = $"{(int)antwoord.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                laatste = e.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"maildev op {WebUrl} antwoordde na {StartTijd.TotalSeconds:0} s nog niet (laatste: {laatste}).\n{EigenUitvoer()}");
    }

    private void Schrijf(string? regel)
    {
        if (regel is not null)
        {
            lock (eigenUitvoer)
            {
                eigenUitvoer.AppendLine(regel);
            }
        }
    }

    private string EigenUitvoer()
    {
        lock (eigenUitvoer)
        {
            return eigenUitvoer.ToString();
        }
    }

    private static int VrijePoort() => Gedeeld.VrijePoort.Kies();
}

/// <summary>The part of maildev's JSON for one mail that the tests look at (maildev parses both MIME parts).</summary>
public sealed record Mail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<MailAdres> To,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html = null,
    [property: JsonPropertyName("messageId")] string? MessageId = null,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, JsonElement>? Headers = null,
    [property: JsonPropertyName("attachments")] IReadOnlyList<Maildevbijlage>? Attachments = null);

/// <summary>One attachment in maildev's JSON: its type without parameters (those are in <see cref="Maildev.BronAsync"/>).</summary>
public sealed record Maildevbijlage(
    [property: JsonPropertyName("fileName")] string Naam,
    [property: JsonPropertyName("contentType")] string Inhoudstype,
    [property: JsonPropertyName("generatedFileName")] string? GegenereerdeNaam = null);

public sealed record MailAdres(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("name")] string? Name);
