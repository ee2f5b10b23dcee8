using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// The real IdCyclus host as a child process (<c>dotnet src/Host/bin/&lt;Configuration&gt;/net10.0/IdCyclus.Host.dll</c>)
/// on a free loopback port, with a fresh SQLite database filled with demo data and its mail going to <see cref="Maildev"/>.
/// The workflow poller runs every second, so queued mail and outbox events are handled within about a second.
/// Shared by every journey in <see cref="AppCollectie"/>; the process tree and the database are removed afterwards.
/// </summary>
public sealed class AppProces : IAsyncLifetime
{
    // Migrating and seeding three hosts at once takes 10–20 s on a quiet 2-core machine but over a minute when other
    // builds share it; a host that never answers still fails, only later.
    private static readonly TimeSpan StartTijd = TimeSpan.FromSeconds(180);

    private readonly StringBuilder uitvoer = new();
    private Process? proces;

    /// <summary>The repository root: the folder that holds IdCyclus.sln.</summary>
    public string RepoRoot { get; } = VindRepoRoot();

    /// <summary>Debug or Release: the configuration this test assembly was built with, and so the host's.</summary>
    public string Configuratie { get; } = BepaalConfiguratie();

    public Uri BasisUrl { get; private set; } = null!;

    /// <summary>The identity provider the host's single sign-on goes to (a real one, on loopback).</summary>
    public TestProvider Identiteitsprovider { get; private set; } = null!;

    /// <summary>Catches every mail the host sends (SMTP on 127.0.0.1:<see cref="Maildev.SmtpPoort"/>).</summary>
    public Maildev Maildev { get; private set; } = null!;

    public string DataMap { get; } = Path.Combine(Path.GetTempPath(), "idcyclus-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>What the host wrote to stdout/stderr so far (for failure messages).</summary>
    public string Uitvoer
    {
        get
        {
            lock (uitvoer)
            {
                return uitvoer.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var hostMap = Path.Combine(RepoRoot, "src", "Host");
        var dll = Path.Combine(hostMap, "bin", Configuratie, "net10.0", "IdCyclus.Host.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException(
                $"{dll} ontbreekt: bouw eerst de tests (dotnet build tests/IdCyclus.Tests.EndToEnd -c {Configuratie}), dat bouwt de host mee.");
        }

        Maildev = await Maildev.StartAsync(RepoRoot);
        Directory.CreateDirectory(DataMap);
        var poort = VrijePoort();
        BasisUrl = new Uri($"http://127.0.0.1:{poort}");
        Identiteitsprovider = await TestProvider.StartAsync(RepoRoot, new Uri(BasisUrl, "/signin-oidc"));

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostMap,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     dll,
                     "--urls", BasisUrl.ToString().TrimEnd('/'),
                     "--environment", "Development",
                     $"--Database:ConnectionString=Data Source={Path.Combine(DataMap, "e2e.db")}",
                     "--Database:MigreerBijStart=true",
                     "--Database:DemoData=true",
                     "--Smtp:Host=127.0.0.1",
                     $"--Smtp:Poort={Maildev.SmtpPoort}",
                     "--Workflows:Pollinterval=00:00:01",
                     // The journeys start the quarterly update by hand; an automatic start at a moment of its own would
                     // give a trekker a second task (the automatic start is tested in ActieplanVoortgangTests).
                     "--Workflows:Herhalingen=false",
                     $"--Workflows:BasisUrl={BasisUrl.ToString().TrimEnd('/')}",
                     $"--Toegang:Oidc:Authority={Identiteitsprovider.Authority.ToString().TrimEnd('/')}",
                     $"--Toegang:Oidc:ClientId={TestProvider.ClientId}",
                     $"--Toegang:Oidc:ClientSecret={TestProvider.ClientSecret}",
                     "--Toegang:Oidc:HttpsMetadataVerplicht=false",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // No launchSettings, no inherited ASPNETCORE_/DOTNET_ overrides from the developer's shell.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["DOTNET_NOLOGO"] = "1";

        proces = new Process { StartInfo = start, EnableRaisingEvents = true };
        proces.OutputDataReceived += (_, e) => Schrijf(e.Data);
        proces.ErrorDataReceived += (_, e) => Schrijf(e.Data);
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();

        await WachtOpGezondheidAsync();
    }

    public async Task DisposeAsync()
    {
        if (proces is not null)
        {
            try
            {
                if (!proces.HasExited)
                {
                    proces.Kill(entireProcessTree: true);
                    proces.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            proces.Dispose();
        }

        try
        {
            Directory.Delete(DataMap, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        if (Maildev is not null)
        {
            await Maildev.DisposeAsync();
        }

        if (Identiteitsprovider is not null)
        {
            await Identiteitsprovider.DisposeAsync();
        }
    }

    private async Task WachtOpGezondheidAsync()
    {
        using var http = new HttpClient { BaseAddress = BasisUrl, Timeout = TimeSpan.FromSeconds(5) };
        var klok = Stopwatch.StartNew();
        var laatste = "nog geen antwoord";
        while (klok.Elapsed < StartTijd)
        {
            if (proces!.HasExited)
            {
                throw new InvalidOperationException(
                    $"De host stopte tijdens het starten (exitcode {proces.ExitCode}).\n--- uitvoer ---\n{Uitvoer}");
            }

            try
            {
                using var antwoord = await http.GetAsync("/health");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                laatste = $"{(int)antwoord.StatusCode}: {await antwoord.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                laatste = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"GET {BasisUrl}health gaf na {StartTijd.TotalSeconds:0} s nog geen 200 (laatste: {laatste}).\n--- uitvoer ---\n{Uitvoer}");
    }

    private void Schrijf(string? regel)
    {
        if (regel is null)
        {
            return;
        }

        lock (uitvoer)
        {
            uitvoer.AppendLine(regel);
        }
    }

    private static int VrijePoort() => Gedeeld.VrijePoort.Kies();

    private static string VindRepoRoot()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "IdCyclus.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException($"Geen IdCyclus.sln gevonden boven {AppContext.BaseDirectory}.");
    }

    /// <summary>From the output path (…/bin/&lt;Configuration&gt;/net10.0/), else from the assembly's own attribute.</summary>
    private static string BepaalConfiguratie()
    {
        var delen = AppContext.BaseDirectory.Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(delen, "bin");
        if (bin >= 0 && bin + 1 < delen.Length)
        {
            return delen[bin + 1];
        }

        return typeof(AppProces).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
    }
}

/// <summary>Every journey runs against one shared host; put <c>[Collection(AppCollectie.Naam)]</c> on the class.</summary>
[CollectionDefinition(Naam)]
public sealed class AppCollectie : ICollectionFixture<AppProces>, ICollectionFixture<BrowserFixture>
{
    public const string Naam = "IdCyclus-app";
}

/// <summary>
/// A second host with its own database for the yearly-cycle journey: the cycle gives every directie without a trekker
/// an appointment task, which would change what the "Benoem een trekker" journey expects to find.
/// </summary>
[CollectionDefinition(Naam)]
public sealed class CyclusAppCollectie : ICollectionFixture<AppProces>, ICollectionFixture<BrowserFixture>
{
    public const string Naam = "IdCyclus-app-cyclus";
}
