using IdCyclus.Host;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// The sign-in log is append-only in the database on every provider: each provider's migrations create a trigger that
/// refuses UPDATE and DELETE on it. SQLite and PostgreSQL prove it against a real database (AanmeldbeveiligingTests);
/// SQL Server cannot run here, so its script is checked (docs/adr/0003-migrations.md: what is and is not verified).
/// </summary>
public sealed class LogboektriggerTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "BEFORE UPDATE ON toegang_Aanmeldgebeurtenissen", "BEFORE DELETE ON toegang_Aanmeldgebeurtenissen")]
    [InlineData(DatabaseProvider.Postgres, "BEFORE UPDATE OR DELETE ON toegang.\"Aanmeldgebeurtenissen\"", null)]
    [InlineData(DatabaseProvider.SqlServer, "ON [toegang].[Aanmeldgebeurtenissen]\nINSTEAD OF UPDATE, DELETE", null)]
    public async Task Elke_provider_weigert_wijzigen_en_verwijderen_in_de_database(DatabaseProvider provider, string trigger, string? tweede)
    {
        await using var app = IdCyclusApp.Bouw(
        [
            $"--Database:Provider={provider}",
            $"--Database:ConnectionString={provider switch
            {
                DatabaseProvider.Sqlite => "Data Source=ontwerp.db",
                DatabaseProvider.Postgres => "Host=127.0.0.1;Database=ontwerp",
                _ => "Server=127.0.0.1,1;Database=ontwerp;Encrypt=False;Connect Timeout=2;ConnectRetryCount=0",
            }}",
            "--Workflows:AchtergrondVerwerking=false",
        ]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ToegangDbContext>();

        var script = db.GetService<IMigrator>().GenerateScript().ReplaceLineEndings("\n");

        Assert.Contains(trigger, script);
        if (tweede is not null)
        {
            Assert.Contains(tweede, script);
        }

        Assert.Contains("Het aanmeldlogboek kan niet worden gewijzigd of verwijderd.", script);
    }
}
