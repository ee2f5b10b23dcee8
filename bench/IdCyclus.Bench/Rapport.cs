using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Bench;

/// <summary>The Markdown section for one provider, and writing it into docs/benchmarks.md next to the other provider's.</summary>
internal static class Rapport
{
    public static string Belasting() => File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static async Task<string> MaakAsync(BenchOpties opties, string? beheer, string[] args, IReadOnlyList<Meting> metingen, TimeSpan duur, string belastingBegin, DateTimeOffset begonnen)
    {
        var s = new StringBuilder();
        var naam = opties.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
        s.AppendLine(Begin(opties.Provider));
        s.AppendLine($"## {naam}");
        s.AppendLine();
        s.AppendLine($"- **Date**: {begonnen.ToUniversalTime():yyyy-MM-dd HH:mm} UTC; total run time {Duur(duur)}.");
        s.AppendLine($"- **Machine**: {Environment.ProcessorCount} cores (`nproc` = {Nproc()}), {Ram()} RAM, CPU \"{Cpu()}\", {RuntimeInformation.OSDescription.Trim()}; " +
            $"load average (1/5/15 min) {belastingBegin} at the start, {Belasting()} at the end (the machine is shared with other work).");
        s.AppendLine($"- **Provider**: {await BenchDatabase.VersieAsync(opties.Provider, beheer)}.");
        s.AppendLine($"- **.NET**: {RuntimeInformation.FrameworkDescription}, EF Core {Versie(typeof(DbContext))}, Release build, workstation GC.");
        s.AppendLine($"- **Command**: `{(opties.Provider == DatabaseProvider.Postgres ? "IDCYCLUS_TEST_POSTGRES=<admin connection string> " : "")}dotnet run -c Release --project bench/IdCyclus.Bench -- {string.Join(' ', args)}`");
        var klein = metingen.Where(m => !m.Groot).Select(m => m.Jaren.Count).DefaultIfEmpty(0).Max();
        var groot = metingen.Where(m => m.Groot).Select(m => m.Jaren.Count).DefaultIfEmpty(0).Max();
        s.AppendLine($"- **Runs**: one warm-up (44 units, discarded); {(klein > 0 ? $"scales below 100×: median of {klein} run(s), each on a fresh database" : "")}" +
            $"{(klein > 0 && groot > 0 ? "; " : "")}{(groot > 0 ? $"100× and up: {groot} run(s), with the throughput figures taken from the year simulation itself (see below)" : "")}. " +
            "Every run uses a manual clock and a synthetic organisation (units in clusters of 8, a Bureau of 2, a GMT of 6; no unit has a trekker, so every unit gets a task).");
        s.AppendLine();

        s.AppendLine("### (a) Whole-year simulation");
        s.AppendLine();
        s.AppendLine("Start on Monday 5 January 2026 09:00; the clock jumps from event to event (next due timer, scripted completion) until 5 January 2027; at each moment " +
            "the background jobs' rounds run (timers, outbox, mail; batches of 200). After 10 days every other unit's directeur completes the task through the form; " +
            "the other half get both reminders, the deadline and all three escalation rungs (clusterdirecteur on the due date, Bureau and GMT 14 days later). " +
            "Mail goes to a no-op `IMailVerzender`. *CPU* is this process's CPU time; *DB* is the time EF Core spent in SQL commands and commits " +
            "(its interceptors: from sending a command until the first row or the result, and each commit)" +
            (opties.Provider == DatabaseProvider.Sqlite ? "; SQLite runs inside the process, so its work also counts as CPU, and reading rows after the first counts as CPU only." : "; the server's own CPU is not in *CPU*."));
        s.AppendLine();
        s.AppendLine("| Units | Months | Runs | Wall time (median) | min–max | per unit | CPU | DB | SQL cmds | Commits | Tasks | Completed | Timers fired | Timers lapsed | Mails sent | In-app | History rows | Clock moments | Last event |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var m in metingen)
        {
            var j = Mediaan(m.Jaren);
            var wand = m.Jaren.Select(r => r.Totaal.Wand).ToList();
            s.AppendLine($"| {m.Eenheden} | {j.Maanden} | {m.Jaren.Count} | {Sec(j.Totaal.Wand)} | {Sec(wand.Min())}–{Sec(wand.Max())} | {Ms(j.Totaal.Wand / m.Eenheden)} | {Sec(j.Totaal.Cpu)} | {Sec(j.Totaal.Database)} | " +
                $"{j.Totaal.Commandos:N0} | {j.Totaal.Commits:N0} | {j.Taken:N0} | {j.TakenVoltooid:N0} | {j.TimersGevuurd:N0} | {j.TimersVervallen:N0} | {j.Mails:N0} | {j.InApp:N0} | {j.Gebeurtenissen:N0} | {j.Klokmomenten} | {Lokaal(j.LaatsteMoment)} |");
        }

        s.AppendLine();
        s.AppendLine("Where the wall time goes (the median run; seconds, share of the total, and per item: per task for start and completions, per fired timer, per mail sent):");
        s.AppendLine();
        s.AppendLine("| Units | Start (fan-out) | per task | Timers | per timer | Outbox | Mail | per mail | Completions | per completion | Next-moment queries |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in metingen)
        {
            var j = Mediaan(m.Jaren);
            string Deel(FaseTijd f) => $"{Sec(f.Wand)} ({f.Wand / j.Totaal.Wand:P0})";
            s.AppendLine($"| {m.Eenheden} | {Deel(j.Starten)} | {Ms(j.Starten.Wand / j.Taken)} | {Deel(j.Timers)} | {Ms(j.Timers.Wand / Math.Max(1, j.TimersGevuurd))} | {Deel(j.Outbox)} | " +
                $"{Deel(j.Mail)} | {Ms(j.Mail.Wand / Math.Max(1, j.Mails))} | {Deel(j.Afronden)} | {Ms(j.Afronden.Wand / Math.Max(1, j.TakenVoltooid))} | {Deel(j.Volgende)} |");
        }

        s.AppendLine();
        s.AppendLine("### (b) Engine throughput next to raw EF Core");
        s.AppendLine();
        s.AppendLine($"Below 100×: on a fresh database, start the definition ⌈{opties.DoelTaken} / units⌉ times (each start fans out to one task per unit, " +
            "in one transaction); then insert as many `Taak` rows directly with the same `WorkflowDbContext`, batched the same way (one context and one " +
            "`SaveChanges` per start's worth of rows); then complete every engine task with `VoltooiAsync` (one transaction each, through the form); then " +
            "update as many raw rows one by one (load by id, mark completed, `SaveChanges`). At 100× and up the engine figures are the year simulation's own " +
            "start (one start, N tasks) and its completions (N/2), and the raw insert and update run on that database right after each. " +
            "*Engine/raw* is the engine's rate divided by the raw rate; *rows per task* counts every row the engine wrote at start " +
            "(instances, step states, tasks, timers, messages, history) per task.");
        s.AppendLine();
        s.AppendLine("| Units | Runs | Tasks created | Engine create (tasks/s) | ms per task | Raw insert (rows/s) | Engine/raw | Tasks completed | Engine complete (tasks/s) | ms per task | Raw update (rows/s) | Engine/raw | Rows per task |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in metingen.Where(m => m.Doorvoer.Count > 0))
        {
            var d = m.Doorvoer;
            var aanmaken = Med(d.Select(x => x.AanmakenPerSeconde));
            var voltooien = Med(d.Select(x => x.VoltooienPerSeconde));
            s.AppendLine($"| {m.Eenheden} | {d.Count} | {d[0].TakenAangemaakt:N0} ({d[0].Starts} × {m.Eenheden}) | {aanmaken:N0} | {1000 / aanmaken:0.00} | {Med(d.Select(x => x.RuwInvoegenPerSeconde)):N0} | " +
                $"{Med(d.Select(x => x.VerhoudingAanmaken)):0.0000} | {d[0].TakenVoltooid:N0} | {voltooien:N0} | {1000 / voltooien:0.00} | {Med(d.Select(x => x.RuwBijwerkenPerSeconde)):N0} | " +
                $"{Med(d.Select(x => x.VerhoudingVoltooien)):0.000} | {Med(d.Select(x => x.RijenPerTaak)):0.0} |");
        }

        s.AppendLine();
        s.AppendLine("### (c) How cost grows");
        s.AppendLine();
        s.AppendLine("Per-item cost at each scale (median runs) and its factor against the smallest scale measured; a factor near 1 means the phase grows linearly with the units.");
        s.AppendLine();
        s.AppendLine("| Units | Year simulation per unit | Fan-out start per task | Completion per task | Per fired timer | Per mail sent |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|");
        var basis = metingen.Count > 0 ? Kosten(metingen[0]) : default;
        foreach (var m in metingen)
        {
            var k = Kosten(m);
            string Met(double waarde, double referentie) => m == metingen[0] ? $"{waarde:0.00} ms" : $"{waarde:0.00} ms (×{waarde / referentie:0.0})";
            s.AppendLine($"| {m.Eenheden} | {Met(k.Jaar, basis.Jaar)} | {Met(k.Start, basis.Start)} | {Met(k.Voltooien, basis.Voltooien)} | {Met(k.Timer, basis.Timer)} | {Met(k.Mail, basis.Mail)} |");
        }

        s.AppendLine();
        s.AppendLine(Einde(opties.Provider));
        return s.ToString();
    }

    /// <summary>Replaces this provider's section in the file (or appends it), leaving the rest of the file as it is.</summary>
    public static void Schrijf(string pad, DatabaseProvider provider, string sectie)
    {
        var tekst = File.Exists(pad) ? File.ReadAllText(pad) : Kop;
        var (begin, einde) = (Begin(provider), Einde(provider));
        var i = tekst.IndexOf(begin, StringComparison.Ordinal);
        var j = tekst.IndexOf(einde, StringComparison.Ordinal);
        tekst = i >= 0 && j > i
            ? string.Concat(tekst.AsSpan(0, i), sectie.TrimEnd('\n'), tekst.AsSpan(j + einde.Length))
            : tekst.TrimEnd('\n') + "\n\n" + sectie;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pad))!);
        File.WriteAllText(pad, tekst.TrimEnd('\n') + "\n");
    }

    private const string Kop = """
        # Benchmarks: the workflow runtime

        Produced by `bench/IdCyclus.Bench` (issue 3, item 9). Each provider's section below is rewritten by the benchmark;
        the rest of this file is kept.

        """;

    private static string Begin(DatabaseProvider provider) => $"<!-- bench:{provider.ToString().ToLowerInvariant()}:begin (written by bench/IdCyclus.Bench) -->";

    private static string Einde(DatabaseProvider provider) => $"<!-- bench:{provider.ToString().ToLowerInvariant()}:end -->";

    private static (double Jaar, double Start, double Voltooien, double Timer, double Mail) Kosten(Meting m)
    {
        var j = Mediaan(m.Jaren);
        var start = m.Doorvoer.Count > 0 ? 1000 / Med(m.Doorvoer.Select(d => d.AanmakenPerSeconde)) : j.Starten.Wand.TotalMilliseconds / j.Taken;
        var voltooien = m.Doorvoer.Count > 0 ? 1000 / Med(m.Doorvoer.Select(d => d.VoltooienPerSeconde)) : j.Afronden.Wand.TotalMilliseconds / Math.Max(1, j.TakenVoltooid);
        return (j.Totaal.Wand.TotalMilliseconds / m.Eenheden, start, voltooien,
            j.Timers.Wand.TotalMilliseconds / Math.Max(1, j.TimersGevuurd), j.Mail.Wand.TotalMilliseconds / Math.Max(1, j.Mails));
    }

    /// <summary>The run with the median wall time (the lower middle one for an even count), so its breakdown is one real run.</summary>
    private static JaarResultaat Mediaan(IReadOnlyList<JaarResultaat> runs) => runs.OrderBy(r => r.Totaal.Wand).ElementAt((runs.Count - 1) / 2);

    private static double Med(IEnumerable<double> waarden)
    {
        var lijst = waarden.Order().ToList();
        return lijst.Count % 2 == 1 ? lijst[lijst.Count / 2] : (lijst[lijst.Count / 2 - 1] + lijst[lijst.Count / 2]) / 2;
    }

    private static string Sec(TimeSpan t) => t.TotalSeconds >= 10 ? $"{t.TotalSeconds:0.0} s" : $"{t.TotalSeconds:0.00} s";

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0.00} ms";

    private static string Duur(TimeSpan t) => t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds:00} s" : $"{t.TotalSeconds:0} s";

    private static string Lokaal(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, IdCyclus.Shared.Tijd.Amsterdam).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Versie(Type type) =>
        (type.Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false).FirstOrDefault() as System.Reflection.AssemblyInformationalVersionAttribute)
            ?.InformationalVersion.Split('+')[0] ?? "?";

    private static string Ram()
    {
        var regel = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(r => r.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return regel is not null && long.TryParse(regel.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : "? GiB";
    }

    private static string Cpu() =>
        (File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(r => r.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null)
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string Nproc()
    {
        try
        {
            using var proces = Process.Start(new ProcessStartInfo("nproc") { RedirectStandardOutput = true, UseShellExecute = false });
            var uit = proces!.StandardOutput.ReadToEnd().Trim();
            proces.WaitForExit();
            return uit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        }
    }
}
