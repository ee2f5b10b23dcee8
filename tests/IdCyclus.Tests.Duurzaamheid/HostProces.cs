using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>The real host as a separate process (Development: it migrates and seeds on start), which a test can SIGKILL.</summary>
public sealed class HostProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly ConcurrentQueue<string> _laatste;

    private HostProces(Process proces, int poort, ConcurrentQueue<string> laatste)
    {
        _proces = proces;
        _laatste = laatste;
        Adres = new Uri($"http://127.0.0.1:{poort}");
    }

    public Uri Adres { get; }

    public static string Repo
    {
        get
        {
            for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            {
                if (File.Exists(Path.Combine(map.FullName, "IdCyclus.sln")))
                {
                    return map.FullName;
                }
            }

            throw new InvalidOperationException("IdCyclus.sln niet gevonden boven " + AppContext.BaseDirectory);
        }
    }

    /// <param name="omgeving">Extra environment variables, e.g. the crash matrix's IDCYCLUS_CRASHPUNT.</param>
    /// <param name="claimduur">
    /// The mail lease. Short by default, so the mails a killed host had claimed come free quickly; a test of two live
    /// hosts passes a lease a send on a loaded machine fits in, as in production (2 minutes). Not shorter than 8 s: a
    /// host starts a send only in the first half of its lease and cuts it off at three quarters, so a send may have as
    /// little as a quarter of the lease. With 3 s that was 0.75 s, which a host starved of CPU by a full test run can
    /// overrun after the server has accepted the mail; the retry then sends it again (at least once), and the crash
    /// matrix saw a second duplicate next to the one its kill allows.
    /// </param>
    public static async Task<HostProces> StartAsync(
        string provider, string verbinding, int smtpPoort, IReadOnlyDictionary<string, string>? omgeving = null, TimeSpan? claimduur = null)
    {
        var configuratie = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(Repo, "src", "Host", "bin", configuratie, "net10.0", "IdCyclus.Host.dll");
        var poort = VrijePoort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(Repo, "src", "Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     dll, "--urls", $"http://127.0.0.1:{poort}", "--environment", "Development",
                     $"--Database:Provider={provider}", $"--Database:ConnectionString={verbinding}",
                     $"--Smtp:Poort={smtpPoort}", "--Workflows:Pollinterval=00:00:01",
                     $"--Workflows:Claimduur={claimduur ?? TimeSpan.FromSeconds(8):c}",
                     // An automatic quarterly start at a moment of its own would add history lines the reference run lacks.
                     "--Workflows:Herhalingen=false",
                     "--Workflows:EersteWachttijd=00:00:01", "--Logging:LogLevel:Default=Warning",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        // Workstation GC: several hosts share two cores in these tests; server GC would start a heap per core in each.
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (naam, waarde) in omgeving ?? new Dictionary<string, string>())
        {
            info.Environment[naam] = waarde;
        }

        var proces = Process.Start(info)!;
        // The host's last lines, so a host that dies on its own (an unhandled exception aborts with code 134) says why.
        var laatste = new ConcurrentQueue<string>();
        void Bewaar(string? regel)
        {
            if (regel is null)
            {
                return;
            }

            laatste.Enqueue(regel);
            while (laatste.Count > 40 && laatste.TryDequeue(out _))
            {
            }
        }

        proces.OutputDataReceived += (_, e) => Bewaar(e.Data);
        proces.ErrorDataReceived += (_, e) => Bewaar(e.Data);
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var host = new HostProces(proces, poort, laatste);
        using var client = new HttpClient { BaseAddress = host.Adres, Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < tot)
        {
            if (proces.HasExited)
            {
                throw new InvalidOperationException(host.Gestopt()!);
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        // Never leave a host running behind a failed start.
        proces.Kill(entireProcessTree: true);
        throw new TimeoutException("De host werd niet gezond binnen 180 seconden.");
    }

    /// <summary>Null while the host runs; once it has stopped by itself, its exit code and last lines of output.</summary>
    public string? Gestopt()
    {
        if (!_proces.HasExited)
        {
            return null;
        }

        _proces.WaitForExit();
        return $"De host stopte met code {_proces.ExitCode}. Laatste uitvoer:{Environment.NewLine}{string.Join(Environment.NewLine, _laatste)}";
    }

    /// <summary>True when the process ended (e.g. killed itself at a crash point) within the given time.</summary>
    public async Task<bool> WachtOpEindeAsync(TimeSpan maximaal)
    {
        using var tijd = new CancellationTokenSource(maximaal);
        try
        {
            await _proces.WaitForExitAsync(tijd.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing — as a crash or a pulled plug.</summary>
    public void Dood()
    {
        _proces.Kill(entireProcessTree: true);
        _proces.WaitForExit();
    }

    /// <summary>Signs in as Bureau's projectleider (demo sign-in) and starts a workflow on the given date.</summary>
    public async Task StartWorkflowAsync(string definitie, DateOnly start)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Adres };
        var aanmelden = await PaginaAsync(client, "/aanmelden");
        var knop = aanmelden.QuerySelector("details.idc-demo-groep form")!;
        await PostAsync(client, "/aanmelden?handler=Demo", new()
        {
            ["persoonId"] = knop.QuerySelector("input[name=persoonId]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = Token(knop),
        });
        var workflows = await PaginaAsync(client, "/workflows");
        var antwoord = await PostAsync(client, "/workflows?handler=Start", new()
        {
            ["DefinitieId"] = definitie,
            ["Start"] = start.ToString("yyyy-MM-dd"),
            ["__RequestVerificationToken"] = Token(workflows),
        });
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Starten mislukt: {(int)antwoord.StatusCode}");
        }
    }

    private static async Task<IDocument> PaginaAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> velden) =>
        client.PostAsync(url, new FormUrlEncodedContent(velden));

    private static string Token(IParentNode node) => node.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static int VrijePoort() => Gedeeld.VrijePoort.Kies();

    public async ValueTask DisposeAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            await _proces.WaitForExitAsync();
        }

        _proces.Dispose();
    }
}
