using IdCyclus.Host;
using IdCyclus.Host.Infrastructuur;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// Settings that are unsafe or incomplete outside Development stop the host before it listens: demo sign-in (lets
/// anyone become anyone) and a missing Workflows:BasisUrl (every mail link would be dead).
/// </summary>
public sealed class StartweigeringTests
{
    private const string BasisUrl = "--Workflows:BasisUrl=https://idcyclus.amsterdam.example";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Host_weigert_te_starten_met_demo_aanmelden_buiten_ontwikkeling(string omgeving)
    {
        // BasisUrl is set, so the refusal is about demo sign-in alone.
        Assert.Equal(3, await StartAsync(omgeving, "--Toegang:DemoAanmelden=true", BasisUrl));
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Staging", "--Workflows:BasisUrl=idcyclus.amsterdam.example")]
    public async Task Host_weigert_te_starten_zonder_basisurl_buiten_ontwikkeling(string omgeving, string? basisUrl)
    {
        Assert.Equal(3, await StartAsync(omgeving, basisUrl ?? "--Toegang:DemoAanmelden=false"));
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "", false)]
    [InlineData("Production", "/taken", false)]
    [InlineData("Production", "ftp://idcyclus.amsterdam.example", false)]
    [InlineData("Production", "https://idcyclus.amsterdam.example", true)]
    [InlineData("Development", null, true)]
    public void Basisurl_controle_noemt_de_instelling_in_het_log(string omgeving, string? waarde, bool verwacht)
    {
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(waarde is null ? [] : [new KeyValuePair<string, string?>(Startcontrole.BasisUrlSleutel, waarde)])
            .Build();
        var logger = new OpgevangenLog();

        var uitkomst = Startcontrole.BasisUrlIngesteld(configuratie, new HostingEnvironment { EnvironmentName = omgeving }, logger);

        Assert.Equal(verwacht, uitkomst);
        if (!verwacht)
        {
            var (niveau, tekst) = Assert.Single(logger.Regels);
            Assert.Equal(LogLevel.Critical, niveau);
            Assert.StartsWith("IdCyclus start niet: Workflows:BasisUrl is ", tekst);
            Assert.Contains("openbare adres", tekst);
        }
        else
        {
            Assert.Empty(logger.Regels);
        }
    }

    private static async Task<int> StartAsync(string omgeving, params string[] extra)
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-start-").FullName;
        try
        {
            return await IdCyclusApp.VoerUitAsync(
            [
                "--environment", omgeving, "--urls", "http://127.0.0.1:0",
                $"--Database:ConnectionString=Data Source={Path.Combine(map, "weiger.db")};Pooling=False",
                .. extra,
            ]).WaitAsync(TimeSpan.FromMinutes(2)); // a host that does start would otherwise run for ever
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    private sealed class OpgevangenLog : ILogger
    {
        public List<(LogLevel Niveau, string Tekst)> Regels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Regels.Add((logLevel, formatter(state, exception)));
    }
}
