using System.Diagnostics;
using System.Net;
using System.Text;
using IdCyclus.Tests.Integration.Host;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Hosting;

namespace IdCyclus.Tests.Integration.Toegang.Oidc;

/// <summary>
/// The host on SQLite with single sign-on switched on against a real OpenID Connect provider (npm oidc-provider, see
/// testprovider.mjs) that this fixture starts on a free loopback port and stops afterwards.
/// </summary>
public sealed class OidcFabriek : SqliteFabriek
{
    public const string ClientId = "idcyclus-test";
    public const string ClientSecret = "idcyclus-test-geheim-dat-alleen-hier-bestaat";

    private readonly StringBuilder _uitvoer = new();
    private Process? _provider;

    public Uri Authority { get; } = new($"http://127.0.0.1:{VrijePoort()}");

    public override async Task InitializeAsync()
    {
        var script = Path.Combine(SimulateVerbTests.RepoMap(), "tests", "IdCyclus.Tests.Integration", "Toegang", "Oidc", "testprovider.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, Authority.Port.ToString(), ClientId, ClientSecret, new Uri(Basisadres, "/signin-oidc").ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        _provider = Process.Start(start)!;
        _provider.OutputDataReceived += (_, e) => Schrijf(e.Data);
        _provider.ErrorDataReceived += (_, e) => Schrijf(e.Data);
        _provider.BeginOutputReadLine();
        _provider.BeginErrorReadLine();
        await WachtOpProviderAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_provider is { HasExited: false })
        {
            _provider.Kill(entireProcessTree: true);
            await _provider.WaitForExitAsync();
        }

        _provider?.Dispose();
        await base.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Toegang:Oidc:Authority", Authority.ToString().TrimEnd('/'));
        builder.UseSetting("Toegang:Oidc:ClientId", ClientId);
        builder.UseSetting("Toegang:Oidc:ClientSecret", ClientSecret);
        builder.UseSetting("Toegang:Oidc:HttpsMetadataVerplicht", "false");
    }

    private async Task WachtOpProviderAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync(new Uri(Authority, "/.well-known/openid-configuration"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow start on a busy machine.
            }

            if (_provider!.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"De test-OpenID-provider startte niet (is 'npm ci' gedaan?). Uitvoer:\n{_uitvoer}");
    }

    private void Schrijf(string? regel)
    {
        if (regel is not null)
        {
            lock (_uitvoer)
            {
                _uitvoer.AppendLine(regel);
            }
        }
    }

    private static int VrijePoort() => Gedeeld.VrijePoort.Kies();
}
