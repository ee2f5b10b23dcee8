using System.Globalization;
using System.Text.Json;
using IdCyclus.Host.Infrastructuur;
using IdCyclus.Shared;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace IdCyclus.Host.Cli;

/// <summary>
/// `simulate --definition &lt;file|name&gt; --from &lt;date&gt; --to &lt;date&gt; [--behaviour &lt;file&gt;] [--json]`:
/// runs a definition on a fresh temporary database with the demo organisation, moving a virtual clock from event to
/// event, letting scripted actors complete tasks, and prints the timeline. Same input, same output. With
/// <c>--database &lt;new file&gt;</c> the simulated database is kept, so the pages (Mijn taken, the GMT dashboard) can be
/// read as they stand at <c>--to</c>.
/// </summary>
internal static class Simuleren
{
    public static async Task<int> VoerUitAsync(string[] args)
    {
        var opties = Opties.Lees(args, out var fout);
        if (fout is not null)
        {
            await Console.Error.WriteLineAsync(fout);
            await Console.Error.WriteLineAsync(Gebruik);
            return 2;
        }

        // A behaviour file that is no valid JSON or misses a field is refused before anything is created.
        string? gedragFout = null;
        var gedrag = opties.Gedrag is null ? Gedrag.Geen : Gedrag.Lees(await File.ReadAllTextAsync(opties.Gedrag), out gedragFout);
        if (gedrag is null)
        {
            await Console.Error.WriteLineAsync($"Gedragsbestand {opties.Gedrag}: {gedragFout}");
            return 1;
        }

        var profiel = new SimulatieProfiel(opties.Profiel);
        var map = Directory.CreateTempSubdirectory("idcyclus-simulatie-").FullName;
        var geweigerd = true;
        try
        {
            var klok = new SimulatieKlok(Tijdstip(opties.Van, 9));
            var postbus = new Postbus(klok);
            var bestand = opties.Database ?? Path.Combine(map, "simulatie.db");
            var sjabloon = SimulatieSjabloon.Map() is { } sjablonen ? SimulatieSjabloon.Pad(sjablonen, klok.GetUtcNow(), opties.Schaal) : null;
            var uitSjabloon = sjabloon is not null && profiel.Meet("sjabloon kopiëren", () => SimulatieSjabloon.ProbeerTeKopieren(sjabloon, bestand));
            if (uitSjabloon)
            {
                // The backup's copy keeps the journal mode of its target; pages read while the year writes, as after a migration.
                SimulatieDatabase.ZetJournaal(bestand, "WAL");
            }

            var app = profiel.Meet("host opbouwen", () => IdCyclusApp.Bouw(
                [
                    "--Database:Provider=Sqlite", $"--Database:ConnectionString={SimulatieDatabase.Verbinding(bestand)}",
                    // A run reads its settings once; watching the files for changes costs start-up time and an inotify instance.
                    "--hostBuilder:reloadConfigOnChange=false",
                    "--Workflows:AchtergrondVerwerking=false", "--Logging:LogLevel:Default=Warning", "--environment=Simulatie",
                    // The simulated cycle makes its own interviews; fictional final ones of 2024 would collide with a simulated 2024.
                    "--Vragenlijst:DemoInterviews=false",
                ],
                services =>
                {
                    services.RemoveAll<TimeProvider>();
                    services.AddSingleton<TimeProvider>(klok);
                    services.RemoveAll<IMailVerzender>();
                    services.AddSingleton<IMailVerzender>(postbus);
                    SimulatieDatabase.ZonderSchijfwachten(services);
                    SimulatieRapportage.Vervang(services);
                }));
            if (!uitSjabloon)
            {
                await profiel.MeetAsync("migreren", () => DatabaseBeheer.MigreerAsync(app.Services, NullLogger.Instance, CancellationToken.None));
                await profiel.MeetAsync("demodata", () => DatabaseBeheer.VulDemoDataAsync(app.Services, CancellationToken.None));
                if (opties.Schaal > 1)
                {
                    await profiel.MeetAsync("synthetische organisatie",
                        () => Modules.Organisatie.OrganisatieModule.VermenigvuldigDemoAsync(app.Services, opties.Schaal, CancellationToken.None));
                }

                if (sjabloon is not null)
                {
                    if (profiel.Meet("sjabloon bewaren", () => SimulatieSjabloon.Bewaar(bestand, sjabloon)) is { } waarschuwing)
                    {
                        await Console.Error.WriteLineAsync(waarschuwing);
                    }
                }
            }

            await profiel.MeetAsync("vragenlijstversie",
                () => Modules.Vragenlijst.VragenlijstModule.ZorgVoorVersieAsync(app.Services, opties.Van.Year, CancellationToken.None));

            var definitieId = await profiel.MeetAsync("definitie", () => DefinitieAsync(app.Services, opties.Definitie));
            if (definitieId is null)
            {
                return 1;
            }

            var directies = await DirectiesAsync(app.Services, opties.Van);
            var gedragFouten = gedrag.Controleer(await TaakstappenAsync(app.Services), RolNamen(app.Services), directies.Keys.ToList());
            if (gedragFouten.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Gedragsbestand {opties.Gedrag}: {string.Join(Environment.NewLine + "  ", gedragFouten)}");
                return 1;
            }

            geweigerd = false;
            var simulatie = new Simulatie(app.Services, klok, postbus, gedrag, directies, profiel);
            var verloop = await simulatie.DraaiAsync(definitieId, Tijdstip(opties.Van, 9), Tijdstip(opties.Tot.AddDays(1), 0), opties.Schaal);
            await profiel.MeetAsync("uitvoer", () => Console.Out.WriteAsync(opties.Json ? verloop.AlsJson() : verloop.AlsTekst()));
            foreach (var melding in simulatie.OngebruiktGedrag)
            {
                await Console.Error.WriteLineAsync($"Let op, gedragsbestand {opties.Gedrag}: {melding}");
            }

            if (opties.Database is { } bewaard)
            {
                await app.DisposeAsync();
                BewaardeDatabase.MaakZelfstandig(bewaard);
                await Console.Error.WriteLineAsync(BewaardeDatabase.Melding(bewaard, Tijdstip(opties.Tot, 23).AddMinutes(59)));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
            if (geweigerd && opties.Database is { } nieuw)
            {
                // The run was refused after the new file was migrated and filled: nothing was simulated, so nothing is
                // kept. The file did not exist before the run (BewaardeDatabase.Controleer), so this deletes no one's work.
                BewaardeDatabase.Verwijder(nieuw);
            }

            profiel.Meld(Console.Error);
        }
    }

    /// <summary>1000 times the organisation is 44,000 directies: far beyond any real size, and hours of simulation.</summary>
    private const int MaxSchaal = 1000;

    private static string Gebruik => Opdrachten.Zoek("simulate")!.Gebruik;

    private static DateTimeOffset Tijdstip(DateOnly dag, int uur)
    {
        var lokaal = dag.ToDateTime(new TimeOnly(uur, 0));
        return new DateTimeOffset(lokaal, Tijd.Amsterdam.GetUtcOffset(lokaal));
    }

    /// <summary>
    /// The task steps a behaviour file may name: those of every published definition, because the year starts other
    /// definitions on the way (a section's outcome starts the clusterdirecteur's conversation with each directeur).
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> TaakstappenAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var definities = await scope.ServiceProvider.GetRequiredService<IWorkflowLezer>().DefinitiesAsync(null, default);
        return definities.Select(d => WorkflowDefinitieLezer.Lees(d.Json).Definitie).OfType<WorkflowDefinitie>()
            .SelectMany(d => d.AlleStappen()).OfType<TaakStap>().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The directies a behaviour file may name with <c>{directie:…}</c>: those active on the first day, by abbreviation.</summary>
    private static async Task<IReadOnlyDictionary<string, Guid>> DirectiesAsync(IServiceProvider services, DateOnly van)
    {
        await using var scope = services.CreateAsyncScope();
        var directies = await scope.ServiceProvider.GetRequiredService<Modules.Organisatie.Contracts.IOrganisatieQueries>().ActieveDirectiesAsync(van);
        return directies.ToDictionary(d => d.Afkorting, d => d.Id, StringComparer.Ordinal);
    }

    private static IReadOnlyCollection<string> RolNamen(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IRolResolver>().Rollen;
    }

    private static async Task<string?> DefinitieAsync(IServiceProvider services, string definitie)
    {
        await using var scope = services.CreateAsyncScope();
        if (!File.Exists(definitie))
        {
            var lezer = scope.ServiceProvider.GetRequiredService<IWorkflowLezer>();
            if (await lezer.DefinitieAsync(definitie, null, default) is not null)
            {
                return definitie;
            }

            var ingebouwd = (await lezer.DefinitiesAsync(null, default)).Select(d => d.DefinitieId).Distinct();
            await Console.Error.WriteLineAsync($"'{definitie}' is geen bestand en geen ingebouwde definitie. Ingebouwd: {string.Join(", ", ingebouwd)}.");
            return null;
        }

        var resultaat = await scope.ServiceProvider.GetRequiredService<WorkflowMotor>()
            .PubliceerAsync(await File.ReadAllTextAsync(definitie), "simulatie", default);
        if (!resultaat.IsGelukt)
        {
            await Console.Error.WriteLineAsync($"De definitie in {definitie} is niet geldig:");
            foreach (var f in resultaat.Fouten)
            {
                await Console.Error.WriteLineAsync($"  {f.Veld}: {f.Melding}");
            }

            return null;
        }

        return resultaat.Waarde.Id;
    }

    /// <summary>
    /// `dotnet run --project src/Host` may start the program in the project folder; a relative path the user typed in
    /// the repository root is then found by looking in the parent folders too.
    /// </summary>
    private static string? Pad(string? pad)
    {
        if (pad is null || File.Exists(pad) || Path.IsPathRooted(pad))
        {
            return pad;
        }

        for (var map = new DirectoryInfo(Environment.CurrentDirectory); map is not null; map = map.Parent)
        {
            var kandidaat = Path.Combine(map.FullName, pad);
            if (File.Exists(kandidaat))
            {
                return kandidaat;
            }
        }

        return pad;
    }

    private sealed record Opties(string Definitie, DateOnly Van, DateOnly Tot, string? Gedrag, bool Json, bool Profiel, int Schaal, string? Database)
    {
        public static Opties Lees(string[] args, out string? fout)
        {
            string? Waarde(string naam) => args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault();
            fout = null;
            var definitie = Pad(Waarde("--definition"));
            if (definitie is null)
            {
                fout = "--definition ontbreekt.";
            }

            if (!DateOnly.TryParseExact(Waarde("--from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var van))
            {
                fout ??= $"--from '{Waarde("--from")}' is geen datum (jjjj-mm-dd).";
            }

            if (!DateOnly.TryParseExact(Waarde("--to"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tot))
            {
                fout ??= $"--to '{Waarde("--to")}' is geen datum (jjjj-mm-dd).";
            }
            else if (tot < van)
            {
                fout ??= "--to ligt vóór --from.";
            }

            var database = Waarde("--database") is { } db ? Path.GetFullPath(db) : null;
            fout ??= BewaardeDatabase.Controleer(database);

            var gedrag = Pad(Waarde("--behaviour"));
            if (gedrag is not null && !File.Exists(gedrag))
            {
                fout ??= $"Gedragsbestand '{gedrag}' bestaat niet.";
            }

            var schaal = 1;
            if (Waarde("--schaal") is { } tekst
                && (!int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out schaal) || schaal is < 1 or > MaxSchaal))
            {
                fout ??= $"--schaal '{tekst}' is geen geheel getal van 1 tot en met {MaxSchaal}.";
            }

            return new Opties(definitie ?? "", van, tot, gedrag, args.Contains("--json"), args.Contains("--profiel"), Math.Max(schaal, 1), database);
        }
    }
}

/// <summary>The virtual clock of a simulation: it only moves when the simulation moves it.</summary>
internal sealed class SimulatieKlok(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>Records the mails a simulation "sends", with the virtual moment.</summary>
internal sealed class Postbus(SimulatieKlok klok) : IMailVerzender
{
    public List<(DateTimeOffset Moment, string Aan, string Naam, string Onderwerp)> Verzonden { get; } = [];

    public Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken)
    {
        Verzonden.Add((klok.Nu, bericht.OntvangerAdres, bericht.OntvangerNaam, bericht.Onderwerp));
        return Task.CompletedTask;
    }
}
