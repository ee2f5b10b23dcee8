using System.Diagnostics;
using System.Net;
using System.Text;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// The real OpenID Connect provider of the integration tests (npm oidc-provider, testprovider.mjs) on a free loopback
/// port, so the browser journeys sign in through single sign-on as a person of the gemeente would.
/// </summary>
public sealed class TestProvider : IAsyncDisposable
{
    public const string ClientId = "idcyclus-e2e";
    public const string ClientSecret = "idcyclus-e2e-geheim-dat-alleen-hier-bestaat";

    private readonly StringBuilder uitvoer = new();
    private Process? proces;

    public Uri Authority { get; } = new($"http://127.0.0.1:{VrijePoort()}");

    /// <param name="terugAdres">The host's callback, e.g. http://127.0.0.1:1234/signin-oidc.</param>
    public static async Task<TestProvider> StartAsync(string repoRoot, Uri terugAdres)
    {
        var provider = new TestProvider();
        var script = Path.Combine(repoRoot, "tests", "IdCyclus.Tests.Integration", "Toegang", "Oidc", "testprovider.mjs");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { script, provider.Authority.Port.ToString(), ClientId, ClientSecret, terugAdres.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        provider.proces = Process.Start(start)!;
        provider.proces.OutputDataReceived += (_, e) => provider.Schrijf(e.Data);
        provider.proces.ErrorDataReceived += (_, e) => provider.Schrijf(e.Data);
        provider.proces.BeginOutputReadLine();
        provider.proces.BeginErrorReadLine();
        await provider.WachtAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (proces is { HasExited: false })
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        proces?.Dispose();
    }

    private async Task WachtAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(60) && !proces!.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri(Authority, "/.well-known/openid-configuration"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"De test-OpenID-provider startte niet (is 'npm ci' gedaan?). Uitvoer:\n{uitvoer}");
    }

    private void Schrijf(string? regel)
    {
        if (regel is not null)
        {
            lock (uitvoer)
            {
                uitvoer.AppendLine(regel);
            }
        }
    }

    private static int VrijePoort() => Gedeeld.VrijePoort.Kies();
}
