using IdCyclus.Host.Infrastructuur;

namespace IdCyclus.Host.Cli;

/// <summary>`dotnet run --project src/Host -- migrate [--Database:Provider Postgres --Database:ConnectionString ...]`.</summary>
internal static class Migreren
{
    public static async Task<int> VoerUitAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IdCyclus.Migrate");
        try
        {
            await DatabaseBeheer.MigreerAsync(app.Services, logger, CancellationToken.None);
            Console.WriteLine("Alle modules zijn bijgewerkt.");
            return 0;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"Migreren mislukt: {ex.Message}");
            return 1;
        }
    }
}
