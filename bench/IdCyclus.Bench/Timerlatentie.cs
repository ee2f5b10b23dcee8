using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IdCyclus.Bench;

/// <summary>
/// Timer latency on the real clock, against a real host process and whatever scheduler it was built with (so the same
/// measurement runs against an older commit's host): the host starts on a fresh database (Development: migrate and
/// seed), then 200 reminder timers of one instance are written straight into its timer table, due every 100 ms from 5 s
/// on. Each has no task, so firing it is only the claim, and its delay is <c>UitgevoerdOpUtc − MomentUtc</c>, both
/// on the real clock.
/// <code>dotnet run -c Release --project bench/IdCyclus.Bench -- timerlatentie --host src/Host/bin/Release/net10.0/IdCyclus.Host.dll [--naam hangfire] [--provider postgres] [-- extra host arguments]</code>
/// </summary>
internal static class Timerlatentie
{
    private const int Aantal = 200;

    public static async Task<int> DraaiAsync(string[] args)
    {
        var host = Path.GetFullPath(Waarde(args, "--host") ?? throw new ArgumentException("--host <pad naar IdCyclus.Host.dll> ontbreekt"));
        var provider = Waarde(args, "--provider") == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var extra = args.SkipWhile(a => a != "--").Skip(1).ToArray();
        var beheer = Environment.GetEnvironmentVariable("IDCYCLUS_TEST_POSTGRES");
        var map = Directory.CreateTempSubdirectory("idcyclus-latentie-").FullName;
        var pgNaam = $"idcyclus_latentie_{Guid.NewGuid():N}";
        string verbinding;
        if (provider == DatabaseProvider.Postgres)
        {
            await VoerUitAsync(beheer!, $"CREATE DATABASE \"{pgNaam}\"");
            verbinding = new NpgsqlConnectionStringBuilder(beheer) { Database = pgNaam }.ConnectionString;
        }
        else
        {
            verbinding = $"Data Source={Path.Combine(map, "latentie.db")}";
        }

        using var proces = await StartHostAsync(host, provider, verbinding, extra);
        try
        {
            var vertragingen = await MeetAsync(provider, verbinding);
            var gesorteerd = vertragingen.Order().ToList();
            double P(double p) => gesorteerd[(int)Math.Ceiling(p * gesorteerd.Count) - 1];
            Console.WriteLine($"| {Waarde(args, "--naam") ?? host} | {provider} | {string.Join(' ', extra)} | {gesorteerd.Count} | {P(0.5):0.00} | {P(0.95):0.00} | {gesorteerd[^1]:0.00} |");
            return 0;
        }
        finally
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
            if (provider == DatabaseProvider.Postgres)
            {
                NpgsqlConnection.ClearAllPools();
                await VoerUitAsync(beheer!, $"DROP DATABASE IF EXISTS \"{pgNaam}\" WITH (FORCE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    private static async Task<List<double>> MeetAsync(DatabaseProvider provider, string verbinding)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(provider, verbinding, WorkflowDbContext.Schema);
        await using var db = new WorkflowDbContext(builder.Options);
        var definitie = await db.Definities.AsNoTracking().OrderByDescending(d => d.Versie).FirstAsync(d => d.DefinitieId == "benoem-een-trekker");
        var instantie = new Instantie { DefinitieId = definitie.DefinitieId, DefinitieVersie = definitie.Versie, GestartOpUtc = DateTime.UtcNow };
        db.Instanties.Add(instantie);
        var eerste = DateTime.UtcNow.AddSeconds(5);
        for (var i = 0; i < Aantal; i++)
        {
            db.Timers.Add(new Workflows.Runtime.Persistence.Timer
            {
                Sleutel = $"latentie-{i}", Soort = TimerSoort.Herinnering, InstantieId = instantie.Id, StapId = "latentie",
                MomentUtc = eerste.AddMilliseconds(100 * i),
            });
        }

        await db.SaveChangesAsync();
        var tot = eerste.AddSeconds(Aantal / 10 + 60);
        while (await db.Timers.CountAsync(t => t.InstantieId == instantie.Id && t.Status == TimerStatus.Gepland) > 0)
        {
            if (DateTime.UtcNow > tot)
            {
                throw new TimeoutException("Niet alle timers vuurden binnen een minuut na hun moment.");
            }

            await Task.Delay(500);
        }

        return await db.Timers.AsNoTracking().Where(t => t.InstantieId == instantie.Id)
            .Select(t => new { t.MomentUtc, t.UitgevoerdOpUtc }).ToListAsync() is var rijen
            ? rijen.Select(r => (r.UitgevoerdOpUtc!.Value - r.MomentUtc).TotalSeconds).ToList()
            : [];
    }

    private static async Task<Process> StartHostAsync(string dll, DatabaseProvider provider, string verbinding, string[] extra)
    {
        var poort = VrijePoort();
        var info = new ProcessStartInfo("dotnet")
        {
            // The host's project folder (…/src/Host), its content root, four levels above bin/Release/net10.0/x.dll.
            WorkingDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", "..")),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     dll, "--urls", $"http://127.0.0.1:{poort}", "--environment", "Development",
                     $"--Database:Provider={provider}", $"--Database:ConnectionString={verbinding}",
                     $"--Smtp:Poort={VrijePoort()}", "--Logging:LogLevel:Default=Warning",
                 }.Concat(extra))
        {
            info.ArgumentList.Add(argument);
        }

        var proces = Process.Start(info)!;
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < tot && !proces.HasExited)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{poort}/health")).IsSuccessStatusCode)
                {
                    return proces;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        proces.Kill(entireProcessTree: true);
        throw new TimeoutException("De host werd niet gezond binnen 120 s.");
    }

    private static string? Waarde(string[] args, string naam) =>
        Array.IndexOf(args, naam) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int VrijePoort()
    {
        var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
        luisteraar.Stop();
        return poort;
    }

    private static async Task VoerUitAsync(string verbinding, string sql)
    {
        await using var db = new NpgsqlConnection(verbinding);
        await db.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, db);
        await opdracht.ExecuteNonQueryAsync();
    }
}
