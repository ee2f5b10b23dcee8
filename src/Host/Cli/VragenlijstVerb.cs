using IdCyclus.Host.Infrastructuur;
using IdCyclus.Modules.Vragenlijst;
using Microsoft.Extensions.Logging.Abstractions;

namespace IdCyclus.Host.Cli;

/// <summary>
/// `vragenlijst import|scores … [--database &lt;sqlite file&gt;]`: against the configured database, or a SQLite file. A new
/// file first gets the schema, the organisation and the 2024 questionnaire, so the verbs work on a fresh machine.
/// Logging goes to stderr: stdout carries only the result (JSON or CSV for scripts).
/// </summary>
internal static class VragenlijstVerb
{
    // A person's own interviews go into the database as they are: no fictional demo interviews mixed in (the organisation is).
    public static Task<int> VoerUitAsync(string[] args) => VoerUitAsync(args, VragenlijstModule.VoerOpdrachtUitAsync, ["--Vragenlijst:DemoInterviews=false"]);

    /// <summary>Any module's verbs on the same prepared database (indicatoren uses it too), with extra host settings.</summary>
    public static async Task<int> VoerUitAsync(
        string[] args, Func<IServiceProvider, string[], TextWriter, TextWriter, CancellationToken, Task<int>> opdracht, string[] extra)
    {
        var database = Waarde(args, "--database");
        var nieuwBestand = database is not null && !File.Exists(database);
        string[] instellingen =
        [
            "--Workflows:AchtergrondVerwerking=false", "--Logging:LogLevel:Default=Warning",
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
            .. database is null
                ? Array.Empty<string>()
                : ["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.GetFullPath(database)};Pooling=False"],
            .. args.Where(a => a.StartsWith("--Database:", StringComparison.Ordinal) || a.StartsWith("--environment", StringComparison.Ordinal)),
            .. extra,
        ];
        var app = IdCyclusApp.Bouw(instellingen);
        var instelling = app.Services.GetRequiredService<IdCyclus.Shared.Persistence.DatabaseOpties>();
        try
        {
            if (database is not null || instelling.MigreerBijStart)
            {
                await DatabaseBeheer.MigreerAsync(app.Services, NullLogger.Instance, CancellationToken.None);
            }

            if (nieuwBestand || instelling.DemoData)
            {
                await DatabaseBeheer.VulDemoDataAsync(app.Services, CancellationToken.None);
            }

            return await opdracht(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static string? Waarde(string[] args, string naam) =>
        Array.IndexOf(args, naam) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
