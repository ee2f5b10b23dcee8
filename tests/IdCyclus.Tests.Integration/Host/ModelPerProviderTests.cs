using IdCyclus.Host;
using IdCyclus.Host.Infrastructuur;
using IdCyclus.Shared.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// Every module context on every provider, without a database server: the host's own service registration is built
/// (not started) with a connection string that is never opened. This is how SQL Server is checked here, where no SQL
/// Server can run (docs/adr/0003-migrations.md says what is and is not verified).
/// </summary>
public sealed class ModelPerProviderTests
{
    private const string SqlServerZonderServer = "Server=127.0.0.1,1;Database=ontwerp;Encrypt=False;Connect Timeout=2;ConnectRetryCount=0";

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Elke_modulecontext_heeft_eigen_migraties_die_het_model_dekken(DatabaseProvider provider)
    {
        await using var app = Bouw(provider);
        var modules = app.Services.GetServices<IModuleDatabase>().ToList();
        Assert.Contains(modules, m => m.Module == "Workflows");
        foreach (var module in modules)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.Equal($"IdCyclus.Migrations.{provider}", db.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
            Assert.True(db.Database.GetMigrations().Any(), $"{provider}: module {module.Module} heeft geen migraties.");
            Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: module {module.Module} heeft modelwijzigingen zonder migratie.");
        }
    }

    [Fact]
    public async Task Het_idempotente_sql_server_script_van_elke_module_maakt_elke_tabel_in_het_eigen_schema()
    {
        await using var app = Bouw(DatabaseProvider.SqlServer);
        var map = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "sqlserver")).FullName;
        foreach (var module in app.Services.GetServices<IModuleDatabase>())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            // Kept for whoever runs it on a real SQL Server (README: what is and is not verified).
            await File.WriteAllTextAsync(Path.Combine(map, $"{module.Module}.sql"), script);

            var schema = db.Model.GetDefaultSchema();
            Assert.False(string.IsNullOrEmpty(schema), $"Module {module.Module} heeft geen eigen schema.");
            Assert.Contains($"IF SCHEMA_ID(N'{schema}') IS NULL EXEC(N'CREATE SCHEMA [{schema}];');", script);
            Assert.Contains($"[{schema}].[__migrations_{schema}]", script);
            foreach (var migratie in db.Database.GetMigrations())
            {
                // Idempotent: every migration only runs when the history table does not have it yet.
                Assert.Contains($"WHERE [MigrationId] = N'{migratie}'", script);
            }

            foreach (var tabel in Tabellen(db.Model))
            {
                Assert.Equal(schema, tabel.Schema);
                Assert.Contains($"CREATE TABLE [{tabel.Schema}].[{tabel.Name}] (", script);
            }
        }
    }

    [Fact]
    public async Task Sql_server_krijgt_geen_cascadepaden_die_het_weigert()
    {
        // SQL Server refuses a foreign key with ON DELETE CASCADE when a table can be reached by two cascade paths from
        // another table, or by a cycle (error 1785). The scripts cannot show that without a server; the model can.
        await using var app = Bouw(DatabaseProvider.SqlServer);
        var fouten = new List<string>();
        foreach (var module in app.Services.GetServices<IModuleDatabase>())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var cascades = db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredForeignKeys())
                .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade)
                .Select(fk => (Van: fk.PrincipalEntityType.GetTableName()!, Naar: fk.DeclaringEntityType.GetTableName()!))
                .Where(k => k.Van is not null && k.Naar is not null)
                .ToList();
            foreach (var start in cascades.Select(k => k.Van).Distinct())
            {
                var bereikt = new Dictionary<string, int>();
                Loop(start, [start]);

                void Loop(string tabel, List<string> pad)
                {
                    foreach (var (_, naar) in cascades.Where(k => k.Van == tabel))
                    {
                        if (pad.Contains(naar))
                        {
                            fouten.Add($"{module.Module}: cascadecyclus {string.Join(" → ", pad)} → {naar}");
                            continue;
                        }

                        bereikt[naar] = bereikt.GetValueOrDefault(naar) + 1;
                        Loop(naar, [.. pad, naar]);
                    }
                }

                fouten.AddRange(
                    bereikt.Where(b => b.Value > 1).Select(b => $"{module.Module}: {b.Key} is vanaf {start} via {b.Value} cascadepaden bereikbaar"));
            }
        }

        Assert.Empty(fouten);
    }

    [Fact]
    public async Task Sql_server_kan_elke_sleutel_en_index_aanmaken()
    {
        // SQL Server cannot index nvarchar(max) (error 1919): SQLite and PostgreSQL accept it, so only this check catches
        // it before a real server. A key wider than 900 bytes (clustered primary key) or 1700 bytes (other indexes) is
        // only a warning there, but inserting a value that long then fails: our own keys must fit. ASP.NET Identity's
        // tables are its standard SQL Server schema (two or three nvarchar(450) columns in a key) and stay as shipped.
        await using var app = Bouw(DatabaseProvider.SqlServer);
        var fouten = new List<string>();
        foreach (var module in app.Services.GetServices<IModuleDatabase>())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            foreach (var entiteit in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var sleutels = entiteit.GetDeclaredKeys().Select(k => (Naam: k.GetName() ?? "sleutel", k.Properties, Maximum: k.IsPrimaryKey() ? 900 : 1700))
                    .Concat(entiteit.GetDeclaredIndexes().Select(i => (Naam: i.GetDatabaseName() ?? "index", i.Properties, Maximum: 1700)));
                foreach (var (naam, eigenschappen, maximum) in sleutels)
                {
                    var typen = eigenschappen.Select(p => p.GetColumnType()).ToList();
                    if (typen.FirstOrDefault(t => t.Contains("(max)", StringComparison.OrdinalIgnoreCase)) is { } max)
                    {
                        fouten.Add($"{module.Module}: {naam} op {entiteit.GetTableName()} bevat een kolom {max}");
                    }
                    else if (typen.Sum(Bytes) is var breedte && breedte > maximum && !entiteit.GetTableName()!.StartsWith("AspNet", StringComparison.Ordinal))
                    {
                        fouten.Add($"{module.Module}: {naam} op {entiteit.GetTableName()} is {breedte} bytes breed (hooguit {maximum})");
                    }
                }
            }
        }

        Assert.Empty(fouten);
    }

    [Fact]
    public async Task Migrate_en_health_kennen_sql_server_en_melden_een_onbereikbare_server()
    {
        var code = await IdCyclusApp.VoerUitAsync(["migrate", "--Database:Provider=SqlServer", $"--Database:ConnectionString={SqlServerZonderServer}"]);
        Assert.Equal(1, code);

        await using var app = Bouw(DatabaseProvider.SqlServer);
        var rapport = await new DatabaseGezondheid(app.Services, app.Services.GetRequiredService<DatabaseOpties>())
            .CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, rapport.Status);
        Assert.Equal("SqlServer", rapport.Data["provider"]);
        Assert.Equal("geen verbinding", rapport.Data["Organisatie"]);
    }

    private static WebApplication Bouw(DatabaseProvider provider) => IdCyclusApp.Bouw(
    [
        $"--Database:Provider={provider}",
        $"--Database:ConnectionString={provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=ontwerp.db",
            DatabaseProvider.Postgres => "Host=127.0.0.1;Database=ontwerp",
            _ => SqlServerZonderServer,
        }}",
        "--Workflows:AchtergrondVerwerking=false",
    ]);

    /// <summary>The widest a value of this SQL Server column type can be in an index key, in bytes.</summary>
    private static int Bytes(string kolomtype)
    {
        var haakje = kolomtype.IndexOf('(');
        var soort = (haakje < 0 ? kolomtype : kolomtype[..haakje]).ToLowerInvariant();
        var lengte = haakje < 0 ? 1 : int.Parse(kolomtype[(haakje + 1)..].TrimEnd(')').Split(',')[0]);
        return soort switch
        {
            "nvarchar" or "nchar" => 2 * lengte,
            "varchar" or "char" or "varbinary" or "binary" => lengte,
            "uniqueidentifier" => 16,
            "datetimeoffset" => 10,
            "decimal" or "numeric" => 17,
            "int" => 4,
            "date" => 3,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            _ => 8,
        };
    }

    /// <summary>Every table the model maps (owned types that share their owner's table only once).</summary>
    private static IEnumerable<(string Name, string? Schema)> Tabellen(IModel model) =>
        model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .Select(e => (e.GetTableName()!, e.GetSchema())).Distinct();
}
