namespace IdCyclus.Shared.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,

    /// <summary>Migrations and their scripts are generated and checked here; no SQL Server runs on these machines (docs/adr).</summary>
    SqlServer,
}

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOpties
{
    public const string Sectie = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Full connection string. For SQLite it may be left empty: the file then lives in <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the web host starts (Development); elsewhere run the migrate verb.</summary>
    public bool MigreerBijStart { get; set; }

    /// <summary>Seed the fictional demo organisation and accounts into empty tables on start.</summary>
    public bool DemoData { get; set; }

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Database:ConnectionString ontbreekt: voor {Provider} is een verbindingsreeks verplicht.");
        }

        var directory = Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "idcyclus.db")}";
    }
}
