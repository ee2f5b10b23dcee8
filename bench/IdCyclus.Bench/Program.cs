using System.Diagnostics;
using System.Globalization;
using IdCyclus.Bench;
using IdCyclus.Shared.Persistence;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["timerlatentie", .. var latentieArgs])
{
    return await Timerlatentie.DraaiAsync(latentieArgs);
}

var opties = BenchOpties.Lees(args, out var fout);
if (fout is not null || opties is null)
{
    await Console.Error.WriteLineAsync(fout);
    await Console.Error.WriteLineAsync(BenchOpties.Gebruik);
    return 2;
}

var beheer = Environment.GetEnvironmentVariable("IDCYCLUS_TEST_POSTGRES");
if (opties.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(beheer))
{
    await Console.Error.WriteLineAsync("--provider postgres needs IDCYCLUS_TEST_POSTGRES (an admin connection string; the benchmark creates and drops its own database).");
    return 2;
}

var totaal = Stopwatch.StartNew();
var (belastingBegin, begonnen) = (Rapport.Belasting(), DateTimeOffset.Now);
void Log(string tekst) => Console.Error.WriteLine($"[{totaal.Elapsed:mm\\:ss}] {tekst}");
void LogDoorvoer(int eenheden, int run, int herhalingen, DoorvoerResultaat d) =>
    Log($"{eenheden} units, run {run}/{herhalingen}: create {d.AanmakenPerSeconde:0} tasks/s ({d.TakenAangemaakt} in {F(d.EngineAanmaken)}), raw insert {d.RuwInvoegenPerSeconde:0}/s ({F(d.RuwInvoegen)}), " +
        $"complete {d.VoltooienPerSeconde:0} tasks/s ({d.TakenVoltooid} in {F(d.EngineVoltooien)}), raw update {d.RuwBijwerkenPerSeconde:0}/s ({F(d.RuwBijwerken)}); {d.RijenPerTaak:0.0} rows/task");
static string F(FaseTijd t) => $"{t.Wand.TotalSeconds:0.00} s [cpu {t.Cpu.TotalSeconds:0.00} s, db {t.Database.TotalSeconds:0.00} s, {t.Commandos} cmd, {t.Commits} commits]";

// Warm-up: JIT, EF Core model and query compilation, connection pools. Discarded.
Log("warm-up (44 units, year simulation and throughput, discarded)");
await using (var db = await BenchDatabase.MaakAsync(opties.Provider, beheer))
{
    await JaarSimulatie.DraaiAsync(db, 44, 12, metDoorvoer: true);
}

await using (var db = await BenchDatabase.MaakAsync(opties.Provider, beheer))
{
    await Doorvoer.DraaiAsync(db, 44, opties.DoelTaken);
}

var metingen = new List<Meting>();
foreach (var schaal in opties.Schalen)
{
    var eenheden = 44 * schaal;
    var groot = schaal >= 100;
    var herhalingen = groot ? opties.HerhalingenGroot : opties.Herhalingen;
    var maanden = groot ? opties.MaandenGroot : 12;
    var jaren = new List<JaarResultaat>();
    var doorvoer = new List<DoorvoerResultaat>();
    for (var run = 1; run <= herhalingen; run++)
    {
        await using (var db = await BenchDatabase.MaakAsync(opties.Provider, beheer))
        {
            var jaar = await JaarSimulatie.DraaiAsync(db, eenheden, maanden, metDoorvoer: groot);
            jaren.Add(jaar);
            Log($"{eenheden} units, run {run}/{herhalingen}: year simulation ({maanden} months) {F(jaar.Totaal)} — start {F(jaar.Starten)}, timers {F(jaar.Timers)}, " +
                $"outbox {F(jaar.Outbox)}, mail {F(jaar.Mail)}, completions {F(jaar.Afronden)}, next-moment {F(jaar.Volgende)}; " +
                $"{jaar.Taken} tasks, {jaar.TimersGevuurd} timers fired, {jaar.Mails} mails");
            if (jaar.Doorvoer is { } d)
            {
                doorvoer.Add(d);
                LogDoorvoer(eenheden, run, herhalingen, d);
            }
        }

        if (!groot)
        {
            await using var db = await BenchDatabase.MaakAsync(opties.Provider, beheer);
            var d = await Doorvoer.DraaiAsync(db, eenheden, opties.DoelTaken);
            doorvoer.Add(d);
            LogDoorvoer(eenheden, run, herhalingen, d);
        }
    }

    metingen.Add(new Meting(schaal, eenheden, groot, jaren, doorvoer));
}

totaal.Stop();
var rapport = await Rapport.MaakAsync(opties, beheer, args, metingen, totaal.Elapsed, belastingBegin, begonnen);
if (opties.Uitvoer is null)
{
    Console.Out.Write(rapport);
}
else
{
    Rapport.Schrijf(opties.Uitvoer, opties.Provider, rapport);
    Log($"written to {opties.Uitvoer}");
}

Log("done");
return 0;

namespace IdCyclus.Bench
{
    /// <summary>All runs at one scale. <see cref="Groot"/>: throughput taken from the year simulation (see JaarSimulatie).</summary>
    internal sealed record Meting(int Schaal, int Eenheden, bool Groot, IReadOnlyList<JaarResultaat> Jaren, IReadOnlyList<DoorvoerResultaat> Doorvoer);

    internal sealed record BenchOpties(
        DatabaseProvider Provider,
        IReadOnlyList<int> Schalen,
        string? Uitvoer,
        int Herhalingen,
        int HerhalingenGroot,
        int MaandenGroot,
        int DoelTaken)
    {
        public const string Gebruik =
            "Usage: dotnet run -c Release --project bench/IdCyclus.Bench -- [--provider sqlite|postgres] [--schaal 1,10,100] [--uitvoer docs/benchmarks.md]\n" +
            "       [--herhalingen 3] [--herhalingen-groot 1] [--maanden-groot 12] [--doel-taken 440]\n" +
            "  A scale of 1 is 44 units (the real number of directies); the '-groot' options apply to scales of 100 and more.";

        public static BenchOpties? Lees(string[] args, out string? fout)
        {
            fout = null;
            string? Waarde(string naam) => args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault();
            int Getal(string naam, int standaard, ref string? f)
            {
                var tekst = Waarde(naam);
                if (tekst is null)
                {
                    return standaard;
                }

                if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    return n;
                }

                f ??= $"{naam} '{tekst}' is not a positive whole number.";
                return standaard;
            }

            var bekend = new[] { "--provider", "--schaal", "--uitvoer", "--herhalingen", "--herhalingen-groot", "--maanden-groot", "--doel-taken" };
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!bekend.Contains(args[i]) || i + 1 >= args.Length)
                {
                    fout = $"Unknown option or missing value: '{args[i]}'.";
                    return null;
                }
            }

            var providerTekst = Waarde("--provider") ?? "sqlite";
            var provider = providerTekst == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
            if (providerTekst is not ("sqlite" or "postgres"))
            {
                fout = $"--provider '{providerTekst}' is neither sqlite nor postgres.";
            }
            var schalen = new List<int>();
            foreach (var deel in (Waarde("--schaal") ?? "1,10,100").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(deel, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0)
                {
                    schalen.Add(s);
                }
                else
                {
                    fout ??= $"--schaal '{deel}' is not a positive whole number.";
                }
            }

            var resultaat = new BenchOpties(provider, schalen, Waarde("--uitvoer"),
                Getal("--herhalingen", 3, ref fout), Getal("--herhalingen-groot", 1, ref fout), Math.Min(12, Getal("--maanden-groot", 12, ref fout)),
                Getal("--doel-taken", 440, ref fout));
            return fout is null ? resultaat : null;
        }
    }
}
