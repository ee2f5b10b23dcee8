using IdCyclus.Host.Infrastructuur;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace IdCyclus.Tests.Integration.Host;

/// <summary><c>Klok:Stand</c>: reading a kept simulation as it stood, and never a real database on a made-up date.</summary>
public sealed class KlokstandTests
{
    [Fact]
    public void Zonder_instelling_loopt_de_echte_klok()
    {
        Assert.Same(TimeProvider.System, Klokstand.Kies(Configuratie(null), Omgeving("Production")));
    }

    [Fact]
    public void In_development_staat_de_klok_stil_op_het_gegeven_moment()
    {
        var klok = Klokstand.Kies(Configuratie("2025-10-31T23:59:00+01:00"), Omgeving("Development"));

        var verwacht = new DateTimeOffset(2025, 10, 31, 22, 59, 0, TimeSpan.Zero);
        Assert.Equal(verwacht, klok.GetUtcNow());
        Assert.Equal(verwacht, klok.GetUtcNow());
        Assert.Equal("2025-10-31T23:59:00+01:00", Klokstand.Tekst(new DateTimeOffset(2025, 10, 31, 23, 59, 0, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public void Buiten_development_start_de_host_niet_met_een_stilstaande_klok(string omgeving)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Klokstand.Kies(Configuratie("2025-10-31T23:59:00+01:00"), Omgeving(omgeving)));

        Assert.Contains("Development", fout.Message);
    }

    [Fact]
    public void Een_onleesbaar_tijdstip_wordt_genoemd()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Klokstand.Kies(Configuratie("31 oktober"), Omgeving("Development")));

        Assert.Contains("'31 oktober' is geen tijdstip", fout.Message);
    }

    private static IConfiguration Configuratie(string? stand) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Klokstand.Sleutel] = stand }).Build();

    private static HostingEnvironment Omgeving(string naam) => new() { EnvironmentName = naam };
}
