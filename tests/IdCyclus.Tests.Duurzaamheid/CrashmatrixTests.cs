using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>
/// The crash matrix: the real host, killed with SIGKILL at 20 points of one run of "Benoem een trekker" (started 60 days
/// ago, so its fan-out, deadlines, escalations and mails all happen at once), restarted, and compared with an
/// uninterrupted run from the same database template. Each point kills the host itself (IDCYCLUS_CRASHPUNT, see
/// src/Workflows.Runtime/Motor/Crashpunt.cs) the k-th time it reaches a named place: inside the fan-out of the start,
/// inside a timer's transaction and just after it, after claiming a mail, after the SMTP
/// server accepted it and after recording it. A start lost with the crash is retried, as a person would.
/// Required: equal instances, history lines, tasks, timers and messages; every mail key at the SMTP server; the only
/// duplicate a mail accepted just before the kill, with the same Message-ID.
/// </summary>
public sealed class CrashmatrixTests(ITestOutputHelper uitvoer)
{
    private static readonly DateOnly LangGeleden = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60));

    private static readonly (string Punt, int Keer)[] Punten =
    [
        ("waaier-item", 1), ("waaier-item", 3),
        ("timer-voor-commit", 1), ("timer-voor-commit", 5), ("timer-voor-commit", 11),
        ("timer-vastgelegd", 1), ("timer-vastgelegd", 4), ("timer-vastgelegd", 8), ("timer-vastgelegd", 12),
        ("mail-geclaimd", 1), ("mail-geclaimd", 6), ("mail-geclaimd", 20),
        ("mail-verzonden", 1), ("mail-verzonden", 4), ("mail-verzonden", 9), ("mail-verzonden", 29),
        ("mail-vastgelegd", 1), ("mail-vastgelegd", 5), ("mail-vastgelegd", 10), ("mail-vastgelegd", 14),
    ];

    [Fact]
    public async Task Twintig_crashpunten_eindigen_precies_als_een_ononderbroken_run()
    {
        var duur = Stopwatch.StartNew();
        var map = Directory.CreateTempSubdirectory("idcyclus-crashmatrix-").FullName;
        try
        {
            var sjabloon = await MaakSjabloonAsync(map);
            var referentie = await DraaiAsync(map, sjabloon, "referentie", null);
            uitvoer.WriteLine($"Referentie: {referentie.Eind?.Historie.Count} historieregels, {referentie.Mails} mails ontvangen.");
            Assert.True(referentie.Fout is null, $"De ononderbroken run faalde: {referentie.Fout}");
            Assert.True(referentie.Eind!.Timers.Count(t => t.EndsWith("Uitgevoerd", StringComparison.Ordinal)) >= 12);

            var uitkomsten = new ConcurrentDictionary<int, Uitkomst>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Punten.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            {
                try
                {
                    var run = await DraaiAsync(map, sjabloon, $"punt-{i + 1}", Punten[i]);
                    uitkomsten[i] = run.Fout is null ? Vergelijk(run, referentie, Punten[i].Punt) : run;
                }
                catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or HttpRequestException)
                {
                    uitkomsten[i] = new Uitkomst(null, 0, "?", ex.Message);
                }
            });

            var tabel = Tabel(referentie, uitkomsten, duur.Elapsed);
            uitvoer.WriteLine(tabel);
            Console.WriteLine(tabel);
            Assert.All(
                Enumerable.Range(0, Punten.Length),
                i => Assert.True(uitkomsten[i].Fout is null, $"{Punten[i].Punt}:{Punten[i].Keer}: {uitkomsten[i].Fout}"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>One migrated, seeded database that every run starts from, so person ids and demo data are equal.</summary>
    private static async Task<string> MaakSjabloonAsync(string map)
    {
        var bestand = Path.Combine(map, "sjabloon.db");
        await using (var host = await HostProces.StartAsync("Sqlite", Verbinding(bestand), HostProces.VrijePoort()))
        {
            host.Dood();
        }

        return bestand;
    }

    private static async Task<Uitkomst> DraaiAsync(string map, string sjabloon, string naam, (string Punt, int Keer)? crash)
    {
        var bestand = Path.Combine(map, naam + ".db");
        foreach (var achtervoegsel in new[] { "", "-journal", "-wal", "-shm" })
        {
            if (File.Exists(sjabloon + achtervoegsel))
            {
                File.Copy(sjabloon + achtervoegsel, bestand + achtervoegsel);
            }
        }

        var verbinding = Verbinding(bestand);
        await using var sink = new SmtpSink { Vertraging = TimeSpan.FromMilliseconds(20) };
        var gedood = "niet";
        var bijDood = -1;
        if (crash is { } punt)
        {
            var omgeving = new Dictionary<string, string> { ["IDCYCLUS_CRASHPUNT"] = $"{punt.Punt}:{punt.Keer}" };
            await using var eerste = await HostProces.StartAsync("Sqlite", verbinding, sink.Poort, omgeving);
            try
            {
                await eerste.StartWorkflowAsync("benoem-een-trekker", LangGeleden);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException or InvalidOperationException)
            {
                gedood = "tijdens de start";
            }

            if (!await eerste.WachtOpEindeAsync(TimeSpan.FromSeconds(120)))
            {
                return new Uitkomst(null, 0, "-", "het crashpunt werd niet bereikt");
            }

            // Read only when the killed host's SMTP conversations have ended: a message accepted in the last milliseconds
            // is then counted as accepted before the kill, which it was (its duplicate is the one that is allowed).
            await sink.WachtTotStilAsync(TimeSpan.FromSeconds(10));
            bijDood = sink.Ontvangen.Count;
            gedood = gedood == "niet" ? $"na {bijDood} mail(s)" : gedood;
        }

        await using (var host = await HostProces.StartAsync("Sqlite", verbinding, sink.Poort))
        {
            if (!await Rust.HeeftInstantieAsync(verbinding))
            {
                await host.StartWorkflowAsync("benoem-een-trekker", LangGeleden);
            }

            await Rust.WachtAsync(verbinding, host: host);
        }

        var eind = await Eindtoestand.LeesAsync(verbinding);
        return new Uitkomst(eind, sink.Ontvangen.Count, gedood, SmtpFout(eind, sink, bijDood), sink.Ontvangen.ToList());
    }

    /// <summary>
    /// Every mail key arrived. At most one duplicate, and only of the last mail the server accepted before the kill
    /// (<paramref name="bijDood"/> mails had arrived then): the mail job runs beside the timer job, so any crash point can
    /// catch a mail between the server's 250 and recording it. Both copies carry the same Message-ID.
    /// </summary>
    private static string? SmtpFout(Eindtoestand eind, SmtpSink sink, int bijDood)
    {
        var ontvangen = sink.Ontvangen.ToList();
        var sleutels = eind.MailSleutels.Values.Order().ToList();
        var aangekomen = ontvangen.Select(o => o.Sleutel).Distinct().Order().ToList();
        if (!sleutels.SequenceEqual(aangekomen))
        {
            return $"SMTP: {aangekomen.Count} verschillende sleutels ontvangen, {sleutels.Count} mails in de database";
        }

        var dubbel = ontvangen.GroupBy(o => o.Sleutel).Where(g => g.Count() > 1).ToList();
        if (dubbel.Sum(g => g.Count() - 1) > (bijDood > 0 ? 1 : 0))
        {
            return $"SMTP: {dubbel.Sum(g => g.Count() - 1)} dubbele mail(s)";
        }

        if (dubbel.Count == 1 && dubbel[0].Key != ontvangen[bijDood - 1].Sleutel)
        {
            return $"SMTP: dubbele mail {dubbel[0].Key} was niet de laatste die vóór de crash werd geaccepteerd";
        }

        return dubbel.FirstOrDefault(g => g.Select(o => o.MessageId).Distinct().Count() > 1) is { } anders
            ? $"SMTP: dubbele mail {anders.Key} met verschillende Message-ID's"
            : null;
    }

    private static Uitkomst Vergelijk(Uitkomst run, Uitkomst referentie, string punt) =>
        run.Eind!.VerschilMet(referentie.Eind!) is { } verschil ? run with { Fout = verschil } : run;

    private static string Tabel(Uitkomst referentie, IReadOnlyDictionary<int, Uitkomst> uitkomsten, TimeSpan duur)
    {
        var tekst = new StringBuilder();
        tekst.AppendLine($"Crashmatrix (SIGKILL op 20 punten, SQLite, Hangfire) in {duur.TotalSeconds:0} s. Referentie zonder crash: "
            + $"{referentie.Eind!.Historie.Count} historieregels, {Gevuurd(referentie)} timers gevuurd, {referentie.Eind.MailSleutels.Count} mails, "
                + $"{referentie.Eind.Taken.Count} taken.");
        tekst.AppendLine(
            $"| {"#",2} | {"crashpunt",-22} | {"host gedood",-16} | {"SMTP ontvangen",-14} | {"dubbel",6} | {"historie",8} | {"timers",6} | uitkomst");
        for (var i = 0; i < Punten.Length; i++)
        {
            var u = uitkomsten[i];
            var dubbel = u.Ontvangen is null ? 0 : u.Ontvangen.Count - u.Ontvangen.Select(o => o.Sleutel).Distinct().Count();
            tekst.AppendLine($"| {i + 1,2} | {$"{Punten[i].Punt}:{Punten[i].Keer}",-22} | {u.Gedood,-16} | {u.Mails,14} | {dubbel,6} | "
                + $"{u.Eind?.Historie.Count,8} | {(u.Eind is null ? "" : Gevuurd(u).ToString()),6} | {u.Fout ?? "gelijk aan de referentie"}");
        }

        return tekst.ToString();
    }

    private static int Gevuurd(Uitkomst u) => u.Eind!.Timers.Count(t => t.EndsWith("Uitgevoerd", StringComparison.Ordinal));

    private static string Verbinding(string bestand) => $"Data Source={bestand}";

    private sealed record Uitkomst(
        Eindtoestand? Eind, int Mails, string Gedood, string? Fout, IReadOnlyList<(string Sleutel, string Aan, string MessageId)>? Ontvangen = null);
}
