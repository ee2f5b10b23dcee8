using IdCyclus.Shared.Persistence;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

public sealed class DatabaseOptiesTests : IDisposable
{
    private readonly string _inhoudsmap = Path.Combine(Path.GetTempPath(), $"idcyclus-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_inhoudsmap))
        {
            Directory.Delete(_inhoudsmap, recursive: true);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/srv/idcyclus.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=idcyclus")]
    public void Opgegeven_verbindingsreeks_wordt_ongewijzigd_gebruikt(DatabaseProvider provider, string verbinding)
    {
        var settings = new DatabaseOpties { Provider = provider, ConnectionString = verbinding };

        Assert.Equal(verbinding, settings.ResolveConnectionString(_inhoudsmap));
        Assert.False(Directory.Exists(_inhoudsmap));
    }

    [Fact]
    public void Sqlite_zonder_verbindingsreeks_krijgt_een_bestand_in_de_datamap_onder_de_inhoudsmap_die_wordt_aangemaakt()
    {
        var settings = new DatabaseOpties { Provider = DatabaseProvider.Sqlite, ConnectionString = " " };

        var verbinding = settings.ResolveConnectionString(_inhoudsmap);

        Assert.Equal($"Data Source={Path.Combine(_inhoudsmap, "data", "idcyclus.db")}", verbinding);
        Assert.True(Directory.Exists(Path.Combine(_inhoudsmap, "data")));
    }

    [Fact]
    public void Sqlite_met_een_absolute_datamap_gebruikt_die_map_los_van_de_inhoudsmap()
    {
        var datamap = Path.Combine(_inhoudsmap, "elders", "db");
        var settings = new DatabaseOpties { Provider = DatabaseProvider.Sqlite, DataDirectory = datamap };

        var verbinding = settings.ResolveConnectionString("/bestaat/niet");

        Assert.Equal($"Data Source={Path.Combine(datamap, "idcyclus.db")}", verbinding);
        Assert.True(Directory.Exists(datamap));
    }

    [Fact]
    public void Postgres_zonder_verbindingsreeks_weigert_te_starten_met_een_melding_over_de_instelling()
    {
        var settings = new DatabaseOpties { Provider = DatabaseProvider.Postgres };

        var fout = Assert.Throws<InvalidOperationException>(() => settings.ResolveConnectionString(_inhoudsmap));

        Assert.Contains("Database:ConnectionString", fout.Message, StringComparison.Ordinal);
    }
}
