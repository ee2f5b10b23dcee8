using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>
/// The guarantees that matter when things go wrong: a host killed with SIGKILL while timers are due and mails are
/// queued loses nothing and repeats nothing; two hosts on one PostgreSQL database never both fire a timer or send a mail.
/// The workflow is started 60 days in the past, so all its deadlines and escalations are due at once.
/// </summary>
public sealed class DuurzaamheidTests
{
    private static readonly DateOnly LangGeleden = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60));

    [Fact]
    public async Task Na_een_sigkill_en_herstart_gebeurt_elke_escalatie_en_mail_precies_een_keer()
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-herstart-").FullName;
        var verbinding = $"Data Source={Path.Combine(map, "herstart.db")}";
        try
        {
            await using var sink = new SmtpSink { Vertraging = TimeSpan.FromMilliseconds(150) };
            await using (var eerste = await HostProces.StartAsync("Sqlite", verbinding, sink.Poort))
            {
                await eerste.StartWorkflowAsync("benoem-een-trekker", LangGeleden);
                await WachtAsync(() => sink.Ontvangen.Count >= 3, TimeSpan.FromSeconds(60), "de eerste mails");
                eerste.Dood();
            }

            await using var context = Context(DatabaseProvider.Sqlite, verbinding);
            var openNaDood = await context.Berichten.CountAsync(b => b.Kanaal == BerichtKanaal.Mail && b.Status == BerichtStatus.Wachtrij);
            Assert.True(openNaDood > 0, "De host moet gedood zijn terwijl er nog mail in de wachtrij stond.");

            await using (var tweede = await HostProces.StartAsync("Sqlite", verbinding, sink.Poort))
            {
                await WachtOpRustAsync(DatabaseProvider.Sqlite, verbinding);
            }

            await ControleerPreciesEenKeerAsync(DatabaseProvider.Sqlite, verbinding, sink, toegestaneDubbele: 1);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    [Fact]
    public async Task Smtp_plat_en_weer_op_bezorgt_elke_mail_precies_een_keer()
    {
        var map = Directory.CreateTempSubdirectory("idcyclus-smtp-").FullName;
        var verbinding = $"Data Source={Path.Combine(map, "smtp.db")}";
        var poort = HostProces.VrijePoort();
        try
        {
            await using var host = await HostProces.StartAsync("Sqlite", verbinding, poort);
            await host.StartWorkflowAsync("benoem-een-trekker", LangGeleden);
            await WachtAsync(async () =>
            {
                await using var db = Context(DatabaseProvider.Sqlite, verbinding);
                return await db.Berichten.CountAsync(b => b.Kanaal == BerichtKanaal.Mail && b.Pogingen >= 1 && b.LaatsteFout != null) >= 3;
            }, TimeSpan.FromSeconds(60), "mislukte verzendpogingen terwijl de SMTP-server plat ligt");

            await using var sink = new SmtpSink(poort);
            await WachtOpRustAsync(DatabaseProvider.Sqlite, verbinding);
            await ControleerPreciesEenKeerAsync(DatabaseProvider.Sqlite, verbinding, sink, toegestaneDubbele: 0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    [Fact]
    public async Task Twee_hosts_op_een_postgresql_database_vuren_en_versturen_alles_precies_een_keer()
    {
        var beheer = Environment.GetEnvironmentVariable("IDCYCLUS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("IDCYCLUS_TEST_POSTGRES is niet gezet; draai de tests met scripts/test.sh.");
        var database = $"idcyclus_tweehosts_{Guid.NewGuid():N}";
        await VoerUitAsync(beheer, $"CREATE DATABASE \"{database}\"");
        var verbinding = new NpgsqlConnectionStringBuilder(beheer) { Database = database }.ConnectionString;
        try
        {
            await using var sink = new SmtpSink();
            // A lease of a few seconds (the crash tests' default) can be shorter than a send takes under a load of 20: the sending
            // host then gives the mail up (see Bezorger), and a cut-off send the server had accepted is sent again.
            var claimduur = TimeSpan.FromSeconds(30);
            await using var eerste = await HostProces.StartAsync("Postgres", verbinding, sink.Poort, claimduur: claimduur);
            await using var tweede = await HostProces.StartAsync("Postgres", verbinding, sink.Poort, claimduur: claimduur);
            await eerste.StartWorkflowAsync("benoem-een-trekker", LangGeleden);
            await WachtOpRustAsync(DatabaseProvider.Postgres, verbinding);
            await ControleerPreciesEenKeerAsync(DatabaseProvider.Postgres, verbinding, sink, toegestaneDubbele: 0);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await VoerUitAsync(beheer, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    /// <summary>
    /// Every due timer fired once (one history line each), every queued mail was sent, and the SMTP server accepted each
    /// message once. The one exception after a SIGKILL: a message the server accepted in the instant before the host
    /// could record it is sent again after restart — with the same Message-ID, so a mail client shows it once.
    /// </summary>
    private static async Task ControleerPreciesEenKeerAsync(DatabaseProvider provider, string verbinding, SmtpSink sink, int toegestaneDubbele)
    {
        await using var db = Context(provider, verbinding);
        var timers = await db.Timers.AsNoTracking().ToListAsync();
        var escalaties = timers.Count(t => t is { Soort: TimerSoort.Escalatie, Status: TimerStatus.Uitgevoerd });
        var deadlines = timers.Count(t => t is { Soort: TimerSoort.Deadline, Status: TimerStatus.Uitgevoerd });
        Assert.Equal(9, escalaties);
        Assert.Equal(3, deadlines);
        Assert.Equal(escalaties, await db.Gebeurtenissen.CountAsync(g => g.Soort == "escalatie"));
        Assert.Equal(deadlines, await db.Gebeurtenissen.CountAsync(g => g.Soort == "deadline-verstreken"));

        var mails = await db.Berichten.AsNoTracking().Where(b => b.Kanaal == BerichtKanaal.Mail).ToListAsync();
        Assert.All(mails, m => Assert.Equal(BerichtStatus.Verzonden, m.Status));
        var ontvangen = sink.Ontvangen.ToList();
        Assert.Equal(mails.Select(m => m.Sleutel).Order(), ontvangen.Select(o => o.Sleutel).Distinct().Order());
        Assert.InRange(ontvangen.Count - mails.Count, 0, toegestaneDubbele);
    }

    private static async Task WachtOpRustAsync(DatabaseProvider provider, string verbinding)
    {
        await WachtAsync(async () =>
        {
            await using var db = Context(provider, verbinding);
            var nu = DateTime.UtcNow;
            return await db.Instanties.AnyAsync()
                && !await db.Timers.AnyAsync(t => t.Status == TimerStatus.Gepland && t.MomentUtc <= nu)
                && !await db.Berichten.AnyAsync(b => b.Status == BerichtStatus.Wachtrij)
                && !await db.Outbox.AnyAsync(o => o.VerwerktOpUtc == null);
        }, TimeSpan.FromSeconds(90), "alle timers en mail");
    }

    private static Task WachtAsync(Func<bool> klaar, TimeSpan maximaal, string waarop) => WachtAsync(() => Task.FromResult(klaar()), maximaal, waarop);

    private static async Task WachtAsync(Func<Task<bool>> klaar, TimeSpan maximaal, string waarop)
    {
        var tot = DateTime.UtcNow + maximaal;
        while (!await klaar())
        {
            if (DateTime.UtcNow > tot)
            {
                throw new TimeoutException($"Gewacht op {waarop}, langer dan {maximaal.TotalSeconds} s.");
            }

            await Task.Delay(200);
        }
    }

    private static WorkflowDbContext Context(DatabaseProvider provider, string verbinding)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(provider, verbinding, WorkflowDbContext.Schema);
        return new WorkflowDbContext(builder.Options);
    }

    private static async Task VoerUitAsync(string verbinding, string sql)
    {
        await using var db = new NpgsqlConnection(verbinding);
        await db.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, db);
        await opdracht.ExecuteNonQueryAsync();
    }
}
