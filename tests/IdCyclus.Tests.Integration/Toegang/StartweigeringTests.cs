using IdCyclus.Host;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>Demo sign-in lets anyone become anyone: outside Development the host does not even start with it.</summary>
public sealed class StartweigeringTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Host_weigert_te_starten_met_demo_aanmelden_buiten_ontwikkeling(string omgeving)
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-start-").FullName;
        try
        {
            var code = await IdCyclusApp.VoerUitAsync(
            [
                "--environment", omgeving, "--urls", "http://127.0.0.1:0", "--Toegang:DemoAanmelden=true",
                $"--Database:ConnectionString=Data Source={Path.Combine(map, "weiger.db")};Pooling=False",
            ]);

            Assert.Equal(3, code);
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }
}
